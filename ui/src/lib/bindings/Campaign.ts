// Provisional, hand-written from /tmp/desk-contract.md and the CLI JSON samples until the shell generates this file with ts-rs.
export type Campaign = "BI" | "R1" | "R2" | "R3" | "CL";
