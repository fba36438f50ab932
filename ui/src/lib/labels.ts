/**
 * Labels of the closed lists (campaigns, statuses, météo, severities, alert rules), from the
 * same catalog keys as the CLI and the PDF pack, so that the app says "Pluie" where the pack does.
 */
import type { Campaign } from "./bindings/Campaign";
import type { ProjectStatus } from "./bindings/ProjectStatus";
import type { Weather } from "./bindings/Weather";
import { t, type Key } from "./i18n";

export const CAMPAIGNS: Campaign[] = ["BI", "R1", "R2", "R3", "CL"];
export const WEATHERS: Weather[] = ["sunny", "cloudy", "rainy", "stormy"];
export const STATUSES: ProjectStatus[] = ["candidate", "approved", "in_progress", "on_hold", "done", "cancelled"];

const CAMPAIGN_KEYS: Record<Campaign, Key> = {
  BI: "CampaignBi",
  R1: "CampaignR1",
  R2: "CampaignR2",
  R3: "CampaignR3",
  CL: "CampaignCl",
};
const STATUS_KEYS: Record<ProjectStatus, Key> = {
  candidate: "StatusCandidate",
  approved: "StatusApproved",
  in_progress: "StatusInProgress",
  on_hold: "StatusOnHold",
  done: "StatusDone",
  cancelled: "StatusCancelled",
};
const WEATHER_KEYS: Record<Weather, Key> = {
  sunny: "WeatherSunny",
  cloudy: "WeatherCloudy",
  rainy: "WeatherRainy",
  stormy: "WeatherStormy",
};
const SEVERITY_KEYS: Record<string, Key> = {
  critical: "AlertSeverityCritical",
  major: "AlertSeverityMajor",
  minor: "AlertSeverityMinor",
};
const RULE_KEYS: Record<string, Key> = {
  directorate_over_envelope: "AlertRuleDirectorateOverEnvelope",
  missing_return: "AlertRuleDirectorateMissingReturn",
  variance_over: "AlertRuleVarianceOver",
  variance_under: "AlertRuleVarianceUnder",
  weather_bad: "AlertRuleWeatherBad",
  weather_worse: "AlertRuleWeatherWorse",
  weather_missing: "AlertRuleWeatherMissing",
  milestone_overdue: "AlertRuleMilestoneOverdue",
  milestone_slipped: "AlertRuleMilestoneSlipped",
  risk_critical: "AlertRuleRiskCritical",
  team_overload: "AlertRuleTeamOverload",
  team_capacity_missing: "AlertRuleTeamCapacityMissing",
  end_date_passed: "AlertRuleEndDatePassed",
};
const RISK_KEYS: Record<string, Key> = { open: "RiskOpen", in_progress: "RiskInProgress", closed: "RiskClosed" };
const CATEGORY_KEYS: Record<string, Key> = {
  internal: "CategoryInternal",
  external: "CategoryExternal",
  licences: "CategoryLicences",
  hardware: "CategoryHardware",
  other: "CategoryOther",
};

/** "Reprévision T2". */
export function campaignName(c: Campaign | string): string {
  const key = CAMPAIGN_KEYS[c as Campaign];
  return key ? t(key) : c;
}

/** "R2 — Reprévision T2", for selectors. */
export function campaignOption(c: Campaign): string {
  return t("UiCampaignOption", { code: c, name: campaignName(c) });
}

export function statusLabel(s: ProjectStatus | string | null): string {
  if (s == null) return t("UiNoStatus");
  const key = STATUS_KEYS[s as ProjectStatus];
  return key ? t(key) : s;
}

export function weatherLabel(w: Weather | string | null): string {
  if (w == null) return t("UiNoWeather");
  const key = WEATHER_KEYS[w as Weather];
  return key ? t(key) : w;
}

export function severityLabel(s: string): string {
  const key = SEVERITY_KEYS[s];
  return key ? t(key) : s;
}

export function ruleLabel(rule: string): string {
  const key = RULE_KEYS[rule];
  return key ? t(key) : rule;
}

export function riskStatusLabel(s: string | null): string {
  if (s == null) return "—";
  const key = RISK_KEYS[s];
  return key ? t(key) : s;
}

/** Categories come as codes from some views and as labels from others: codes are translated. */
export function categoryLabel(c: string | null): string {
  if (c == null) return "—";
  const key = CATEGORY_KEYS[c];
  return key ? t(key) : c;
}

export function quarterLabel(q: number): string {
  return t("UiQuarter", { quarter: q });
}
