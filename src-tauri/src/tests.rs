//! Commands called through Tauri's IPC layer (mock runtime: no window, no display) on a
//! temporary database, as the UI calls them: snake_case arguments, JSON results, errors as
//! `{ code, message }`.

use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindowBuilder;

use crate::state::AppState;

/// An app on a fresh database, and its main window.
struct App {
    _dir: tempfile::TempDir,
    _app: tauri::App<tauri::test::MockRuntime>,
    window: tauri::WebviewWindow<tauri::test::MockRuntime>,
}

impl App {
    fn new() -> App {
        let dir = tempfile::tempdir().unwrap();
        let state = AppState::open(dir.path().join("nested/pmo.sqlite"), vec!["/tmp/launch.xlsx".into()]).unwrap();
        let app = crate::with_commands(mock_builder(), state).build(mock_context(noop_assets())).unwrap();
        let window = WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
        App { _dir: dir, _app: app, window }
    }

    /// Calls `cmd` with `args` as the UI's `invoke` does; the error side is the JSON it rejects with.
    fn call(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.window, request).map(|body| body.deserialize::<Value>().unwrap())
    }

    fn ok(&self, cmd: &str, args: Value) -> Value {
        self.call(cmd, args.clone()).unwrap_or_else(|e| panic!("{cmd}({args}) failed: {e}"))
    }
}

#[test]
fn app_info_on_an_empty_database_says_empty_and_hands_the_launch_files_once() {
    let app = App::new();
    let info = app.ok("app_info", json!({}));
    assert_eq!(info["empty"], true, "no return yet: the UI offers the demo");
    assert_eq!(info["years"], json!([]));
    assert_eq!(info["default_year"], Value::Null);
    assert_eq!(info["language"], "fr", "French by default");
    assert_eq!(info["amount_unit"], "eur");
    assert!(info["db_path"].as_str().unwrap().ends_with("nested/pmo.sqlite"), "the database opened, its folder created");
    assert_eq!(info["pending_files"], json!(["/tmp/launch.xlsx"]), "the launch's file arguments reach the UI");
    let again = app.ok("app_info", json!({}));
    assert_eq!(again["pending_files"], json!([]), "given once: a reload must not import them again");
}

#[test]
fn the_demo_loads_and_its_figures_cross_ipc_as_the_export_gives_them() {
    let app = App::new();
    let reports = app.ok("load_demo", json!({}));
    let reports = reports.as_array().unwrap();
    assert!(!reports.is_empty(), "the demo has workbooks");
    assert!(reports.iter().all(|r| r["status"] == "imported"), "every demo workbook imports: {reports:?}");
    let info = app.ok("app_info", json!({}));
    assert_eq!(info["empty"], false);
    let year = info["default_year"].as_i64().unwrap();
    assert_eq!(year, pmo_core::current_year() as i64, "the demo is written for the current year");

    // The export, through IPC, is the core's export to the byte.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out/export.json");
    let written = app.ok("export_file", json!({ "year": year, "format": "json", "path": path }));
    assert_eq!(written, json!(path.display().to_string()));
    let store = pmo_core::open_store(&PathBufFromApp::db(&info)).unwrap();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        pmo_core::export_json(&store, year as i32).unwrap(),
        "export_file writes what pmo export --format json prints"
    );

    // The Portefeuille screen exports what it shows: the rows its filters keep, as of its
    // campaign, and the file says which filters (here a CSV restricted to two projects, and an
    // xlsx whose Sélection sheet states the selection).
    let csv_path = dir.path().join("out/selection.csv");
    let picked = json!(["DSI-01", "DAF-02"]);
    app.ok(
        "export_file",
        json!({ "year": year, "format": "csv", "path": csv_path, "campaign": "R1", "projects": picked, "filters": ["Recherche : « portail »"] }),
    );
    let csv = std::fs::read_to_string(&csv_path).unwrap();
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(rows.len(), 2, "the two projects on screen, not the 45 of the year:\n{csv}");
    assert!(rows.iter().any(|r| r.starts_with("DAF-02;")) && rows.iter().any(|r| r.starts_with("DSI-01;")));
    let as_of_r1: Value = serde_json::from_slice(
        &pmo_core::export_selection(
            &store,
            year as i32,
            "json",
            &pmo_core::ExportSelection { campaign: Some(pmo_core::model::Campaign::R1), projects: None, filters: vec![] },
            pmo_core::i18n::Lang::Fr,
        )
        .unwrap(),
    )
    .unwrap();
    let r1_landing = as_of_r1["projects"].as_array().unwrap().iter().find(|p| p["code"] == "DSI-01").unwrap()["landing"].clone();
    let row = rows.iter().find(|r| r.starts_with("DSI-01;")).unwrap();
    assert!(row.contains(&format!(";{};", r1_landing.as_str().unwrap())), "as of the campaign on screen (R1): {row}");
    let xlsx_path = dir.path().join("out/selection.xlsx");
    app.ok(
        "export_file",
        json!({ "year": year, "format": "xlsx", "path": xlsx_path, "campaign": null, "projects": picked, "filters": ["Recherche : « portail »"] }),
    );
    use calamine::Reader;
    let mut book = calamine::open_workbook_auto(&xlsx_path).unwrap();
    assert_eq!(book.sheet_names(), ["Projets", "Sélection"], "the projects on screen, and what was selected");
    let selection = book.worksheet_range("Sélection").unwrap();
    let text: Vec<String> = selection.rows().map(|r| r.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(" | ")).collect();
    assert!(text.contains(&"Projets exportés | 2 sur 45".to_string()), "{text:?}");
    assert!(text.contains(&"Filtres | Recherche : « portail »".to_string()), "{text:?}");
    let projects = book.worksheet_range("Projets").unwrap();
    assert_eq!(projects.rows().filter(|r| r[1].to_string().contains('-')).count(), 2, "two project rows");

    // The dashboard's landing is the export's, to the cent (the UI shows it as the key figure).
    let dashboard = app.ok("dashboard", json!({ "year": year, "campaign": null }));
    let export: Value = serde_json::from_str(&pmo_core::export_json(&store, year as i32).unwrap()).unwrap();
    let landing: rust_decimal::Decimal =
        export["projects"].as_array().unwrap().iter().map(|p| p["landing"].as_str().unwrap().parse::<rust_decimal::Decimal>().unwrap()).sum();
    let shown: rust_decimal::Decimal = dashboard["summary"]["totals"]["landing"].as_str().unwrap().parse().unwrap();
    assert_eq!(shown, landing, "the dashboard's landing is the sum of the export's landings, to the cent");
    // The Directions screen's click-through: a directorate's landing and the projects summing to it.
    let sum = app.ok("trace_sum", json!({ "year": year, "directorate": "DSI", "figure": "landing" }));
    let dsi = export["directorates"].as_array().unwrap().iter().find(|d| d["code"] == "DSI").unwrap();
    assert_eq!(sum["value"], dsi["landing"], "the figure the screen shows");
    let parts: rust_decimal::Decimal =
        sum["parts"].as_array().unwrap().iter().map(|p| p["value"].as_str().unwrap().parse::<rust_decimal::Decimal>().unwrap()).sum();
    assert_eq!(parts.to_string(), dsi["landing"].as_str().unwrap(), "the parts add up to it");
    // The Capacité screen's cells and the Fiche projet's météo source, through IPC.
    let capacity = app.ok("capacity", json!({ "year": year, "campaign": null }));
    let team = &capacity["teams"][0];
    let cells = app.ok(
        "trace_man_days",
        json!({ "year": year, "campaign": null, "directorate": team["directorate"], "team": team["team"], "figure": "planned" }),
    );
    assert_eq!(cells["value"], team["planned_man_days"], "the team's planned man-days");
    let weather = app.ok("trace_weather", json!({ "year": year, "project": "DSI-01" }));
    assert!(weather["cell"].as_str().is_some_and(|c| c.starts_with("Météo!")), "{weather}");
    assert_eq!(dashboard["today"], json!(chrono::Local::now().date_naive().to_string()), "alerts judged against today");
    assert!(dashboard["alerts"].as_array().is_some_and(|a| !a.is_empty()), "the demo has alerts to show");
    let projects = app.ok("projects", json!({ "year": year, "campaign": "R1" }));
    assert!(projects.as_array().is_some_and(|p| p.iter().all(|p| p["campaign"] != "R2")), "as of R1, no R2 figure");
    let detail = app.ok("project", json!({ "year": year, "code": "DSI-01" }));
    assert_eq!(detail["code"], "DSI-01");
    let overview = app.ok("directorates", json!({ "year": year }));
    assert_eq!(overview[0]["campaigns"].as_array().map(Vec::len), Some(5), "every directorate lists the five campaigns");

    // Checking a workbook is a dry run: a report, what would change, and nothing written.
    let demo = tempfile::tempdir().unwrap();
    let files = pmo_core::write_demo(demo.path(), year as i32).unwrap();
    let check = app.ok("check_file", json!({ "path": files[0] }));
    assert_eq!(check["report"]["dry_run"], true, "{check}");
    assert_ne!(check["report"]["status"], "rejected", "a demo workbook is valid: {check}");
    assert_eq!(app.ok("history", json!({})).as_array().unwrap().len(), reports.len(), "a check writes no history");

    // Money crosses as decimal strings (what the bindings say), never as floats.
    let capacity = app.ok("capacity", json!({ "year": year, "campaign": null }));
    assert!(capacity["teams"][0]["planned_man_days"].is_string(), "man-days are decimal strings: {}", capacity["teams"][0]);
    let trace = app.ok("trace", json!({ "year": year, "project": "DSI-01", "figure": "landing" }));
    assert!(trace["value"].is_string() && trace["cells"][0]["value"].is_string(), "trace amounts are strings");
    assert_eq!(trace["campaign"].as_str().map(|c| ["BI", "R1", "R2", "R3", "CL"].contains(&c)), Some(true));
    let history = app.ok("history", json!({}));
    assert_eq!(history.as_array().unwrap().len(), reports.len(), "one history row per imported file");
    assert!(history[0]["campaign"].is_string() && history[0]["id"].is_number());
}

/// The database path app_info reports, for reading it directly in a test.
struct PathBufFromApp;
impl PathBufFromApp {
    fn db(info: &Value) -> std::path::PathBuf {
        std::path::PathBuf::from(info["db_path"].as_str().unwrap())
    }
}

#[test]
fn errors_cross_as_a_code_and_a_french_message() {
    let app = App::new();
    let err = app.call("trace", json!({ "year": 2026, "project": "DSI-01", "figure": "landing" })).unwrap_err();
    assert_eq!(err["code"], "no_return_for_year", "an empty database has no return for 2026: {err}");
    assert!(err["message"].as_str().unwrap().contains("2026"), "the message names the year: {err}");

    app.ok("load_demo", json!({}));
    let year = pmo_core::current_year();
    let err = app.call("trace", json!({ "year": year, "project": "NOPE-99", "figure": "landing" })).unwrap_err();
    assert_eq!(err["code"], "unknown_project", "{err}");
    assert!(err["message"].as_str().unwrap().contains("NOPE-99"), "{err}");
    assert_eq!(err.as_object().unwrap().len(), 2, "exactly {{ code, message }}: {err}");

    let err = app.call("trace", json!({ "year": year, "project": "DSI-01", "figure": "height" })).unwrap_err();
    assert_eq!(err["code"], "bad_argument", "{err}");
    let err = app.call("set_setting", json!({ "key": "display.amount_unit", "value": "M€" })).unwrap_err();
    assert_eq!(err["code"], "invalid_setting_value", "{err}");
}

#[test]
fn open_file_refuses_what_the_app_did_not_write() {
    let app = App::new();
    let err = app.call("open_file", json!({ "path": "/etc/passwd" })).unwrap_err();
    assert_eq!(err["code"], "not_allowed", "a page must not open arbitrary files: {err}");
    // A file the app wrote is allowed: check through the state, without launching a viewer.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("Modèles/modele.xlsx");
    let view = app.ok(
        "write_template",
        json!({ "year": 2026, "campaign": "R1", "directorate": null, "prefilled": false, "path": path }),
    );
    assert_eq!(view["path"], json!(path.display().to_string()));
    assert!(path.is_file(), "the template is written, its folder created");
    use tauri::Manager;
    let state = app.window.state::<AppState>();
    assert!(state.wrote(&path), "a file this session wrote may be opened");
    assert!(!state.wrote(std::path::Path::new("/etc/passwd")));
}

#[test]
fn every_command_is_declared_and_granted_to_the_main_window() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let build = std::fs::read_to_string(root.join("build.rs")).unwrap();
    let declared: Vec<&str> = build
        .split("const COMMANDS")
        .nth(1)
        .unwrap()
        .split("];")
        .next()
        .unwrap()
        .split('"')
        .skip(1)
        .step_by(2)
        .collect();
    let caps: Value = serde_json::from_str(&std::fs::read_to_string(root.join("capabilities/main.json")).unwrap()).unwrap();
    let granted: Vec<String> = caps["permissions"].as_array().unwrap().iter().map(|p| p.as_str().unwrap().to_string()).collect();
    for cmd in &declared {
        let perm = format!("allow-{}", cmd.replace('_', "-"));
        assert!(granted.contains(&perm), "{cmd} is declared in build.rs but the main window may not call it");
    }
    let app_perms = granted.iter().filter(|p| p.starts_with("allow-")).count();
    assert_eq!(app_perms, declared.len(), "every allow- permission names a declared command");
    assert!(
        !granted.iter().any(|p| p.starts_with("opener:") || p.starts_with("fs:") || p.starts_with("shell:")),
        "the webview gets no opener, filesystem or shell permission: {granted:?}"
    );
}

#[test]
fn the_language_setting_switches_the_messages() {
    let app = App::new();
    let set = app.ok("set_setting", json!({ "key": "display.language", "value": "en" }));
    assert_eq!(set["value"], "en");
    assert_eq!(app.ok("app_info", json!({}))["language"], "en");
    let err = app.call("trace", json!({ "year": 1999, "project": "X", "figure": "landing" })).unwrap_err();
    assert_eq!(
        err["message"],
        json!(pmo_core::CoreError::NoReturnForYear(1999).message(pmo_core::i18n::Lang::En)),
        "errors follow the language as soon as it changes"
    );
    app.ok("set_setting", json!({ "key": "display.language", "value": "fr" }));
    let err = app.call("trace", json!({ "year": 1999, "project": "X", "figure": "landing" })).unwrap_err();
    assert_eq!(err["message"], json!(pmo_core::CoreError::NoReturnForYear(1999).message(pmo_core::i18n::Lang::Fr)));
}

#[test]
fn a_backup_restores_the_data_it_was_taken_with() {
    let app = App::new();
    let dir = tempfile::tempdir().unwrap();
    let backup = dir.path().join("Sauvegardes/pmo.sqlite");
    let empty_backup = app.ok("backup_database", json!({ "path": backup }));
    assert_eq!(empty_backup, json!(backup.display().to_string()));
    let err = app.call("backup_database", json!({ "path": backup })).unwrap_err();
    assert_ne!(err["code"], "", "a backup never overwrites another: {err}");

    app.ok("load_demo", json!({}));
    assert_eq!(app.ok("app_info", json!({}))["empty"], false);
    let info = app.ok("restore_database", json!({ "path": backup }));
    assert_eq!(info["empty"], true, "the data is the backup's (taken before the demo): {info}");

    let not_db = dir.path().join("notes.txt");
    std::fs::write(&not_db, "pas une base").unwrap();
    let err = app.call("restore_database", json!({ "path": not_db })).unwrap_err();
    assert_eq!(err["code"], "not_a_database", "{err}");
    assert_eq!(app.ok("app_info", json!({}))["empty"], true, "a refused restore changes nothing");
}
