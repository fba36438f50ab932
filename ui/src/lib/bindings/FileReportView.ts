// Provisional, hand-written from /tmp/desk-contract.md and the CLI JSON samples until the shell generates this file with ts-rs.
import type { FindingView } from "./FindingView";

export type FileReportView = {
  file: string;
  status: "imported" | "unchanged" | "rejected";
  directorate: string | null;
  year: number | null;
  campaign: string | null;
  errors: Array<FindingView>;
  warnings: Array<FindingView>;
  dry_run: boolean;
  return_id: number | null;
  superseded_return_id: number | null;
  projects: number | null;
};
