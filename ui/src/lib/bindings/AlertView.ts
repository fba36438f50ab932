// Provisional, hand-written from /tmp/desk-contract.md and the CLI JSON samples until the shell generates this file with ts-rs.
export type AlertView = {
  rule: string;
  severity: "critical" | "major" | "minor";
  directorate: string;
  project: string | null;
  subject: string | null;
  message: string;
  value: string | null;
  threshold: string | null;
  measure: "euros" | "percent" | "days" | "man_days" | "criticality" | null;
};
