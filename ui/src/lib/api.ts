/**
 * The one module that talks to the Tauri shell: a typed function per IPC command of
 * /tmp/desk-contract.md (arguments in snake_case, as the commands declare them), the
 * `files-opened` event, the webview's drag and drop, and the native file dialogs. Screens
 * import from here and never from `@tauri-apps/*`, so that tests can mock this module whole.
 */
import { invoke } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import { getCurrentWebview } from "@tauri-apps/api/webview";
import { open, save } from "@tauri-apps/plugin-dialog";
import type {
  AlertView,
  AppInfo,
  AutomaticBackup,
  Campaign,
  CapacityView,
  Dashboard,
  DirectorateOverview,
  ExportFormat,
  FileReportView,
  Figure,
  GeneratedReportView,
  HistoryView,
  ImportCheck,
  ProjectDetail,
  ProjectSummary,
  ReportKind,
  ReportRecord,
  RestoreView,
  SettingView,
  SumTrace,
  ManDaysTrace,
  WeatherTrace,
  TemplateView,
  TotalFigure,
  Trace,
} from "./types";

export type { AlertView };

/** What every command rejects with: the shell's `IpcError`, `message` in the app's language. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** Any thrown value as an ApiError (the shell's `{code, message}`, or a JS error). */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e && typeof e === "object" && "message" in e) {
    const o = e as { code?: unknown; message: unknown };
    return new ApiError(typeof o.code === "string" ? o.code : "internal", String(o.message));
  }
  return new ApiError("internal", String(e));
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw toApiError(e);
  }
}

export const appInfo = () => call<AppInfo>("app_info");
export const loadDemo = () => call<FileReportView[]>("load_demo");
export const dashboard = (year: number, campaign: Campaign | null) => call<Dashboard>("dashboard", { year, campaign });
export const checkFile = (path: string) => call<ImportCheck>("check_file", { path });
export const importFile = (path: string) => call<FileReportView>("import_file", { path });
export const history = () => call<HistoryView[]>("history");
export const restoreReturn = (return_id: number) => call<RestoreView>("restore_return", { return_id });
export const projects = (year: number, campaign: Campaign | null) => call<ProjectSummary[]>("projects", { year, campaign });
export const project = (year: number, code: string) => call<ProjectDetail>("project", { year, code });
export const trace = (year: number, project: string, figure: Figure) => call<Trace>("trace", { year, project, figure });
/**
 * Writes an export. `campaign`, `projects` (the codes on screen, `null` for all) and `filters`
 * (in words) make it the export of what the user sees; the file says so.
 */
/** A directorate's figure, or with `directorate` null a portfolio total, and its parts, as of `campaign`. */
export const traceSum = (year: number, campaign: Campaign | null, directorate: string | null, figure: TotalFigure) =>
  call<SumTrace>("trace_sum", { year, campaign, directorate, figure });
/** The Charges or Capacité cells a team's man-days are the sum of. */
export const traceManDays = (year: number, campaign: Campaign | null, directorate: string, team: string, figure: "planned" | "actual" | "capacity") =>
  call<ManDaysTrace>("trace_man_days", { year, campaign, directorate, team, figure });
/** Where a project's météo was read. */
export const traceWeather = (year: number, project: string) => call<WeatherTrace>("trace_weather", { year, project });
export const exportFile = (
  year: number,
  format: ExportFormat,
  path: string | null,
  campaign: Campaign | null = null,
  projects: string[] | null = null,
  filters: string[] = [],
) => call<string>("export_file", { year, format, path, campaign, projects, filters });
export const directorates = (year: number) => call<DirectorateOverview[]>("directorates", { year });
export const capacity = (year: number, campaign: Campaign | null) => call<CapacityView>("capacity", { year, campaign });

export interface ReportOptions {
  kind: ReportKind;
  year: number;
  quarter: number;
  language: "fr" | "en";
  directorate: string | null;
  project: string | null;
  path: string | null;
}
export const generateReport = (o: ReportOptions) => call<GeneratedReportView>("generate_report", { ...o });
export const reports = () => call<ReportRecord[]>("reports");
export const openFile = (path: string) => call<null>("open_file", { path });
export const writeTemplate = (year: number, campaign: Campaign, directorate: string | null, prefilled: boolean, path: string | null) =>
  call<TemplateView>("write_template", { year, campaign, directorate, prefilled, path });
export const settings = () => call<SettingView[]>("settings");
export const setSetting = (key: string, value: string) => call<SettingView>("set_setting", { key, value });
export const backupDatabase = (path: string) => call<string>("backup_database", { path });
export const restoreDatabase = (path: string) => call<AppInfo>("restore_database", { path });
export const automaticBackups = () => call<AutomaticBackup[]>("automatic_backups");

/** Files a second launch of the app hands to this one (single instance). Returns the unlisten function. */
export async function onFilesOpened(cb: (paths: string[]) => void): Promise<() => void> {
  return listen<string[]>("files-opened", (event) => cb(event.payload));
}

export type DragDrop = { type: "enter"; paths: string[] } | { type: "over" } | { type: "drop"; paths: string[] } | { type: "leave" };

/** The webview's file drag and drop (paths from the system, no HTML5 file reading). */
export async function onDragDrop(cb: (e: DragDrop) => void): Promise<() => void> {
  return getCurrentWebview().onDragDropEvent((event) => {
    const p = event.payload;
    if (p.type === "enter" || p.type === "drop") cb({ type: p.type, paths: p.paths });
    else cb({ type: p.type });
  });
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** The native "open" dialog for workbooks; [] when cancelled. */
export async function pickWorkbooks(filterName: string): Promise<string[]> {
  const picked = await open({
    multiple: true,
    directory: false,
    filters: [{ name: filterName, extensions: ["xlsx", "xlsm", "xls", "xlsb", "ods"] }],
  });
  if (picked == null) return [];
  return Array.isArray(picked) ? picked : [picked];
}

/** The native "save" dialog; null when cancelled. */
export async function pickSavePath(defaultName: string, filters: FileFilter[]): Promise<string | null> {
  return (await save({ defaultPath: defaultName, filters })) ?? null;
}

/** The native "open" dialog for a database backup; null when cancelled. */
export async function pickBackupFile(filterName: string): Promise<string | null> {
  const picked = await open({
    multiple: false,
    directory: false,
    filters: [{ name: filterName, extensions: ["sqlite", "db", "sqlite3"] }],
  });
  return typeof picked === "string" ? picked : null;
}

/** The native folder chooser (output folder); null when cancelled. */
export async function pickFolder(): Promise<string | null> {
  const picked = await open({ multiple: false, directory: true });
  return typeof picked === "string" ? picked : null;
}
