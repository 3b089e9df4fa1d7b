/**
 * The choices offered by the policy forms: stored `value`s (codes the fraud model and rating use)
 * with labels for people. Shared by the schemas, the forms and the pages that describe a policy.
 */
export type Option<V extends string = string> = { value: V; label: string };

export const opts = <const V extends string>(list: readonly (readonly [V, string])[]) => list.map(([value, label]) => ({ value, label }));
export const values = <V extends string>(list: Option<V>[]) => list.map((o) => o.value) as [V, ...V[]];

/** Motor holder profile: the same codes as the fraud model's training data. */
export const EDUCATION_LEVELS = opts([
  ["High School", "Secondary school (GCSE / A level)"],
  ["Associate", "Foundation degree or HND"],
  ["College", "Bachelor's degree"],
  ["Masters", "Master's degree"],
  ["JD", "Law degree (JD / LLM)"],
  ["MD", "Medical degree"],
  ["PhD", "Doctorate (PhD)"],
] as const);

export const OCCUPATIONS = opts([
  ["adm-clerical", "Administrative or clerical"],
  ["armed-forces", "Armed forces"],
  ["craft-repair", "Skilled trade or repair"],
  ["exec-managerial", "Executive or manager"],
  ["farming-fishing", "Farming or fishing"],
  ["handlers-cleaners", "Cleaning or handling goods"],
  ["machine-op-inspct", "Machine operator or inspector"],
  ["other-service", "Other service work"],
  ["priv-house-serv", "Private household service"],
  ["prof-specialty", "Professional (e.g. doctor, engineer, teacher)"],
  ["protective-serv", "Police, fire or security"],
  ["sales", "Sales"],
  ["tech-support", "Technical support"],
  ["transport-moving", "Transport or removals"],
] as const);

export const HOBBIES = opts([
  ["reading", "Reading"],
  ["board-games", "Board games"],
  ["chess", "Chess"],
  ["movies", "Films"],
  ["video-games", "Video games"],
  ["sleeping", "Relaxing at home"],
  ["dancing", "Dancing"],
  ["exercise", "Exercise / gym"],
  ["cross-fit", "CrossFit"],
  ["golf", "Golf"],
  ["hiking", "Hiking"],
  ["camping", "Camping"],
  ["kayaking", "Kayaking"],
  ["paintball", "Paintball"],
  ["polo", "Polo"],
  ["yachting", "Sailing / yachting"],
  ["skydiving", "Skydiving"],
  ["base-jumping", "BASE jumping"],
  ["bungie-jumping", "Bungee jumping"],
] as const);

export const RELATIONSHIPS = opts([
  ["husband", "Husband of the policyholder"],
  ["wife", "Wife of the policyholder"],
  ["own-child", "Child of the policyholder"],
  ["other-relative", "Other relative"],
  ["not-in-family", "Not a family member"],
  ["unmarried", "Unmarried partner"],
] as const);

/** Excess options in whole pounds (the form's values); stored as deductibleCents. */
export const DEDUCTIBLES = opts([
  ["500", "£500"],
  ["1000", "£1,000"],
  ["2000", "£2,000"],
] as const);

export const COMBINED_SINGLE_LIMITS = opts([
  ["100/300", "£100,000 per person / £300,000 per accident"],
  ["250/500", "£250,000 per person / £500,000 per accident"],
  ["500/1000", "£500,000 per person / £1,000,000 per accident"],
] as const);

/** Umbrella cover above the liability limit, in whole pounds: none, or £1m to £10m. */
export const UMBRELLA_LIMITS = opts([
  ["0", "None"],
  ...Array.from({ length: 10 }, (_, i) => [String((i + 1) * 1_000_000), `£${i + 1},000,000`] as const),
] as const);

export const TRAVEL_REGIONS = opts([
  ["uk", "United Kingdom"],
  ["europe", "Europe"],
  ["worldwide-excl-americas", "Worldwide, excluding USA, Canada and the Caribbean"],
  ["worldwide", "Worldwide, including USA, Canada and the Caribbean"],
] as const);

export const TRIP_REASONS = opts([
  ["holiday", "Holiday"],
  ["business", "Business"],
  ["visiting-family", "Visiting family or friends"],
  ["study", "Study"],
  ["adventure", "Adventure or sports (e.g. skiing, diving)"],
] as const);

export const HEALTH_CONDITIONS = opts([
  ["asthma", "Asthma"],
  ["diabetes", "Diabetes"],
  ["heart", "Heart condition"],
  ["blood-pressure", "High blood pressure"],
  ["cancer", "Cancer in the last 5 years"],
  ["mental-health", "Mental health condition"],
  ["musculoskeletal", "Back, joint or muscle condition"],
] as const);

export const COVER_LEVELS = opts([
  ["basic", "Basic: diagnosis and scans"],
  ["standard", "Standard: adds in-patient treatment"],
  ["comprehensive", "Comprehensive: adds out-patient and mental health"],
] as const);

export const INDUSTRIES = opts([
  ["office", "Office and professional services"],
  ["technology", "Technology and software"],
  ["retail", "Retail and shops"],
  ["hospitality", "Restaurants, pubs and hotels"],
  ["healthcare", "Healthcare and care homes"],
  ["manufacturing", "Manufacturing"],
  ["transport", "Transport and logistics"],
  ["construction", "Construction and trades"],
] as const);

export const PROPERTY_TYPES = opts([
  ["apartment", "Apartment"],
  ["condominium", "Condominium"],
  ["townhouse", "Townhouse"],
  ["house", "House"],
] as const);

export const SECURITY_FEATURES = opts([
  ["burglar-alarm", "Burglar alarm"],
  ["deadlocks", "Five-lever deadlocks on outside doors"],
  ["window-locks", "Window locks"],
  ["smoke-alarms", "Smoke alarms"],
  ["cctv", "Monitored CCTV"],
  ["safe", "Fixed safe"],
] as const);

export const EDUCATION_VALUES = values(EDUCATION_LEVELS);
export const OCCUPATION_VALUES = values(OCCUPATIONS);
export const HOBBY_VALUES = values(HOBBIES);
export const RELATIONSHIP_VALUES = values(RELATIONSHIPS);
export const DEDUCTIBLE_VALUES = values(DEDUCTIBLES);
export const CSL_VALUES = values(COMBINED_SINGLE_LIMITS);
export const UMBRELLA_VALUES = values(UMBRELLA_LIMITS);
export const REGION_VALUES = values(TRAVEL_REGIONS);
export const REASON_VALUES = values(TRIP_REASONS);
export const CONDITION_VALUES = values(HEALTH_CONDITIONS);
export const COVER_LEVEL_VALUES = values(COVER_LEVELS);
export const INDUSTRY_VALUES = values(INDUSTRIES);
export const PROPERTY_TYPE_VALUES = values(PROPERTY_TYPES);
export const SECURITY_VALUES = values(SECURITY_FEATURES);

export type TravelRegion = (typeof REGION_VALUES)[number];
export type TripReason = (typeof REASON_VALUES)[number];
export type CoverLevel = (typeof COVER_LEVEL_VALUES)[number];
export type Industry = (typeof INDUSTRY_VALUES)[number];
export type PropertyType = (typeof PROPERTY_TYPE_VALUES)[number];
export type SecurityFeature = (typeof SECURITY_VALUES)[number];
export type HealthCondition = (typeof CONDITION_VALUES)[number];

/** The label for a stored code, or the code itself when it is not one of ours (older data). */
export function labelOf(list: readonly Option[], value: unknown): string {
  return list.find((o) => o.value === String(value))?.label ?? String(value ?? "");
}
