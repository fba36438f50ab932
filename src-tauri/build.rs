//! Declares the app's commands to Tauri's permission system. Without this manifest every app
//! command would be allowed to every window; with it, each command gets an `allow-<name>`
//! permission and `capabilities/main.json` grants the main window exactly those.

const COMMANDS: &[&str] = &[
    "app_info",
    "load_demo",
    "dashboard",
    "check_file",
    "import_file",
    "history",
    "restore_return",
    "projects",
    "project",
    "trace",
    "trace_sum",
    "trace_man_days",
    "trace_weather",
    "export_file",
    "directorates",
    "capacity",
    "generate_report",
    "reports",
    "open_file",
    "write_template",
    "settings",
    "set_setting",
    "backup_database",
    "automatic_backups",
    "restore_database",
];

fn main() {
    // `generate_context!` embeds ui/dist (feature custom-protocol): say how to build it rather
    // than letting the macro fail on a missing folder with a message about paths.
    let dist = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/dist");
    println!("cargo:rerun-if-changed={}", dist.display());
    if std::env::var_os("CARGO_FEATURE_CUSTOM_PROTOCOL").is_some() && !dist.join("index.html").is_file() {
        panic!(
            "\n\nPMO Desk embeds the front end from ui/dist, which is not built.\n\
             Build it first: run `npm --prefix ui ci && npm --prefix ui run build` at the repository root.\n\n"
        );
    }
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build: the app manifest, capabilities or tauri.conf.json are invalid");
}
