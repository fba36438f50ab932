// Provisional, hand-written from /tmp/desk-contract.md and the CLI JSON samples until the shell generates this file with ts-rs.
export type TeamQuarter = {
  quarter: number;
  closed: boolean;
  planned_man_days: string;
  actual_man_days: string;
  capacity_man_days: string | null;
  load_pct: string | null;
  overloaded: boolean;
};

export type TeamProjectLoad = {
  project: string;
  planned_man_days: Array<string>;
  actual_man_days: Array<string>;
  planned_total: string;
  actual_total: string;
  planned_cost: string | null;
  actual_cost: string | null;
  unvalued_man_days: string;
};

export type TeamLoad = {
  directorate: string;
  team: string;
  campaign: string;
  overloaded: boolean;
  capacity_missing: boolean;
  planned_man_days: string;
  actual_man_days: string;
  capacity_man_days: string | null;
  load_pct: string | null;
  max_load_pct: string | null;
  planned_cost: string | null;
  actual_cost: string | null;
  unvalued_man_days: string;
  quarters: Array<TeamQuarter>;
  projects: Array<TeamProjectLoad>;
};

export type CapacityView = {
  year: number;
  as_of: string | null;
  overload_pct: string;
  teams: Array<TeamLoad>;
};
