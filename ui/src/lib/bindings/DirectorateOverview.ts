// Provisional, hand-written from /tmp/desk-contract.md and the CLI JSON samples until the shell generates this file with ts-rs.
import type { Campaign } from "./Campaign";
import type { ReturnRef } from "./ReturnRef";

export type RejectedImport = { import_id: number; at: string; file_name: string; errors: number };

export type CampaignSlot = { campaign: Campaign; current: ReturnRef | null; earlier: number; rejected: Array<RejectedImport> };

export type DirectorateOverview = {
  code: string;
  envelope: string | null;
  budget_voted: string | null;
  actual: string;
  landing: string;
  variance: string | null;
  envelope_gap: string | null;
  project_count: number;
  current_campaign: Campaign | null;
  campaigns: Array<CampaignSlot>;
};
