import type { ModelKind, RawRecord } from "./dataset-schema";
import { formatDayNumber, parseDayNumber } from "./read-dataset";
import { createRandom, deriveSeed, pickOne, pickWeighted, randomInt, randomNormal, type Random } from "./seeded-random";

/**
 * Synthetic claims in the motor (public benchmark) and general schemas. The project ships no
 * third-party data, so the default models are trained on this. Fraud is drawn from a noisy
 * logistic model over several attributes (severity, hobbies, claim composition, policy age,
 * police report, hour, …) so no single column separates the classes and a good model reaches
 * roughly 0.85–0.93 ROC-AUC. Values stay in the ranges of the public data; the sensitive
 * column (insured_sex) is generated independently of fraud.
 */

/** Generated rows with their labels (1 = fraud). */
export interface SyntheticDataset {
  kind: ModelKind;
  records: RawRecord[];
  labels: number[];
}

/**
 * Scale of all log-odds effects and the base rates; tuned so the true-logit ROC-AUC is about 0.9
 * and about 25% of claims are fraud (values measured with 20,000 rows).
 */
const MOTOR_SIGNAL = 1.7;
const GENERAL_SIGNAL = 2.0;
const MOTOR_INTERCEPT = -3.3;
const GENERAL_INTERCEPT = -3.4;

const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const money = (x: number) => String(Math.max(0, Math.round(x / 10) * 10));

const HOBBIES = [
  "chess", "cross-fit", "reading", "board-games", "bungie-jumping", "base-jumping", "golf", "camping",
  "dancing", "skydiving", "movies", "hiking", "yachting", "paintball", "kayaking", "polo", "basketball",
  "video-games", "sleeping", "exercise",
];
/** Log-odds added per hobby: two strong, a few mild, most none (the kind of pattern real data shows). */
const HOBBY_EFFECT: Record<string, number> = { chess: 2.3, "cross-fit": 2.0, yachting: 0.4, polo: 0.3, "base-jumping": 0.3, camping: -0.3 };
const SEVERITY_EFFECT: Record<string, number> = { "Trivial Damage": -0.6, "Minor Damage": -0.3, "Major Damage": 1.9, "Total Loss": 0 };
const MAKES: Record<string, string[]> = {
  Saab: ["92x", "93", "95"], Dodge: ["RAM", "Neon"], Suburu: ["Legacy", "Forrestor", "Impreza"],
  Nissan: ["Pathfinder", "Maxima", "Ultima"], Chevrolet: ["Tahoe", "Silverado", "Malibu"], Ford: ["F150", "Escape", "Fusion"],
  BMW: ["X5", "X6", "3 Series", "M5"], Toyota: ["Camry", "Corolla", "Highlander"], Audi: ["A3", "A5"],
  Accura: ["TL", "RSX", "MDX"], Volkswagen: ["Passat", "Jetta"], Jeep: ["Wrangler", "Grand Cherokee"],
  "Mercedes": ["C300", "E400", "ML350"], Honda: ["Civic", "Accord", "CRV"],
};
const OCCUPATIONS = [
  "craft-repair", "machine-op-inspct", "sales", "armed-forces", "tech-support", "prof-specialty", "other-service",
  "priv-house-serv", "exec-managerial", "protective-serv", "transport-moving", "handlers-cleaners", "adm-clerical", "farming-fishing",
];
const CITIES = ["Columbus", "Riverwood", "Arlington", "Springfield", "Hillsdale", "Northbend", "Northbrook"];
const STREETS = ["Maple", "Oak", "Pine", "Elm", "Cherry", "Lincoln", "Washington", "Francis", "Tree", "Andromedia"];
const STREET_KINDS = ["St", "Ave", "Ridge", "Lane", "Drive", "Hwy"];

/** Incident window of the generated data (inclusive day numbers). */
const INCIDENT_FROM = parseDayNumber("1/1/2026")!;
const INCIDENT_TO = parseDayNumber("10/31/2026")!;

function yesNoMissing(random: Random, yes: number, no: number): string | null {
  return pickWeighted(random, ["YES", "NO", null], [yes, no, 1 - yes - no]);
}

/**
 * Synthetic profiles. `standard`: fraud depends on many attributes a little (the default models'
 * data). `benchmark-like`: like the public motor benchmark, where a few columns carry nearly all the
 * signal (major damage, two hobbies, how the claim is split) and the other ~30 columns are noise;
 * forests that spread their attention over every column lose ranking quality on such data.
 */
export type SyntheticProfile = "standard" | "benchmark-like";
export const SYNTHETIC_PROFILES: readonly SyntheticProfile[] = ["standard", "benchmark-like"];

/** benchmark-like: log-odds of the few real drivers (base rate about 4%, about 24% fraud overall; with the claim split the true ranking reaches ROC-AUC ≈ 0.91 on 20,000 rows). */
const BENCHMARK_LIKE = { intercept: -3.1, majorDamage: 3.3, riskyHobby: 3.9, noiseSd: 0.4 };
const RISKY_HOBBIES = new Set(["chess", "cross-fit"]);
/** Injury and property shares of a claim, each drawn N(mean, sd) (clamped to 2–35%). */
const CLAIM_SHARE = { mean: 0.15, sd: 0.05 };
/** Fraud tilts a claim towards the vehicle part: both other shares drop by tilt / 2, tilt ~ N(mean, sd) clamped to [0, max]. */
const VEHICLE_TILT = { mean: 0.05, sd: 0.05, max: 0.15 };

function motorRow(random: Random, profile: SyntheticProfile): { record: RawRecord; label: number; logit: number } {
  const age = randomInt(random, 19, 64);
  const monthsAsCustomer = randomInt(random, 0, Math.min(479, (age - 18) * 12));
  const incidentDay = randomInt(random, INCIDENT_FROM, INCIDENT_TO);
  // Most policies are years old; a minority were bound shortly before the incident.
  const policyAge = random() < 0.12 ? randomInt(random, 5, 365) : randomInt(random, 366, 11_000);
  const incidentType = pickWeighted(random, ["Multi-vehicle Collision", "Single Vehicle Collision", "Vehicle Theft", "Parked Car"], [42, 40, 9, 9]);
  const collision = incidentType.endsWith("Collision");
  const severity = collision
    ? pickWeighted(random, ["Minor Damage", "Total Loss", "Major Damage", "Trivial Damage"], [33, 30, 30, 7])
    : pickWeighted(random, ["Minor Damage", "Trivial Damage", "Major Damage"], [55, 40, 5]);
  const hobby = pickOne(random, HOBBIES);
  const policeReport = yesNoMissing(random, 0.32, 0.34);
  const hour = randomInt(random, 0, 23);
  const witnesses = randomInt(random, 0, 3);
  const authorities = collision
    ? pickWeighted(random, ["Police", "Fire", "Ambulance", "Other", "None"], [30, 23, 20, 20, 7])
    : pickWeighted(random, ["Police", "None", "Other"], [40, 45, 15]);
  const umbrella = random() < 0.79 ? 0 : randomInt(random, 2, 10) * 1_000_000;
  const severityScale: Record<string, number> = { "Trivial Damage": 0.55, "Minor Damage": 0.85, "Major Damage": 1.1, "Total Loss": 1.25 };
  const base = collision ? clamp(randomNormal(random, 58_000, 17_000), 15_000, 115_000) : clamp(randomNormal(random, 5_500, 2_000), 1_000, 12_000);
  const injuryShare = clamp(randomNormal(random, CLAIM_SHARE.mean, CLAIM_SHARE.sd), 0.02, 0.35);
  const propertyShare = clamp(randomNormal(random, CLAIM_SHARE.mean, CLAIM_SHARE.sd), 0.02, 0.35);
  const signal =
    (SEVERITY_EFFECT[severity] ?? 0) +
    (HOBBY_EFFECT[hobby] ?? 0) +
    (policyAge < 365 ? 0.7 : 0) +
    (policyAge < 90 ? 0.5 : 0) +
    (policeReport === "YES" ? -0.35 : policeReport === null ? 0.3 : 0.1) +
    (hour <= 4 ? 0.45 : 0) +
    (witnesses === 0 ? 0.2 : 0) +
    (umbrella > 0 ? 0.3 : 0) +
    (collision && authorities === "None" ? 0.5 : 0) +
    (collision ? 0 : -0.6) +
    (monthsAsCustomer < 24 ? 0.3 : 0);
  const standardNoise = randomNormal(random, 0, 0.5);
  // The benchmark-like profile draws its noise from the same stream position, so the standard
  // profile's rows stay byte-identical to what they were before profiles existed.
  const logit =
    profile === "standard"
      ? MOTOR_INTERCEPT + MOTOR_SIGNAL * signal + standardNoise
      : BENCHMARK_LIKE.intercept +
        (severity === "Major Damage" ? BENCHMARK_LIKE.majorDamage : 0) +
        (RISKY_HOBBIES.has(hobby) ? BENCHMARK_LIKE.riskyHobby : 0) +
        (standardNoise / 0.5) * BENCHMARK_LIKE.noiseSd;
  const label = random() < logistic(logit) ? 1 : 0;
  // Fraudulent claims lean on the vehicle part and are somewhat inflated (standard profile).
  // benchmark-like: amounts follow severity only; the vehicle-heavy split below stays as a driver.
  const inflateDraw = label ? randomNormal(random, 1.12, 0.12) : 1;
  const inflate = label && profile === "standard" ? clamp(inflateDraw, 0.9, 1.5) : 1;
  const total = base * (severityScale[severity] ?? 1) * inflate;
  const vehicleTilt = label ? clamp(randomNormal(random, VEHICLE_TILT.mean, VEHICLE_TILT.sd), 0, VEHICLE_TILT.max) : 0;
  const injury = total * Math.max(0.01, injuryShare - vehicleTilt / 2);
  const property = total * Math.max(0.01, propertyShare - vehicleTilt / 2);
  const injuryText = money(injury);
  const propertyText = money(property);
  const vehicleText = money(total - Number(injuryText) - Number(propertyText));
  const totalText = String(Number(injuryText) + Number(propertyText) + Number(vehicleText));
  const make = pickOne(random, Object.keys(MAKES));
  const premium = clamp(randomNormal(random, 1_256, 245), 430, 2_050);
  const record: RawRecord = {
    months_as_customer: String(monthsAsCustomer),
    age: String(age),
    policy_number: String(randomInt(random, 100_000, 999_999)),
    policy_bind_date: formatDayNumber(incidentDay - policyAge),
    policy_state: pickOne(random, ["OH", "IL", "IN"]),
    policy_csl: pickOne(random, ["100/300", "250/500", "500/1000"]),
    policy_deductable: String(pickOne(random, [500, 1000, 2000])),
    policy_annual_premium: premium.toFixed(2),
    umbrella_limit: String(umbrella),
    insured_zip: String(randomInt(random, 430_000, 620_000)),
    insured_sex: pickOne(random, ["MALE", "FEMALE"]),
    insured_education_level: pickOne(random, ["JD", "High School", "Associate", "MD", "Masters", "PhD", "College"]),
    insured_occupation: pickOne(random, OCCUPATIONS),
    insured_hobbies: hobby,
    insured_relationship: pickOne(random, ["husband", "wife", "own-child", "unmarried", "other-relative", "not-in-family"]),
    "capital-gains": random() < 0.5 ? "0" : String(randomInt(random, 100, 1_000) * 100),
    "capital-loss": random() < 0.48 ? "0" : String(-randomInt(random, 100, 1_100) * 100),
    incident_date: formatDayNumber(incidentDay),
    incident_type: incidentType,
    collision_type: collision ? pickOne(random, ["Rear Collision", "Side Collision", "Front Collision"]) : null,
    incident_severity: severity,
    authorities_contacted: authorities,
    incident_state: pickWeighted(random, ["NY", "SC", "WV", "VA", "NC", "PA", "OH"], [26, 25, 22, 11, 11, 3, 2]),
    incident_city: pickOne(random, CITIES),
    incident_location: `${randomInt(random, 1000, 9999)} ${pickOne(random, STREETS)} ${pickOne(random, STREET_KINDS)}`,
    incident_hour_of_the_day: String(hour),
    number_of_vehicles_involved: String(incidentType === "Multi-vehicle Collision" ? randomInt(random, 2, 4) : 1),
    property_damage: yesNoMissing(random, 0.3, 0.34),
    bodily_injuries: String(randomInt(random, 0, 2)),
    witnesses: String(witnesses),
    police_report_available: policeReport,
    total_claim_amount: totalText,
    injury_claim: injuryText,
    property_claim: propertyText,
    vehicle_claim: vehicleText,
    auto_make: make,
    auto_model: pickOne(random, MAKES[make]),
    auto_year: String(randomInt(random, 2006, 2026)),
  };
  return { record, label, logit };
}

const POLICY_TYPES = ["travel", "health", "business", "home"] as const;
const COVER: Record<(typeof POLICY_TYPES)[number], { min: number; max: number; rate: number; claimShare: number }> = {
  travel: { min: 2_000, max: 20_000, rate: 0.035, claimShare: 0.15 },
  health: { min: 20_000, max: 500_000, rate: 0.02, claimShare: 0.03 },
  business: { min: 100_000, max: 2_000_000, rate: 0.006, claimShare: 0.04 },
  home: { min: 150_000, max: 1_500_000, rate: 0.004, claimShare: 0.03 },
};

function poisson(random: Random, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = random();
  while (p > limit) {
    k++;
    p *= random();
  }
  return k;
}

function generalRow(random: Random): { record: RawRecord; label: number } {
  const type = pickWeighted(random, POLICY_TYPES, [25, 30, 15, 30]);
  const cover = COVER[type];
  const sumInsured = Math.round(Math.exp(Math.log(cover.min) + random() * (Math.log(cover.max) - Math.log(cover.min))) / 100) * 100;
  const premium = sumInsured * cover.rate * clamp(randomNormal(random, 1, 0.2), 0.5, 1.6);
  const holderAge = randomInt(random, 18, 85);
  const monthsAsCustomer = randomInt(random, 0, Math.min(480, (holderAge - 18) * 12));
  const policyAge = random() < 0.15 ? randomInt(random, 1, 90) : randomInt(random, 91, 3_650);
  const incidentDay = randomInt(random, INCIDENT_FROM, INCIDENT_TO);
  const priorOnPolicy = poisson(random, 0.3);
  const priorByHolder = priorOnPolicy + poisson(random, 0.4);
  const hour = randomInt(random, 0, 23);
  const policeReport = yesNoMissing(random, 0.4, 0.4);
  const witnesses = randomInt(random, 0, 3);
  let delay = Math.floor(-Math.log(Math.max(random(), 1e-9)) * 5);
  const claimShare = clamp(Math.exp(randomNormal(random, Math.log(cover.claimShare), 0.8)), 0.001, 1);
  const signal =
    2.2 * clamp(Math.log(claimShare / cover.claimShare), -1.5, 2) * 0.5 +
    (policyAge < 60 ? 1.3 : policyAge < 180 ? 0.5 : 0) +
    (priorByHolder >= 2 ? 0.9 : 0) +
    (priorOnPolicy >= 1 ? 0.3 : 0) +
    (hour <= 4 ? 0.4 : 0) +
    (policeReport === "NO" && (type === "home" || type === "business") ? 0.8 : 0) +
    (policeReport === null ? 0.3 : 0) +
    (witnesses === 0 ? 0.25 : 0) +
    (monthsAsCustomer < 12 ? 0.3 : 0);
  const logit = GENERAL_INTERCEPT + GENERAL_SIGNAL * signal + randomNormal(random, 0, 0.5);
  const label = random() < logistic(logit) ? 1 : 0;
  // Fraudulent claims are more often reported late (staged losses, documents to prepare).
  if (label && random() < 0.35) delay += randomInt(random, 15, 60);
  const amount = Math.round(sumInsured * claimShare * (label ? clamp(randomNormal(random, 1.1, 0.1), 0.9, 1.4) : 1));
  const record: RawRecord = {
    policy_number: String(randomInt(random, 100_000, 999_999)),
    policy_type: type,
    policy_start_date: formatDayNumber(incidentDay - policyAge),
    holder_age: String(holderAge),
    months_as_customer: String(monthsAsCustomer),
    annual_premium: premium.toFixed(2),
    sum_insured: String(sumInsured),
    claim_amount: String(Math.min(amount, sumInsured)),
    incident_date: formatDayNumber(incidentDay),
    report_date: formatDayNumber(incidentDay + delay),
    incident_hour_of_the_day: String(hour),
    prior_claims_on_policy: String(priorOnPolicy),
    prior_claims_by_holder: String(priorByHolder),
    police_report_available: policeReport,
    witnesses: String(witnesses),
  };
  return { record, label };
}

/** Generates `rows` labelled rows of a kind; identical output for identical (kind, rows, seed). */
export function generateSyntheticClaims(kind: ModelKind, rows: number, seed: number, profile: SyntheticProfile = "standard"): SyntheticDataset {
  if (profile !== "standard" && kind !== "motor") throw new Error(`The ${profile} profile exists for the motor schema only`);
  const random = createRandom(deriveSeed(seed, `synthetic-${kind}`));
  const records: RawRecord[] = [];
  const labels: number[] = [];
  for (let i = 0; i < rows; i++) {
    const { record, label } = kind === "motor" ? motorRow(random, profile) : generalRow(random);
    records.push(record);
    labels.push(label);
  }
  return { kind, records, labels };
}

const normalDensity = (x: number, mean: number, sd: number) => Math.exp(-0.5 * ((x - mean) / sd) ** 2) / (sd * Math.sqrt(2 * Math.PI));
/** Standard normal CDF (Abramowitz–Stegun 7.1.26; error < 1.5e-7, plenty for a ranking). */
function normalCdf(x: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(x / Math.SQRT2));
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-((x / Math.SQRT2) ** 2));
  return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/**
 * Log-odds of fraud for a benchmark-like motor row given everything the generator drew it from that
 * a model can see: major damage and the risky hobbies (their log-odds, averaged over the hidden
 * N(0, noiseSd) noise) and the claim split (likelihood ratio of the observed injury and property
 * shares under fraud, where both are lowered by a common clamped tilt / 2, against genuine; the
 * shares' own 2–35% clamps and the rounding to £10 are ignored). Ranking rows by it is the best a
 * model that knew the truth could do on those rows: the "ceiling" that compare-search prints.
 */
export function benchmarkLikeTrueLogOdds(record: RawRecord): number {
  const base =
    BENCHMARK_LIKE.intercept +
    (record.incident_severity === "Major Damage" ? BENCHMARK_LIKE.majorDamage : 0) +
    (RISKY_HOBBIES.has(record.insured_hobbies ?? "") ? BENCHMARK_LIKE.riskyHobby : 0);
  // P(fraud | drivers) = E[σ(base + ε)], ε ~ N(0, noiseSd): midpoint rule over ±5 sd.
  let prior = 0;
  let mass = 0;
  for (let k = -50; k <= 50; k++) {
    const e = (k / 10) * BENCHMARK_LIKE.noiseSd;
    const w = Math.exp(-0.5 * (k / 10) ** 2);
    prior += w * logistic(base + e);
    mass += w;
  }
  prior /= mass;
  const total = Number(record.total_claim_amount);
  const a = Number(record.injury_claim) / total;
  const b = Number(record.property_claim) / total;
  const { mean, sd } = CLAIM_SHARE;
  const genuine = normalDensity(a, mean, sd) * normalDensity(b, mean, sd);
  const atTilt = (t: number) => normalDensity(a + t / 2, mean, sd) * normalDensity(b + t / 2, mean, sd);
  const tilt = VEHICLE_TILT;
  const steps = 150;
  let fraud = normalCdf((0 - tilt.mean) / tilt.sd) * atTilt(0) + (1 - normalCdf((tilt.max - tilt.mean) / tilt.sd)) * atTilt(tilt.max);
  for (let k = 0; k < steps; k++) {
    const t = ((k + 0.5) / steps) * tilt.max;
    fraud += normalDensity(t, tilt.mean, tilt.sd) * (tilt.max / steps) * atTilt(t);
  }
  return Math.log(prior / (1 - prior)) + Math.log(Math.max(fraud, 1e-300) / Math.max(genuine, 1e-300));
}
