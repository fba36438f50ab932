// Provisional, hand-written from /tmp/desk-contract.md and the CLI JSON samples until the shell generates this file with ts-rs.
export type ReportRecord = {
  id: number;
  kind: string;
  title: string;
  options: unknown;
  generated_at: string;
  sha256: string;
  size: number;
  pages: number | null;
  file_path: string | null;
  returns: Array<unknown>;
};
