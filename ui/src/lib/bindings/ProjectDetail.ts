// Provisional, hand-written from /tmp/desk-contract.md and the CLI JSON samples until the shell generates this file with ts-rs.
import type { Campaign } from "./Campaign";
import type { ProjectStatus } from "./ProjectStatus";
import type { Weather } from "./Weather";

export type ProjectQuarter = {
  quarter: number;
  closed: boolean;
  budget_voted: string | null;
  actual: string | null;
  forecast: string | null;
  landing: string;
};

export type WeatherEntry = {
  campaign: Campaign;
  date: string | null;
  weather: Weather | null;
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

export type ProjectDetail = {
  code: string;
  name: string;
  directorate: string;
  campaign: Campaign;
  return_id: number;
  status: ProjectStatus | null;
  weather: Weather | null;
  ambition: string | null;
  initiative: string | null;
  category: string | null;
  nature: string | null;
  sponsor: string | null;
  manager: string | null;
  start: string | null;
  end: string | null;
  description: string | null;
  budget_voted: string | null;
  actual: string;
  landing: string;
  variance: string | null;
  variance_ratio: string | null;
  burn_rate: string | null;
  outside_initial_budget: boolean;
  quarters: Array<ProjectQuarter>;
  weather_history: Array<WeatherEntry>;
  risks: Array<RiskView>;
  milestones: Array<MilestoneView>;
};
