import { addDaysIso, todayIso } from "@/lib/policies/policy-dates";
import type { PolicyType } from "@/lib/policies/policy-types";

/**
 * One valid form submission per type, as the browser sends it (strings, pounds), with dates
 * relative to `now`. Used by the unit and integration tests.
 */
export function examplePolicyInput(type: PolicyType, now: Date = new Date()): Record<string, unknown> {
  const today = todayIso(now);
  const yearsAgo = (n: number) => `${Number(today.slice(0, 4)) - n}${today.slice(4)}`;
  const common = { sumInsured: "", startDate: today, termMonths: "12" };
  switch (type) {
    case "car":
      return {
        type,
        ...common,
        registration: "ab12 cde",
        make: "Ford",
        model: "Focus",
        year: "2019",
        vehicleValue: "12,000",
        annualMileage: "8000",
        driverDateOfBirth: yearsAgo(40),
        licenceYears: "20",
        priorClaims: "0",
        educationLevel: "College",
        occupation: "sales",
        hobbies: "chess",
        relationship: "husband",
        deductible: "500",
        combinedSingleLimit: "250/500",
        umbrellaLimit: "0",
        sumInsured: "12000",
      };
    case "bike":
      return { type, ...common, registration: "BK21XYZ", make: "Honda", model: "CB500F", year: "2021", engineSizeCc: "471", vehicleValue: "5500", sumInsured: "5000" };
    case "travel":
      return {
        type,
        destination: "Spain",
        region: "europe",
        departureDate: addDaysIso(today, 10),
        returnDate: addDaysIso(today, 17),
        travellers: "2",
        tripCost: "1200",
        reason: "holiday",
        sumInsured: "2000000",
      };
    case "health":
      return { type, ...common, dateOfBirth: yearsAgo(35), heightCm: "175", weightKg: "72", smoker: false, preExistingConditions: [], coverLevel: "standard", sumInsured: "1000000" };
    case "business":
      return {
        type,
        ...common,
        companyName: "Acme Widgets Ltd",
        industry: "retail",
        address: "1 High Street, Leeds",
        postcode: "ls1 4ap",
        employees: "8",
        annualRevenue: "750000",
        sumInsured: "150000",
      };
    case "home":
      return {
        type,
        ...common,
        address: "14 Orchard Lane, Bristol",
        postcode: "BS6 5AB",
        propertyType: "house",
        yearBuilt: "1934",
        propertyValue: "365000",
        securityFeatures: ["burglar-alarm"],
        sumInsured: "300000",
      };
  }
}
