import type { Env } from "@/lib/env";
import type { SmsSender } from "@/lib/notifications/sms-sender";
import { createDevSmsSender } from "@/lib/notifications/dev-sms-sender";
import { createTwilioSmsSender } from "@/lib/notifications/twilio-sms-sender";
import { loggerFor } from "@/lib/logging/logger";

/** The path Twilio posts delivery receipts to (see app/api/notifications/twilio-status). */
export const TWILIO_STATUS_PATH = "/api/notifications/twilio-status";

/** True when all three Twilio settings are present. */
export function isTwilioConfigured(e: Pick<Env, "TWILIO_ACCOUNT_SID" | "TWILIO_AUTH_TOKEN" | "TWILIO_FROM">): boolean {
  return Boolean(e.TWILIO_ACCOUNT_SID && e.TWILIO_AUTH_TOKEN && e.TWILIO_FROM);
}

/** Twilio when configured, otherwise the development sink (with a warning if the settings are half-filled). */
export function createSmsSender(e: Env): SmsSender {
  if (isTwilioConfigured(e)) {
    return createTwilioSmsSender({
      accountSid: e.TWILIO_ACCOUNT_SID!,
      authToken: e.TWILIO_AUTH_TOKEN!,
      from: e.TWILIO_FROM!,
      apiBaseUrl: e.TWILIO_API_BASE_URL,
      statusCallbackUrl: e.TWILIO_STATUS_CALLBACK === "on" ? new URL(TWILIO_STATUS_PATH, e.APP_URL).toString() : undefined,
    });
  }
  if (e.TWILIO_ACCOUNT_SID || e.TWILIO_AUTH_TOKEN || e.TWILIO_FROM) {
    loggerFor("sms").warn("TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM must all be set to use Twilio; using the development sink.");
  }
  return createDevSmsSender();
}
