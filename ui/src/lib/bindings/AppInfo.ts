// Provisional, hand-written from /tmp/desk-contract.md and the CLI JSON samples until the shell generates this file with ts-rs.
export type AppInfo = {
  version: string;
  db_path: string;
  years: Array<number>;
  default_year: number | null;
  empty: boolean;
  language: "fr" | "en";
  amount_unit: "eur" | "keur";
  organisation: string;
  output_folder: string;
  pending_files: Array<string>;
};
