//! PMO Desk's desktop shell: a Tauri 2 window over `pmo_core`. The shell holds no business
//! logic: it opens the database, turns IPC calls into `pmo_core` calls (`commands`), errors into
//! `{ code, message }` (`error`), and hands over the files a second launch was given.

pub mod commands;
pub mod error;
pub mod state;

#[cfg(test)]
mod bindings;
#[cfg(test)]
mod tests;

use std::path::PathBuf;

use tauri::{Builder, Emitter, Manager, Runtime};

use crate::state::{file_arguments, AppState};

/// The event a running instance receives when the app is launched again with files.
pub const FILES_OPENED: &str = "files-opened";

/// The database the app opens: `PMO_DB` when set (tests, several portfolios), else the one the
/// CLI also uses by default.
pub fn db_path() -> PathBuf {
    match std::env::var_os("PMO_DB") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => pmo_core::default_db_path(),
    }
}

/// Registers the state and every command the UI may call (see build.rs and
/// capabilities/main.json for who may call which): the app and the tests share this list.
pub fn with_commands<R: Runtime>(builder: Builder<R>, state: AppState) -> Builder<R> {
    builder.manage(state).invoke_handler(tauri::generate_handler![
        commands::app_info,
        commands::load_demo,
        commands::dashboard,
        commands::check_file,
        commands::import_file,
        commands::history,
        commands::restore_return,
        commands::projects,
        commands::project,
        commands::trace,
        commands::trace_sum,
        commands::trace_man_days,
        commands::trace_weather,
        commands::directorates,
        commands::export_file,
        commands::capacity,
        commands::generate_report,
        commands::reports,
        commands::open_file,
        commands::write_template,
        commands::settings,
        commands::set_setting,
        commands::backup_database,
        commands::automatic_backups,
        commands::restore_database,
    ])
}

/// Starts the app; returns when its last window is closed.
pub fn run() {
    let cwd = std::env::current_dir().unwrap_or_default();
    let args: Vec<String> = std::env::args().collect();
    let state = match AppState::open(db_path(), file_arguments(&args, &cwd)) {
        Ok(state) => state,
        Err(e) => {
            // No window can show it yet: the terminal or the journal is all there is.
            eprintln!("PMO Desk: {}", e.message);
            std::process::exit(1);
        }
    };
    let builder = tauri::Builder::default()
        // First: a second launch must reach the running instance before anything else starts.
        .plugin(tauri_plugin_single_instance::init(|app, argv, cwd| {
            let files = file_arguments(&argv, std::path::Path::new(&cwd));
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.show();
                let _ = window.set_focus();
            }
            if !files.is_empty() {
                let _ = app.emit(FILES_OPENED, files);
            }
        }))
        .plugin(tauri_plugin_dialog::init());
    with_commands(builder, state)
        .run(tauri::generate_context!())
        .expect("PMO Desk could not start its window");
}
