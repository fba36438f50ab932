// Provisional, hand-written from /tmp/desk-contract.md and the CLI JSON samples until the shell generates this file with ts-rs.
import type { Campaign } from "./Campaign";

export type ReturnRef = {
  id: number;
  directorate: string;
  year: number;
  campaign: Campaign;
  file_name: string;
  imported_at: string;
  submitted_on: string | null;
};
