// Provisional, hand-written from /tmp/desk-contract.md and the CLI JSON samples until the shell generates this file with ts-rs.
import type { FileReportView } from "./FileReportView";
import type { ReturnChanges } from "./ReturnChanges";

export type ImportCheck = { report: FileReportView; changes: ReturnChanges | null };
