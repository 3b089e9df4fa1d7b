import { handleTwilioStatusCallback } from "@/lib/notifications/twilio-status-callback";

/** Twilio delivery receipts: signature-checked and recorded by lib/notifications (see handleTwilioStatusCallback). */
export async function POST(request: Request): Promise<Response> {
  return handleTwilioStatusCallback(request);
}
