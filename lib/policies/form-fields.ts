import {
  COMBINED_SINGLE_LIMITS,
  COVER_LEVELS,
  DEDUCTIBLES,
  EDUCATION_LEVELS,
  HEALTH_CONDITIONS,
  HOBBIES,
  INDUSTRIES,
  OCCUPATIONS,
  PROPERTY_TYPES,
  RELATIONSHIPS,
  SECURITY_FEATURES,
  TRAVEL_REGIONS,
  TRIP_REASONS,
  UMBRELLA_LIMITS,
  type Option,
} from "@/lib/policies/field-options";
import { POLICY_TYPE_INFO, type PolicyType } from "@/lib/policies/policy-types";

/*
 * What each policy form shows, as data: one generic form component renders any type from this,
 * and the schemas in schemas.ts check the same field names.
 */

type Base = { name: string; label: string; hint?: string };
export type FieldSpec =
  | (Base & { kind: "text"; autoComplete?: string; placeholder?: string })
  | (Base & { kind: "textarea"; autoComplete?: string })
  /** whole numbers and pounds: typed as text so "12,000" and "£12000" work; the schema checks them */
  | (Base & { kind: "number"; inputMode: "numeric" | "decimal"; placeholder?: string })
  | (Base & { kind: "date"; autoComplete?: string })
  | (Base & { kind: "select"; options: Option[]; placeholder?: string })
  | (Base & { kind: "checkbox" })
  | (Base & { kind: "checkboxes"; options: Option[] });

export type FormSection = { title: string; fields: FieldSpec[] };

const sumInsured = (hint: string, label = "Sum insured (£)"): FieldSpec => ({ name: "sumInsured", label, kind: "number", inputMode: "decimal", hint });
const startDate: FieldSpec = { name: "startDate", label: "Start date", kind: "date", hint: "Today or up to 90 days ahead." };
const termField = (type: PolicyType): FieldSpec[] => {
  const options = POLICY_TYPE_INFO[type].termOptions;
  if (options.length < 2) return [];
  return [
    {
      name: "termMonths",
      label: "Term",
      kind: "select",
      options: options.map((m) => ({ value: String(m), label: m === 12 ? "12 months (best value)" : `${m} month${m === 1 ? "" : "s"}` })),
      hint: "Shorter terms cost a larger share of the yearly price.",
    },
  ];
};

const vehicle = (noun: string, makeHint: string): FieldSpec[] => [
  { name: "registration", label: "Registration number", kind: "text", placeholder: "AB12 CDE", hint: "As shown on the number plate." },
  { name: "make", label: "Make", kind: "text", hint: makeHint },
  { name: "model", label: "Model", kind: "text" },
  { name: "year", label: "Year of manufacture", kind: "number", inputMode: "numeric" },
  { name: "vehicleValue", label: `${noun} value (£)`, kind: "number", inputMode: "decimal", hint: `What the ${noun.toLowerCase()} would sell for today.` },
];

export const FORM_SECTIONS: Record<PolicyType, FormSection[]> = {
  car: [
    { title: "Your car", fields: [...vehicle("Car", "For example Ford, Volkswagen, Toyota."), { name: "annualMileage", label: "Annual mileage", kind: "number", inputMode: "numeric", hint: "Roughly how many miles a year." }] },
    {
      title: "The driver",
      fields: [
        { name: "driverDateOfBirth", label: "Driver's date of birth", kind: "date", autoComplete: "bday" },
        { name: "licenceYears", label: "Years holding a full licence", kind: "number", inputMode: "numeric" },
        { name: "priorClaims", label: "Claims in the last 5 years", kind: "number", inputMode: "numeric", hint: "Enter 0 if you have made none." },
        { name: "educationLevel", label: "Education level", kind: "select", options: EDUCATION_LEVELS, placeholder: "Choose…" },
        { name: "occupation", label: "Occupation", kind: "select", options: OCCUPATIONS, placeholder: "Choose…" },
        { name: "hobbies", label: "Main hobby", kind: "select", options: HOBBIES, placeholder: "Choose…" },
        { name: "relationship", label: "Relationship to policyholder", kind: "select", options: RELATIONSHIPS, placeholder: "Choose…", hint: "How the main driver is related to the person who holds the policy." },
      ],
    },
    {
      title: "Your cover",
      fields: [
        sumInsured("Up to the car's value: the most we pay for damage to or loss of the car."),
        { name: "deductible", label: "Excess (deductible)", kind: "select", options: DEDUCTIBLES, hint: "What you pay towards each claim. A higher excess lowers the price." },
        {
          name: "combinedSingleLimit",
          label: "Liability limit",
          kind: "select",
          options: COMBINED_SINGLE_LIMITS,
          hint: "Combined single limit in thousands of pounds: per injured person / per accident. 250/500 means up to £250,000 for each person and £500,000 for one accident.",
        },
        { name: "umbrellaLimit", label: "Umbrella cover", kind: "select", options: UMBRELLA_LIMITS, hint: "Extra liability cover above the limit, from £0 to £10,000,000." },
        startDate,
        ...termField("car"),
      ],
    },
  ],
  bike: [
    { title: "Your bike", fields: [...vehicle("Bike", "For example Honda, Yamaha, Triumph."), { name: "engineSizeCc", label: "Engine size (cc)", kind: "number", inputMode: "numeric", hint: "For example 125, 650 or 1200." }] },
    { title: "Your cover", fields: [sumInsured("Up to the bike's value."), startDate, ...termField("bike")] },
  ],
  travel: [
    {
      title: "Your trip",
      fields: [
        { name: "destination", label: "Destination", kind: "text", hint: "Country or countries, for example Spain and Portugal." },
        { name: "region", label: "Region", kind: "select", options: TRAVEL_REGIONS, placeholder: "Choose…" },
        { name: "departureDate", label: "Departure date", kind: "date", hint: "Cover starts on this day." },
        { name: "returnDate", label: "Return date", kind: "date", hint: "Cover ends at the end of this day. Trips can last up to a year." },
        { name: "travellers", label: "Number of travellers", kind: "number", inputMode: "numeric" },
        { name: "tripCost", label: "Trip cost (£)", kind: "number", inputMode: "decimal", hint: "Prepaid travel and accommodation for everyone: what cancellation cover repays." },
        { name: "reason", label: "Reason for the trip", kind: "select", options: TRIP_REASONS, placeholder: "Choose…" },
      ],
    },
    { title: "Your cover", fields: [sumInsured("Emergency medical cover per traveller; £2,000,000 or more is sensible outside Europe.", "Medical cover (£)")] },
  ],
  health: [
    {
      title: "About you",
      fields: [
        { name: "dateOfBirth", label: "Date of birth", kind: "date", autoComplete: "bday" },
        { name: "heightCm", label: "Height (cm)", kind: "number", inputMode: "numeric" },
        { name: "weightKg", label: "Weight (kg)", kind: "number", inputMode: "decimal" },
        { name: "smoker", label: "I have smoked or used nicotine in the last 12 months", kind: "checkbox" },
        { name: "preExistingConditions", label: "Pre-existing conditions", kind: "checkboxes", options: HEALTH_CONDITIONS, hint: "Tick any you have been treated for. Leave all unticked if none." },
      ],
    },
    {
      title: "Your cover",
      fields: [
        { name: "coverLevel", label: "Cover level", kind: "select", options: COVER_LEVELS, placeholder: "Choose…" },
        sumInsured("The most we pay for treatment in a policy year.", "Yearly limit (£)"),
        startDate,
      ],
    },
  ],
  business: [
    {
      title: "Your business",
      fields: [
        { name: "companyName", label: "Company name", kind: "text", autoComplete: "organization" },
        { name: "industry", label: "Industry", kind: "select", options: INDUSTRIES, placeholder: "Choose…" },
        { name: "address", label: "Business address", kind: "textarea", autoComplete: "street-address" },
        { name: "postcode", label: "Postcode", kind: "text", autoComplete: "postal-code" },
        { name: "employees", label: "Number of employees", kind: "number", inputMode: "numeric", hint: "Enter 0 if it is just you." },
        { name: "annualRevenue", label: "Annual revenue (£)", kind: "number", inputMode: "decimal" },
      ],
    },
    { title: "Your cover", fields: [sumInsured("Contents, equipment and stock at your premises."), startDate] },
  ],
  home: [
    {
      title: "Your home",
      fields: [
        { name: "address", label: "Address", kind: "textarea", autoComplete: "street-address" },
        { name: "postcode", label: "Postcode", kind: "text", autoComplete: "postal-code" },
        { name: "propertyType", label: "Property type", kind: "select", options: PROPERTY_TYPES, placeholder: "Choose…" },
        { name: "yearBuilt", label: "Year built", kind: "number", inputMode: "numeric", hint: "A rough year is fine." },
        { name: "propertyValue", label: "Property value (£)", kind: "number", inputMode: "decimal" },
        { name: "securityFeatures", label: "Security features", kind: "checkboxes", options: SECURITY_FEATURES, hint: "Each one lowers the price." },
      ],
    },
    { title: "Your cover", fields: [sumInsured("Buildings and contents together, up to the property's value."), startDate] },
  ],
};

/** Starting values: empty fields, sensible defaults for choices that have one. */
export function formDefaults(type: PolicyType, today: string): Record<string, unknown> {
  const common = { type, sumInsured: "", startDate: today, termMonths: "12" };
  switch (type) {
    case "car":
      return {
        ...common,
        registration: "",
        make: "",
        model: "",
        year: "",
        vehicleValue: "",
        annualMileage: "",
        driverDateOfBirth: "",
        licenceYears: "",
        priorClaims: "0",
        educationLevel: "",
        occupation: "",
        hobbies: "",
        relationship: "",
        deductible: "500",
        combinedSingleLimit: "250/500",
        umbrellaLimit: "0",
      };
    case "bike":
      return { ...common, registration: "", make: "", model: "", year: "", engineSizeCc: "", vehicleValue: "" };
    case "travel":
      return { type, destination: "", region: "", departureDate: "", returnDate: "", travellers: "1", tripCost: "", reason: "", sumInsured: "2000000" };
    case "health":
      return { ...common, dateOfBirth: "", heightCm: "", weightKg: "", smoker: false, preExistingConditions: [], coverLevel: "" };
    case "business":
      return { ...common, companyName: "", industry: "", address: "", postcode: "", employees: "", annualRevenue: "" };
    case "home":
      return { ...common, address: "", postcode: "", propertyType: "", yearBuilt: "", propertyValue: "", securityFeatures: [] };
  }
}
