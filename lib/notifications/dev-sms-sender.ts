import { randomUUID } from "node:crypto";
import type { OutgoingSms, ProviderReceipt, SmsSender } from "@/lib/notifications/sms-sender";
import { loggerFor } from "@/lib/logging/logger";

/**
 * The sender used when Twilio is not configured: it logs the SMS and reports it as sent with provider
 * "dev", so the whole app (outbox, worker, notification pages) works with no credentials. Through the app's
 * logger the number is masked like every phone number in the logs (`to=+44 ••• ••• 002`); the body is shown.
 */
export function createDevSmsSender(log: (line: string) => void = (l) => loggerFor("sms").info(l)): SmsSender {
  return {
    name: "dev",
    async send(sms: OutgoingSms): Promise<ProviderReceipt> {
      log(`[sms:dev] to=${sms.to} body=${JSON.stringify(sms.body)}`);
      return { provider: "dev", providerId: `dev-${randomUUID()}`, providerStatus: "logged" };
    },
    // The log is not a mailbox: nothing to look up, and a repeated dev line harms no one.
    async findSent(): Promise<ProviderReceipt[]> {
      return [];
    },
  };
}
