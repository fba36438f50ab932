// Provisional, hand-written from /tmp/desk-contract.md and the CLI JSON samples until the shell generates this file with ts-rs.
export type TemplateView = { path: string; projects: number; prefilled_from: number | null };
