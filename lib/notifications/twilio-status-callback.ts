import "server-only";
import twilio from "twilio";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isTwilioConfigured, TWILIO_STATUS_PATH } from "@/lib/notifications/create-sms-sender";
import { recordProviderStatus } from "@/lib/notifications/record-provider-status";
import { readBodyCapped } from "@/lib/http/read-body-capped";

/** A status callback is a dozen short form fields. */
const MAX_BODY_BYTES = 16 * 1024;

/**
 * Twilio delivery receipts (sent when TWILIO_STATUS_CALLBACK=on). Anyone can post here, so the request
 * must carry a valid X-Twilio-Signature: an HMAC of the public URL and the posted fields under our auth
 * token. The URL is rebuilt from APP_URL because behind a proxy the request's own URL is not what Twilio signed.
 */
export async function handleTwilioStatusCallback(request: Request): Promise<Response> {
  const e = env();
  if (!isTwilioConfigured(e) || e.TWILIO_STATUS_CALLBACK !== "on") return new Response("Not found", { status: 404 });
  const text = await readBodyCapped(request, MAX_BODY_BYTES);
  if (text === null) return new Response("Request body too large", { status: 413 });
  const params = Object.fromEntries(new URLSearchParams(text));
  const signature = request.headers.get("x-twilio-signature") ?? "";
  const url = new URL(TWILIO_STATUS_PATH, e.APP_URL).toString();
  if (!signature || !twilio.validateRequest(e.TWILIO_AUTH_TOKEN!, signature, url, params)) {
    return new Response("Invalid signature", { status: 403 });
  }
  const providerId = params.MessageSid ?? params.SmsSid;
  const providerStatus = params.MessageStatus ?? params.SmsStatus;
  if (!providerId || !providerStatus) return new Response("Missing MessageSid or MessageStatus", { status: 400 });
  await recordProviderStatus(db, { providerId, providerStatus, errorCode: params.ErrorCode });
  // Twilio only needs a 2xx; an unknown SID (e.g. a message from another system) is not an error to retry.
  return new Response(null, { status: 204 });
}
