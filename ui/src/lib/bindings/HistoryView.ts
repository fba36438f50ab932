// Provisional, hand-written from /tmp/desk-contract.md and the CLI JSON samples until the shell generates this file with ts-rs.
import type { FindingView } from "./FindingView";

export type HistoryView = {
  kind: "import" | "restoration";
  id: number;
  at: string;
  outcome: "imported" | "rejected" | "restored";
  file: string | null;
  path: string | null;
  size: number | null;
  sha256: string | null;
  directorate: string | null;
  year: number | null;
  campaign: string | null;
  return_id: number | null;
  return_is_current: boolean | null;
  superseded_return_id: number | null;
  errors: Array<FindingView>;
  warnings: Array<FindingView>;
};
