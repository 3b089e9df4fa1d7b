import { z } from "zod";

export const FEEDBACK_TOPICS = [
  { value: "policy", label: "A policy" },
  { value: "claim", label: "A claim" },
  { value: "website", label: "This website" },
  { value: "other", label: "Something else" },
] as const;
export type FeedbackTopic = (typeof FEEDBACK_TOPICS)[number]["value"];
export const topicLabel = (t: string) => FEEDBACK_TOPICS.find((x) => x.value === t)?.label ?? t;

export const FEEDBACK_MIN = 10;
export const FEEDBACK_MAX = 2000;

/** The feedback form: one schema for the browser and the server action. */
export const feedbackSchema = z.object({
  topic: z.enum(FEEDBACK_TOPICS.map((t) => t.value) as [FeedbackTopic, ...FeedbackTopic[]], { message: "Choose what your feedback is about" }),
  policyId: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined)),
  message: z
    .string()
    .trim()
    .min(FEEDBACK_MIN, `Tell us a little more (at least ${FEEDBACK_MIN} characters)`)
    .max(FEEDBACK_MAX, `Keep it under ${FEEDBACK_MAX} characters`),
});
export type FeedbackInput = z.input<typeof feedbackSchema>;

/** An admin's reply; `resolve` closes the item as well. */
export const feedbackReplySchema = z.object({
  feedbackId: z.string().min(1),
  reply: z.string().trim().min(2, "Write a reply").max(FEEDBACK_MAX, `Keep it under ${FEEDBACK_MAX} characters`),
  resolve: z.boolean().default(false),
});
export type FeedbackReplyInput = z.input<typeof feedbackReplySchema>;

export const SENTIMENTS = ["positive", "neutral", "negative"] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

/** Short human reference for a feedback item (used in admin SMS and on screen). */
export const feedbackRef = (id: string) => `FB-${id.slice(-6).toUpperCase()}`;
