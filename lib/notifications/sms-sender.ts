/** One outbox row as a sender sees it: who, what, and when it was recorded (bounds the look-up window). */
export type OutgoingSms = { notificationId: string; to: string; body: string; createdAt: Date };

/** What a provider said about a message it accepted. */
export type ProviderReceipt = { provider: string; providerId: string; providerStatus?: string };

/**
 * A way to send SMS. `send` either returns the provider's receipt or throws an SmsSendError that says
 * whether trying again could help. `findSent` asks the provider which messages it already holds for this
 * recipient and text since the row was recorded (oldest first): the worker calls it before any retry, so a
 * message the provider accepted but the worker never recorded (crash, timeout) is not sent twice.
 */
export interface SmsSender {
  readonly name: string;
  send(sms: OutgoingSms): Promise<ProviderReceipt>;
  findSent(sms: OutgoingSms): Promise<ProviderReceipt[]>;
}

/** A failed send. `permanent` failures (invalid or unsubscribed number) are not retried. */
export class SmsSendError extends Error {
  constructor(
    message: string,
    public readonly permanent: boolean,
    public readonly status?: number,
    public readonly code?: number | string,
  ) {
    super(message);
    this.name = "SmsSendError";
  }
}

/**
 * Sorts an HTTP answer into retry or give up. 429, 5xx and timeouts are transient; other 4xx describe the
 * request itself (e.g. Twilio 21211 invalid number, 21610 unsubscribed) and would fail again. 401/403 are
 * treated as transient: they mean our credentials are wrong, which an operator can fix, not the message.
 */
export function isPermanentHttpStatus(status: number | undefined): boolean {
  if (status === undefined) return false;
  if (status === 401 || status === 403 || status === 408 || status === 429) return false;
  return status >= 400 && status < 500;
}
