// Server-side only by use (imported from lib/auth/create-account and lib/profile): the "max" metadata that
// getNumberType() needs is ~150 kB, too much for the browser, which keeps the lighter format check.
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { DEFAULT_PHONE_REGION } from "@/lib/auth/schemas";

/** Number types that can receive our texts. FIXED_LINE_OR_MOBILE is how North American numbers come back. */
const TEXTABLE = new Set(["MOBILE", "FIXED_LINE_OR_MOBILE"]);
/** Types that cost the sender extra or pay the recipient: the classic SMS-pumping targets. */
const COSTLY = new Set(["PREMIUM_RATE", "SHARED_COST", "UAN", "PERSONAL_NUMBER", "VOIP"]);

/**
 * Why this number must not receive our texts, or null when it may. Only mobile numbers are accepted:
 * premium-rate, shared-cost, personal (070) and similar numbers are refused (SMS pumping charges the sender
 * for every text), as are landlines and toll-free numbers (they cannot receive texts). Short codes never
 * get here: they are not valid phone numbers, so the format check refuses them first.
 */
export function smsNumberProblem(phone: string): string | null {
  const parsed = parsePhoneNumberFromString(phone, DEFAULT_PHONE_REGION);
  if (!parsed || !parsed.isValid()) return "Enter a valid mobile number, e.g. 07911 123456 or +44 7911 123456";
  const type = parsed.getType();
  if (type && TEXTABLE.has(type)) return null;
  if (type && COSTLY.has(type)) return "Premium-rate, shared-cost and personal numbers cannot receive our texts. Enter your mobile number.";
  if (type === "FIXED_LINE" || type === "TOLL_FREE") return "That looks like a landline. Enter a mobile number that can receive texts.";
  return "Enter a mobile number that can receive texts.";
}
