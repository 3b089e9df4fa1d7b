/**
 * The six policy types and what people read about them (Info Centre, home page tiles, forms).
 * Plain data with no server imports: the browser and the server share it.
 */
import type { PolicyStatus, PolicyType } from "@/lib/generated/prisma/enums";

// Types and statuses are the schema's PolicyType and PolicyStatus enums (the Records below keep the lists complete).
export type { PolicyType, PolicyStatus };
export const POLICY_TYPES = ["car", "bike", "travel", "health", "business", "home"] as const satisfies readonly PolicyType[];

export const POLICY_STATUSES = ["ACTIVE", "EXPIRED", "LAPSED", "CANCELLED"] as const satisfies readonly PolicyStatus[];

export type PolicyTypeInfo = {
  type: PolicyType;
  /** "Car", used in sentences as "your car policy" after lower-casing */
  label: string;
  /** First part of the policy number, e.g. CAR-7F3K-9QD2 */
  numberPrefix: string;
  blurb: string;
  covers: string;
  inclusions: string[];
  exclusions: string[];
  /** Terms a buyer may choose, in months. Travel has none: its dates decide. */
  termOptions: readonly number[];
};

export const POLICY_TYPE_INFO: Record<PolicyType, PolicyTypeInfo> = {
  car: {
    type: "car",
    label: "Car",
    numberPrefix: "CAR",
    blurb: "Comprehensive cover for you and your car",
    covers:
      "Comprehensive motor insurance: damage to your car, theft and fire, and your legal liability to other people for injury and damage to their property, up to the limits you choose.",
    inclusions: [
      "Accidental damage to your car, whoever is at fault, up to the sum insured",
      "Theft of the car and damage caused by attempted theft",
      "Fire, lightning and explosion",
      "Liability to third parties for injury and property damage, up to your combined single limit",
      "Windscreen and window repair",
      "Optional umbrella cover above the liability limit",
    ],
    exclusions: [
      "The excess (deductible) you choose, on every claim",
      "Wear and tear, mechanical or electrical breakdown",
      "Driving by anyone not named on the policy, or without a valid licence",
      "Driving under the influence of alcohol or drugs",
      "Use for racing, pace-making or hire and reward",
    ],
    termOptions: [1, 3, 6, 12],
  },
  bike: {
    type: "bike",
    label: "Bike",
    numberPrefix: "BIKE",
    blurb: "Motorbikes and scooters, on and off the road",
    covers: "Cover for motorbikes and scooters: accidental damage, theft and fire, and your liability to other road users.",
    inclusions: [
      "Accidental damage to your bike up to the sum insured",
      "Theft, when the bike was locked or in a locked garage",
      "Fire and vandalism",
      "Liability to third parties for injury and property damage",
      "Helmet and leathers up to £500",
    ],
    exclusions: [
      "The first £250 of any claim",
      "Theft when the bike was left unlocked or with the key in it",
      "Wear and tear, punctures and mechanical failure",
      "Racing, track days and off-road events",
    ],
    termOptions: [1, 3, 6, 12],
  },
  travel: {
    type: "travel",
    label: "Travel",
    numberPrefix: "TRAVEL",
    blurb: "Medical, cancellation and baggage abroad",
    covers: "Single-trip travel insurance for everyone travelling: emergency medical treatment, cancellation and cutting a trip short, and lost or stolen baggage.",
    inclusions: [
      "Emergency medical treatment and repatriation, up to the sum insured",
      "Cancellation or cutting the trip short for an insured reason, up to the trip cost",
      "Lost, stolen or damaged baggage, up to £1,500 per traveller",
      "Missed departure and travel delay",
      "Personal liability abroad",
    ],
    exclusions: [
      "Medical conditions you knew about and did not tell us about",
      "Travel against government (FCDO) advice",
      "Hazardous activities unless you chose adventure or sports as the reason",
      "Claims arising from alcohol or drug use",
      "Trips longer than one year",
    ],
    termOptions: [],
  },
  health: {
    type: "health",
    label: "Health",
    numberPrefix: "HEALTH",
    blurb: "Private treatment, scans and specialists",
    covers: "Private medical insurance: specialist consultations, diagnostic tests and scans, and in-patient treatment at private hospitals, up to your annual limit.",
    inclusions: [
      "Specialist consultations and diagnostic tests",
      "MRI, CT and PET scans",
      "In-patient and day-patient treatment (standard and comprehensive levels)",
      "Out-patient treatment (comprehensive level)",
      "Cancer treatment, including drugs not yet routinely funded",
      "Mental health support (comprehensive level)",
    ],
    exclusions: [
      "Conditions you had before the policy started, for the first two years",
      "Routine pregnancy and childbirth",
      "Cosmetic treatment",
      "Chronic conditions needing long-term management",
      "Emergency treatment in A&E",
    ],
    termOptions: [12],
  },
  business: {
    type: "business",
    label: "Business",
    numberPrefix: "BUSINESS",
    blurb: "Liability, property and interruption",
    covers: "A combined business policy: public and employers' liability, your premises' contents and stock, and lost income when an insured event stops you trading.",
    inclusions: [
      "Public liability for injury to customers and damage to their property",
      "Employers' liability, as the law requires when you employ staff",
      "Contents, equipment and stock at your premises, up to the sum insured",
      "Business interruption: lost gross profit for up to 12 months",
      "Money and goods in transit",
    ],
    exclusions: [
      "Professional advice and errors (needs professional indemnity cover)",
      "Gradual deterioration, wear and tear",
      "Deliberate acts by you or your staff",
      "Cyber attacks and data breaches",
      "Premises left unoccupied for more than 30 days",
    ],
    termOptions: [12],
  },
  home: {
    type: "home",
    label: "Home",
    numberPrefix: "HOME",
    blurb: "Buildings and contents, with theft cover",
    covers: "Buildings and contents insurance for the home you live in: the structure, your belongings, and theft, up to the sum insured.",
    inclusions: [
      "Fire, smoke, explosion, lightning and storm damage",
      "Escape of water and oil from pipes and tanks",
      "Theft and attempted theft, including damage by thieves",
      "Subsidence, heave and landslip",
      "Alternative accommodation if your home cannot be lived in",
      "Accidental damage to televisions and computers",
    ],
    exclusions: [
      "The first £250 of any claim (£1,000 for subsidence)",
      "Theft when the home is let to lodgers or tenants",
      "Wear and tear, damp, rot and vermin",
      "Homes left unoccupied for more than 60 days",
      "Damage caused by faulty workmanship",
    ],
    termOptions: [12],
  },
};

export function isPolicyType(value: string): value is PolicyType {
  return (POLICY_TYPES as readonly string[]).includes(value);
}

export function policyTypeLabel(type: string): string {
  return isPolicyType(type) ? POLICY_TYPE_INFO[type].label : type;
}

export const POLICY_STATUS_LABELS: Record<PolicyStatus, string> = {
  ACTIVE: "Active",
  EXPIRED: "Expired",
  LAPSED: "Lapsed",
  CANCELLED: "Cancelled",
};
