// Provisional, hand-written from /tmp/desk-contract.md and the CLI JSON samples until the shell generates this file with ts-rs.
import type { ReturnRef } from "./ReturnRef";

export type RestoreView = { restored: ReturnRef; replaced: ReturnRef | null };
