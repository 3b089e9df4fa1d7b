import { opts, values } from "@/lib/policies/field-options";

/*
 * The choices offered by the claim form: stored `value`s are the motor fraud model's own codes (it
 * was trained on the public auto-insurance benchmark, so these are its category values), with
 * labels for people in the UK. Shared by the schema, the form and the claim pages.
 */

export const INCIDENT_TYPES = opts([
  ["Multi-vehicle Collision", "Collision involving two or more other vehicles"],
  ["Single Vehicle Collision", "Collision involving my vehicle alone or one other"],
  ["Vehicle Theft", "Vehicle stolen or broken into"],
  ["Parked Car", "Damaged while parked"],
] as const);

export const COLLISION_TYPES = opts([
  ["Front Collision", "Front of the vehicle"],
  ["Rear Collision", "Rear of the vehicle"],
  ["Side Collision", "Side of the vehicle"],
] as const);

export const SEVERITIES = opts([
  ["Trivial Damage", "Trivial (scratches, scuffs)"],
  ["Minor Damage", "Minor (still driveable)"],
  ["Major Damage", "Major (not driveable)"],
  ["Total Loss", "Total loss (written off)"],
] as const);

export const AUTHORITIES = opts([
  ["Police", "Police"],
  ["Fire", "Fire and rescue service"],
  ["Ambulance", "Ambulance"],
  ["Other", "Someone else (e.g. the council)"],
  ["None", "No one"],
] as const);

/** UK nations and English regions, stored as their names. */
export const UK_REGIONS = opts([
  ["North East", "North East England"],
  ["North West", "North West England"],
  ["Yorkshire and the Humber", "Yorkshire and the Humber"],
  ["East Midlands", "East Midlands"],
  ["West Midlands", "West Midlands"],
  ["East of England", "East of England"],
  ["London", "London"],
  ["South East", "South East England"],
  ["South West", "South West England"],
  ["Wales", "Wales"],
  ["Scotland", "Scotland"],
  ["Northern Ireland", "Northern Ireland"],
] as const);

export const YES_NO = opts([
  ["yes", "Yes"],
  ["no", "No"],
] as const);

/** Hours of the day as people read them: "00:00 to 00:59 (midnight)" … "23:00 to 23:59". */
export const INCIDENT_HOURS = Array.from({ length: 24 }, (_, h) => {
  const hh = String(h).padStart(2, "0");
  const suffix = h === 0 ? " (around midnight)" : h === 12 ? " (around midday)" : "";
  return { value: String(h), label: `${hh}:00 to ${hh}:59${suffix}` };
});

export const INCIDENT_TYPE_VALUES = values(INCIDENT_TYPES);
export const COLLISION_TYPE_VALUES = values(COLLISION_TYPES);
export const SEVERITY_VALUES = values(SEVERITIES);
export const AUTHORITY_VALUES = values(AUTHORITIES);
export const UK_REGION_VALUES = values(UK_REGIONS);

/** Incident types that are collisions (the only ones that ask which part of the vehicle was hit). */
export const COLLISION_INCIDENTS: readonly string[] = ["Multi-vehicle Collision", "Single Vehicle Collision"];
