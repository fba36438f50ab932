// Provisional, hand-written from /tmp/desk-contract.md and the CLI JSON samples until the shell generates this file with ts-rs.
import type { Campaign } from "./Campaign";
import type { ProjectStatus } from "./ProjectStatus";
import type { Weather } from "./Weather";

export type ProjectSummary = {
  directorate: string;
  code: string;
  name: string;
  status: ProjectStatus | null;
  weather: Weather | null;
  ambition: string | null;
  initiative: string | null;
  campaign: Campaign;
  budget_voted: string | null;
  actual: string;
  landing: string;
  variance: string | null;
  variance_ratio: string | null;
  burn_rate: string | null;
  outside_initial_budget: boolean;
  missing_from_latest: boolean;
};
