// Provisional, hand-written from /tmp/desk-contract.md and the CLI JSON samples until the shell generates this file with ts-rs.
import type { Campaign } from "./Campaign";
import type { ProjectStatus } from "./ProjectStatus";
import type { ProjectSummary } from "./ProjectSummary";
import type { Weather } from "./Weather";

export type Totals = {
  project_count: number;
  budget_unknown_count: number;
  budget_voted: string | null;
  actual: string;
  landing: string;
  variance: string | null;
  variance_ratio: string | null;
  burn_rate: string | null;
};

export type QuarterFigures = {
  quarter: number;
  closure: "closed" | "open" | "partial";
  budget_voted: string | null;
  planned: string;
  actual: string;
  landing: string;
  closed_directorates: number;
  unclosed_actual: string;
};

export type Counts = {
  total: number;
  by_status: Array<{ status: ProjectStatus | null; count: number }>;
  by_weather: Array<{ weather: Weather | null; count: number }>;
};

export type DirectorateFigures = Totals & {
  code: string;
  name: string | null;
  campaign: Campaign;
  envelope: string | null;
  landing_gap: string | null;
  landing_standing: "over" | "equal" | "under" | null;
};

export type EnvelopeView = {
  code: string;
  name: string | null;
  campaign: Campaign;
  envelope: string | null;
  budget_voted: string | null;
  landing: string;
  budget_voted_gap: string | null;
  landing_gap: string | null;
  landing_standing: "over" | "equal" | "under" | null;
};

export type PortfolioSummary = {
  year: number;
  as_of: Campaign | null;
  totals: Totals;
  counts: Counts;
  quarters: Array<QuarterFigures>;
  directorates: Array<DirectorateFigures>;
  envelopes: Array<EnvelopeView>;
  top_drifts: Array<ProjectSummary>;
  outside_initial_budget: Array<ProjectSummary>;
  missing_from_latest: Array<ProjectSummary>;
  alert_counts: { critical: number; major: number; minor: number; total: number };
};
