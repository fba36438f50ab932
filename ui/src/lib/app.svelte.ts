/**
 * The app's shared state: what app_info said, the selected year and campaign, the current
 * screen and project, and files waiting to be checked on the Imports screen.
 */
import type { AppInfo, Campaign } from "./types";
import { setLang, setUnit } from "./prefs.svelte";

export type Screen =
  | "dashboard"
  | "imports"
  | "portfolio"
  | "project"
  | "directorates"
  | "capacity"
  | "reports"
  | "templates"
  | "settings";

export const SCREENS: Screen[] = [
  "dashboard",
  "imports",
  "portfolio",
  "project",
  "directorates",
  "capacity",
  "reports",
  "templates",
  "settings",
];

export const app = $state<{
  info: AppInfo | null;
  year: number | null;
  campaign: Campaign | null;
  screen: Screen;
  project: string | null;
  /** Files handed over by a launch argument, the files-opened event or a drop, not yet taken by Imports. */
  incoming: string[];
  /** Campaigns with a current return in the selected year (from the dashboard); null until known. */
  campaigns: Campaign[] | null;
  /** Files are being dragged over the window. */
  dragging: boolean;
  /** Bumped after anything that changes the data (import, restore, demo), so screens reload. */
  dataVersion: number;
}>({
  info: null,
  year: null,
  campaign: null,
  screen: "dashboard",
  project: null,
  incoming: [],
  campaigns: null,
  dragging: false,
  dataVersion: 0,
});

/** Applies a fresh app_info: preferences, and a year that exists. */
export function applyInfo(info: AppInfo): void {
  app.info = info;
  setLang(info.language);
  setUnit(info.amount_unit);
  if (app.year == null || !info.years.includes(app.year)) {
    app.year = info.default_year ?? info.years[info.years.length - 1] ?? new Date().getFullYear();
  }
}

export function navigate(screen: Screen, project?: string): void {
  app.screen = screen;
  if (project !== undefined) app.project = project;
}

export function openFiles(paths: string[]): void {
  if (paths.length === 0) return;
  app.incoming = [...app.incoming, ...paths];
  app.screen = "imports";
}

export function dataChanged(): void {
  app.dataVersion += 1;
}

/** The years a selector offers: those with returns, and the selected one. */
export function yearChoices(): number[] {
  const years = new Set(app.info?.years ?? []);
  if (app.year != null) years.add(app.year);
  return [...years].sort((a, b) => b - a);
}
