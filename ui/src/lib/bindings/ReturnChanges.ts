// Provisional, hand-written from /tmp/desk-contract.md and the CLI JSON samples until the shell generates this file with ts-rs.
import type { ProjectRef } from "./ProjectRef";
import type { ReturnRef } from "./ReturnRef";

export type ReturnChanges = {
  supersedes: ReturnRef | null;
  previous: ReturnRef | null;
  projects_added: Array<ProjectRef>;
  projects_removed: Array<ProjectRef>;
  landing_before: string | null;
  landing_after: string;
  landing_delta: string | null;
  budget_voted_after: string | null;
};
