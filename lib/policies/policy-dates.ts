import { addDays, addMonths, differenceInCalendarDays, differenceInYears, format, isValid, parseISO } from "date-fns";

/**
 * Policy dates are calendar dates ("2026-11-22"), not instants: the forms send them, the schemas check
 * them, and they are stored as UTC midnight. "Today" is the local calendar date of whoever checks
 * (browser or server); both run the same code, so the form and the server agree.
 */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function todayIso(now: Date = new Date()): string {
  return format(now, "yyyy-MM-dd");
}

export function isRealIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && isValid(parseISO(value)) && format(parseISO(value), "yyyy-MM-dd") === value;
}

export function addDaysIso(iso: string, days: number): string {
  return format(addDays(parseISO(iso), days), "yyyy-MM-dd");
}

/** The last day of cover for a term starting on `startIso`: 12 months from 22 Nov 2026 ends on 21 Nov 2027. */
export function lastDayOfTerm(startIso: string, termMonths: number): string {
  return format(addDays(addMonths(parseISO(startIso), termMonths), -1), "yyyy-MM-dd");
}

/** Days from `fromIso` to `toIso` (positive when `toIso` is later). */
export function daysBetween(fromIso: string, toIso: string): number {
  return differenceInCalendarDays(parseISO(toIso), parseISO(fromIso));
}

/** Whole years of age on a date. */
export function ageOn(dateOfBirthIso: string, onIso: string): number {
  return differenceInYears(parseISO(onIso), parseISO(dateOfBirthIso));
}

/** A calendar date as the instant stored in the database (UTC midnight), and back. */
export function isoToDbDate(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}
export function dbDateToIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const PEOPLE_DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
/** "22 November 2026" for a calendar date or a stored date. */
export function formatPolicyDate(value: string | Date): string {
  const d = typeof value === "string" ? isoToDbDate(value.slice(0, 10)) : value;
  return PEOPLE_DATE.format(d);
}
