// Provisional, hand-written from /tmp/desk-contract.md and the CLI JSON samples until the shell generates this file with ts-rs.
import type { AlertView } from "./AlertView";
import type { Campaign } from "./Campaign";
import type { PortfolioSummary } from "./PortfolioSummary";

export type Dashboard = { summary: PortfolioSummary; alerts: Array<AlertView>; campaigns: Array<Campaign>; today: string };
