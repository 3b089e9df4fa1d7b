import { maskPhone } from "@/lib/notifications/mask-phone";

/** "jane.doe@example.com" → "j•••@example.com": the domain helps support, the person stays private. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return "•••";
  return `${email[0]}•••${email.slice(at)}`;
}

// An email address anywhere in free text.
const EMAIL_IN_TEXT = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// A phone number in international form (+ and 8–15 digits, optionally grouped by single spaces or dashes),
// which is how the app stores them (E.164). Bare digit runs are left alone: ids, amounts and times are too.
const PHONE_IN_TEXT = /\+\d(?:[ -]?\d){7,14}/g;

/** Masks every email address and international phone number inside a log message or error text. */
export function maskPersonalData(text: string): string {
  return text.replace(EMAIL_IN_TEXT, (m) => maskEmail(m)).replace(PHONE_IN_TEXT, (m) => maskPhone(m.replace(/[ -]/g, "")));
}
