import pino, { type DestinationStream, type Logger, type LoggerOptions } from "pino";
import { env } from "@/lib/env";
import { maskEmail, maskPersonalData } from "@/lib/logging/mask";
import { maskPhone } from "@/lib/notifications/mask-phone";
import { currentRequestId } from "@/lib/logging/request-context";

export type { Logger } from "pino";
export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
export type LogFormat = "json" | "pretty";

// Keys whose values are personal data: masked, still recognisable (the same number gives the same mask).
const PHONE_KEYS = ["phone", "toPhone", "to"];
const EMAIL_KEYS = ["email"];
// Keys whose values are secrets: never logged at all.
const SECRET_KEYS = ["password", "passwordHash", "token", "authToken", "apiKey", "secret", "authorization", "cookie", "set-cookie"];

/** Paths pino redacts in every log line (top level and one level down, e.g. `user.email`, `headers.cookie`). */
export const REDACTED_PATHS = [...PHONE_KEYS, ...EMAIL_KEYS, ...SECRET_KEYS].flatMap((k) => {
  const key = /^[A-Za-z_$][\w$]*$/.test(k) ? k : `["${k}"]`;
  return [key, `*.${key}`.replace(".[", "[")];
});

function censor(value: unknown, path: string[]): unknown {
  const key = path[path.length - 1];
  if (typeof value === "string" && PHONE_KEYS.includes(key)) return maskPhone(value);
  if (typeof value === "string" && EMAIL_KEYS.includes(key)) return maskEmail(value);
  if (value === undefined || value === null) return value;
  return "[redacted]";
}

function maskedError(err: unknown) {
  const s = pino.stdSerializers.err(err as Error) as { message?: string; stack?: string } & Record<string, unknown>;
  if (typeof s.message === "string") s.message = maskPersonalData(s.message);
  if (typeof s.stack === "string") s.stack = maskPersonalData(s.stack);
  return s;
}

const LEVEL_NAMES: Record<number, string> = { 10: "TRACE", 20: "DEBUG", 30: "INFO", 40: "WARN", 50: "ERROR", 60: "FATAL" };

/**
 * A one-line human format for development (`12:00:01 INFO  [worker] message {extra}`), written in process: no
 * transport worker thread and no extra dependency. Production logs stay JSON.
 */
export function prettyDestination(out: { write: (s: string) => unknown } = process.stdout): DestinationStream {
  return {
    write(line: string) {
      try {
        const { time, level, msg, capability, pid: _pid, hostname: _host, ...rest } = JSON.parse(line) as Record<string, unknown>;
        const t = typeof time === "string" ? time.slice(11, 19) : "";
        const extra = Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : "";
        out.write(`${t} ${(LEVEL_NAMES[level as number] ?? String(level)).padEnd(5)} ${capability ? `[${capability}] ` : ""}${msg ?? ""}${extra}\n`);
      } catch {
        out.write(line);
      }
    },
  };
}

export type CreateLoggerOptions = { level: LogLevel; format?: LogFormat; destination?: DestinationStream };

/** What every logger of the app shares: level, pid, ISO time, the level's name (or number for the pretty printer), output. */
function common({ level, format = "json", destination }: CreateLoggerOptions): { options: LoggerOptions; dest: DestinationStream } {
  return {
    options: {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label, number) => (format === "pretty" ? { level: number } : { level: label }) },
    },
    dest: destination ?? (format === "pretty" ? prettyDestination() : pino.destination({ dest: 1, sync: true })),
  };
}

/**
 * The app's logger: JSON lines (pino) with the current request id, personal data masked (phone and email
 * keys, and any email address or international number inside messages and errors) and secrets removed.
 */
export function createLogger(opts: CreateLoggerOptions): Logger {
  const { options, dest } = common(opts);
  return pino(
    {
      ...options,
      redact: { paths: REDACTED_PATHS, censor },
      serializers: { err: maskedError, error: maskedError },
      mixin() {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      hooks: {
        // Free-text messages may quote an address or number (an error from a provider, a form value).
        logMethod(args, method) {
          const masked = args.map((a) => (typeof a === "string" ? maskPersonalData(a) : a)) as typeof args;
          return method.apply(this, masked);
        },
      },
    },
    dest,
  );
}

/** One access-log line: only these fields, all built by the request observer (never a raw path, query or header). */
export type AccessLine = { requestId: string; method: string; route: string; kind: string; status: number; ms: number };

/**
 * The access log (`capability: "http"`, `"msg":"request"`), the one line written for every request: the same
 * level, format and output as the app's logger, without its redaction, message masking and request-context
 * lookup. Its lines hold only the AccessLine fields (the route pattern, never the path), which contain nothing
 * to mask, and the request id is passed in; so typing the line as AccessLine is what keeps it safe to log.
 */
export function createAccessLogger(opts: CreateLoggerOptions): { info: (l: AccessLine) => void; debug: (l: AccessLine) => void; error: (l: AccessLine) => void } {
  const { options, dest } = common(opts);
  const log = pino({ ...options, base: { pid: process.pid, capability: "http" } }, dest);
  return { info: (l) => log.info(l, "request"), debug: (l) => log.debug(l, "request"), error: (l) => log.error(l, "request") };
}

// One root logger per process (kept on globalThis: Next evaluates modules once per bundle).
const KEY = Symbol.for("safeguard.logger");
type Holder = { root?: Logger; access?: ReturnType<typeof createAccessLogger>; children: Map<string, Logger> };
const holder: Holder = ((globalThis as Record<symbol, unknown>)[KEY] ??= { children: new Map() }) as Holder;

/** The process-wide root logger, configured from LOG_LEVEL and LOG_FORMAT on first use. */
export function rootLogger(): Logger {
  if (holder.root) return holder.root;
  const e = env(); // before the check below: reading the configuration may itself log a warning
  holder.root ??= createLogger({ level: e.LOG_LEVEL, format: e.LOG_FORMAT });
  return holder.root;
}

/** The process-wide access log (see createAccessLogger), configured like rootLogger(). */
export function accessLogger(): ReturnType<typeof createAccessLogger> {
  if (holder.access) return holder.access;
  const e = env();
  holder.access ??= createAccessLogger({ level: e.LOG_LEVEL, format: e.LOG_FORMAT });
  return holder.access;
}

/** A child logger whose lines say which capability wrote them (`{"capability":"notifications",…}`). */
export function loggerFor(capability: string): Logger {
  let child = holder.children.get(capability);
  if (!child) {
    child = rootLogger().child({ capability });
    holder.children.set(capability, child);
  }
  return child;
}
