import twilio from "twilio";
import { isPermanentHttpStatus, SmsSendError, type OutgoingSms, type ProviderReceipt, type SmsSender } from "@/lib/notifications/sms-sender";

export type TwilioConfig = {
  accountSid: string;
  authToken: string;
  /** An E.164 sending number, or a Messaging Service SID (MG…). */
  from: string;
  /** Another API host (Twilio-compatible gateway, the tests' local fake). */
  apiBaseUrl?: string;
  /** Where Twilio should post delivery receipts; omitted unless TWILIO_STATUS_CALLBACK=on. */
  statusCallbackUrl?: string;
};

// Well under the worker's lease (60 s), so a slow request ends before another worker may reclaim the row.
const REQUEST_TIMEOUT_MS = 15_000;
// How far back (before the row was recorded) a provider message still counts as this row's: clock skew.
const LOOKUP_SKEW_MS = 5 * 60_000;
const LOOKUP_LIMIT = 50;

/** The real twilio client, sending through the Messages API. */
export function createTwilioSmsSender(config: TwilioConfig): SmsSender {
  const client = twilio(config.accountSid, config.authToken, { timeout: REQUEST_TIMEOUT_MS, autoRetry: false });
  // Every Messages call (create and list) goes through the api domain, so moving its base URL moves both.
  if (config.apiBaseUrl) client.api.baseUrl = config.apiBaseUrl.replace(/\/+$/, "");
  const sender = config.from.startsWith("MG") ? { messagingServiceSid: config.from } : { from: config.from };

  return {
    name: "twilio",
    async send(sms: OutgoingSms): Promise<ProviderReceipt> {
      try {
        const m = await client.messages.create({
          to: sms.to,
          body: sms.body,
          ...sender,
          ...(config.statusCallbackUrl ? { statusCallback: config.statusCallbackUrl } : {}),
        });
        return { provider: "twilio", providerId: m.sid, providerStatus: m.status };
      } catch (err) {
        throw toSmsSendError(err);
      }
    },

    // Twilio has no idempotency key for Messages, so "did we already send this?" is answered by listing the
    // recipient's recent messages and matching the exact text created since the row was recorded. The date
    // is filtered here rather than with DateSent>, because a message Twilio accepted but has not sent yet
    // has no date_sent and would be missed by that filter.
    async findSent(sms: OutgoingSms): Promise<ProviderReceipt[]> {
      try {
        const since = sms.createdAt.getTime() - LOOKUP_SKEW_MS;
        const messages = await client.messages.list({ to: sms.to, limit: LOOKUP_LIMIT, pageSize: LOOKUP_LIMIT });
        return messages
          .filter((m) => m.body === sms.body && (m.dateCreated ? m.dateCreated.getTime() >= since : true))
          .sort((a, b) => (a.dateCreated?.getTime() ?? 0) - (b.dateCreated?.getTime() ?? 0))
          .map((m) => ({ provider: "twilio", providerId: m.sid, providerStatus: m.status }));
      } catch (err) {
        // A failed look-up never means "not sent": the caller must not send blind, so this is always transient.
        const e = toSmsSendError(err);
        throw new SmsSendError(`Could not check for an earlier send: ${e.message}`, false, e.status, e.code);
      }
    },
  };
}

function toSmsSendError(err: unknown): SmsSendError {
  if (err instanceof SmsSendError) return err;
  const e = err as { status?: unknown; code?: unknown; message?: unknown };
  const status = typeof e?.status === "number" ? e.status : undefined;
  const code = typeof e?.code === "number" || typeof e?.code === "string" ? e.code : undefined;
  const message = typeof e?.message === "string" && e.message ? e.message : String(err);
  const label = status ? `Twilio ${status}${code !== undefined ? ` (${code})` : ""}: ${message}` : `Network error: ${message}`;
  return new SmsSendError(label.slice(0, 500), isPermanentHttpStatus(status), status, code);
}
