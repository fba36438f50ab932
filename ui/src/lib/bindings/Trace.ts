// Provisional, hand-written from /tmp/desk-contract.md and the CLI JSON samples until the shell generates this file with ts-rs.
import type { Campaign } from "./Campaign";

export type TraceCell = {
  directorate: string;
  campaign: Campaign;
  return_id: number;
  file_name: string;
  imported_at: string;
  sheet: string;
  cell: string;
  quarter: number;
  kind: "planned" | "actual";
  field: string;
  nature: string | null;
  category: string | null;
  value: string;
  unit: string;
  written_value: string;
};

export type Trace = {
  year: number;
  directorate: string;
  project: string;
  project_name: string;
  figure: "budget_voted" | "actual" | "landing";
  campaign: Campaign;
  value: string | null;
  cells_total: string;
  outside_initial_budget: boolean;
  missing_from_latest: boolean;
  cells: Array<TraceCell>;
};
