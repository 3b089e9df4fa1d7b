import { z } from "zod";
import { loggerFor } from "@/lib/logging/logger";

// Load .env for processes Next does not start (tsx scripts, the worker, vitest). Next loads it itself.
try {
  process.loadEnvFile();
} catch {
  /* no .env: defaults apply */
}

const DEV_SECRET = "dev-only-insecure-secret-change-me-0123456789";

const optional = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v.trim() : undefined));

/** An empty or blank environment value is treated as not set. */
const blankAsUnset = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1).default("file:./prisma/dev.db"),
  AUTH_SECRET: optional,
  APP_URL: z.url().default("http://localhost:3000"),
  SEED_ADMIN_EMAIL: z.email().default("admin@example.com"),
  SEED_ADMIN_PASSWORD: z.string().min(10).default("admin-password-123"),
  SEED_ADMIN_PHONE: z.string().default("+447911000001"),
  SEED_USER_EMAIL: z.email().default("holder@example.com"),
  SEED_USER_PASSWORD: z.string().min(10).default("holder-password-123"),
  SEED_USER_PHONE: z.string().default("+447911000002"),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().positive().default(20),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  /** Reverse proxies in front of the app that append the client's address to X-Forwarded-For (0: none, the app faces the internet). */
  TRUSTED_PROXY_COUNT: z.coerce.number().int().min(0).max(10).default(0),
  /** Absolute lifetime of a sign-in; using the site does not extend it. */
  SESSION_MAX_HOURS: z.coerce.number().int().positive().max(24 * 30).default(8),
  SIGNUP_MAX_PER_IP_PER_HOUR: z.coerce.number().int().positive().default(10),
  /** SMS caps, each counted per user and per phone number. */
  SMS_MAX_PER_HOUR: z.coerce.number().int().positive().default(10),
  SMS_MAX_PER_DAY: z.coerce.number().int().positive().default(30),
  /** Verification codes sent per user and per number per hour (they also count toward the caps above). */
  VERIFY_CODES_MAX_PER_HOUR: z.coerce.number().int().positive().default(3),
  /** At most one admin alert SMS per admin in this many minutes; 0 sends one per event. */
  ADMIN_ALERT_INTERVAL_MINUTES: z.coerce.number().int().min(0).default(15),
  /** Profile photos decoded at once per process (each decode may take ~100 MB and a core). */
  PHOTO_DECODES_MAX: z.coerce.number().int().positive().default(2),
  TWILIO_ACCOUNT_SID: optional,
  TWILIO_AUTH_TOKEN: optional,
  TWILIO_FROM: optional,
  TWILIO_API_BASE_URL: optional,
  TWILIO_STATUS_CALLBACK: z.enum(["on", "off"]).default("off"),
  WORKER_IN_APP: z.enum(["on", "off"]).default("on"),
  WORKER_POLL_MS: z.coerce.number().int().positive().default(2000),
  SCORING_API_REQUESTS_PER_MINUTE: z.coerce.number().int().positive().default(60),
  SCORING_API_MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(2 * 1024 * 1024),
  // Production operations (README "Deploying").
  METRICS_TOKEN: optional,
  // `.env.example` lists these empty ("" = the default), so an empty value means unset, as for `optional`
  LOG_LEVEL: z.preprocess(blankAsUnset, z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional()),
  LOG_FORMAT: z.preprocess(blankAsUnset, z.enum(["json", "pretty"]).optional()),
  REQUEST_ID_HEADER: optional.transform((v) => v?.toLowerCase()),
  /** Share (0 to 1) of successful requests that get an access-log line; 4xx and 5xx always do. Default 1: all. */
  ACCESS_LOG_SAMPLE: z.preprocess(blankAsUnset, z.coerce.number().min(0).max(1).default(1)),
  CLAIMS_AUTO_APPROVE_MAX_GBP: z.coerce.number().nonnegative().default(1000),
  // How long an app instance trusts its read of the active fraud model before asking the database again.
  MODEL_CACHE_SECONDS: z.coerce.number().min(0).max(300).default(5),
  ATTACHMENTS_DIR: optional,
});

export type Env = Omit<z.infer<typeof schema>, "LOG_LEVEL" | "LOG_FORMAT"> & {
  AUTH_SECRET: string;
  usingDevSecret: boolean;
  LOG_LEVEL: NonNullable<z.infer<typeof schema>["LOG_LEVEL"]>;
  LOG_FORMAT: NonNullable<z.infer<typeof schema>["LOG_FORMAT"]>;
};

// Said once the configuration is cached: the logger reads the configuration too.
const pendingWarnings: string[] = [];

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid configuration (check .env):\n${issues}`);
  }
  const e = parsed.data;
  const usingDevSecret = !e.AUTH_SECRET;
  // The development secret is public (it is in this file): anyone could forge session cookies and QR
  // signatures with it. A production server refuses it; `npm run setup` writes a random one into .env.
  // (`next build` also runs with NODE_ENV=production but signs nothing, so it may proceed.)
  if (e.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build") {
    if (usingDevSecret) throw new Error("Invalid configuration: AUTH_SECRET is not set. Run `npm run setup` (it writes one into .env) or set AUTH_SECRET (openssl rand -base64 32).");
    if (e.AUTH_SECRET!.length < 32 || e.AUTH_SECRET === DEV_SECRET) throw new Error("Invalid configuration: AUTH_SECRET must be at least 32 characters and not the development secret.");
  }
  if (usingDevSecret && e.NODE_ENV !== "test") {
    pendingWarnings.push("AUTH_SECRET is not set: using the built-in development secret.");
  }
  // next-auth v4 builds its redirect and callback URLs from NEXTAUTH_URL; keep it in step with APP_URL.
  process.env.NEXTAUTH_URL ??= e.APP_URL;
  return {
    ...e,
    AUTH_SECRET: e.AUTH_SECRET ?? DEV_SECRET,
    usingDevSecret,
    // Tests stay quiet unless asked; people read development logs, machines read production ones.
    LOG_LEVEL: e.LOG_LEVEL ?? (e.NODE_ENV === "test" ? "silent" : "info"),
    LOG_FORMAT: e.LOG_FORMAT ?? (e.NODE_ENV === "development" ? "pretty" : "json"),
  };
}

let cached: Env | undefined;
/** Validated configuration; read once per process. */
export function env(): Env {
  if (!cached) {
    cached = load();
    for (const w of pendingWarnings.splice(0)) loggerFor("config").warn(w);
  }
  return cached;
}
