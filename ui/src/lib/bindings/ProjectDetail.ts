// Provisional, hand-written from /tmp/desk-contract.md and the CLI JSON samples until the shell generates this file with ts-rs.
import type { Campaign } from "./Campaign";
import type { ProjectSummary } from "./ProjectSummary";
import type { Weather } from "./Weather";

export type ProjectQuarter = {
  quarter: number;
  closed: boolean;
  budget_voted: string | null;
  planned: string;
  actual: string | null;
  forecast: string | null;
  landing: string;
};

export type WeatherEntry = {
  return_id: number;
  campaign: Campaign;
  date: string | null;
  weather: Weather | null;
  schedule: Weather | null;
  cost: Weather | null;
  scope: Weather | null;
  resources: Weather | null;
  progress: string | null;
  comment: string | null;
  watch_points: string | null;
  decision: string | null;
};

export type RiskView = {
  risk_id: string | null;
  title: string;
  probability: number;
  impact: number;
  criticality: number;
  owner: string | null;
  mitigation: string | null;
  status: "open" | "in_progress" | "closed" | null;
  due: string | null;
};

export type MilestoneView = {
  name: string;
  baseline: string | null;
  forecast: string | null;
  actual: string | null;
  slip_days: number | null;
};

/** pmo-core's ProjectDetail: the ProjectSummary fields (serde flatten) and the sheet's details. */
export type ProjectDetail = ProjectSummary & {
  directorate_name: string | null;
  return_id: number;
  submitted_on: string | null;
  manager: string | null;
  sponsor: string | null;
  priority: number | null;
  kind: string | null;
  start: string | null;
  end: string | null;
  multi_year: boolean | null;
  description: string | null;
  quarters: Array<ProjectQuarter>;
  weather_history: Array<WeatherEntry>;
  risks: Array<RiskView>;
  milestones: Array<MilestoneView>;
};
