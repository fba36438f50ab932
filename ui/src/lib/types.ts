/**
 * The IPC types the screens use, re-exported from the generated bindings (ts-rs, one file per
 * type): screens import from here, so a renamed binding is fixed in one place.
 */
export type { AlertView } from "./bindings/AlertView";
export type { AppInfo } from "./bindings/AppInfo";
export type { Campaign } from "./bindings/Campaign";
export type { CapacityView } from "./bindings/CapacityView";
export type { TeamRow as TeamLoad } from "./bindings/TeamRow";
export type { TeamQuarterRow as TeamQuarter } from "./bindings/TeamQuarterRow";
export type { Dashboard } from "./bindings/Dashboard";
export type { DirectorateOverview } from "./bindings/DirectorateOverview";
export type { CampaignReturns as CampaignSlot } from "./bindings/CampaignReturns";
export type { FileReportView } from "./bindings/FileReportView";
export type { FindingView } from "./bindings/FindingView";
export type { GeneratedReportView } from "./bindings/GeneratedReportView";
export type { HistoryView } from "./bindings/HistoryView";
export type { ImportCheck } from "./bindings/ImportCheck";
export type { PortfolioSummary } from "./bindings/PortfolioSummary";
export type { QuarterSummary as QuarterFigures } from "./bindings/QuarterSummary";
export type { ProjectDetail } from "./bindings/ProjectDetail";
export type { ProjectRef } from "./bindings/ProjectRef";
export type { ProjectStatus } from "./bindings/ProjectStatus";
export type { ProjectSummary } from "./bindings/ProjectSummary";
export type { ReportRecord } from "./bindings/ReportRecord";
export type { RestoreView } from "./bindings/RestoreView";
export type { ReturnChanges } from "./bindings/ReturnChanges";
export type { ReturnRef } from "./bindings/ReturnRef";
export type { SettingView } from "./bindings/SettingView";
export type { AutomaticBackup } from "./bindings/AutomaticBackup";
export type { BackupReason } from "./bindings/BackupReason";
export type { TemplateView } from "./bindings/TemplateView";
export type { Trace } from "./bindings/Trace";
export type { SumTrace } from "./bindings/SumTrace";
export type { ManDaysTrace } from "./bindings/ManDaysTrace";
export type { WeatherTrace } from "./bindings/WeatherTrace";
export type { TotalFigure } from "./bindings/TotalFigure";
export type { Weather } from "./bindings/Weather";

export type Figure = "budget_voted" | "actual" | "landing";
export type ReportKind = "codir" | "directorate" | "project";
export type ExportFormat = "csv" | "xlsx" | "json";
