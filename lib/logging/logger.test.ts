import { describe, expect, it } from "vitest";
import { createAccessLogger, createLogger, prettyDestination } from "@/lib/logging/logger";
import { runWithRequestId, chooseRequestId } from "@/lib/logging/request-context";

function capture() {
  const lines: Record<string, unknown>[] = [];
  return { lines, destination: { write: (s: string) => void lines.push(JSON.parse(s)) } };
}

describe("the app logger", () => {
  it("removes secrets and masks personal data at the configured paths", () => {
    const { lines, destination } = capture();
    const log = createLogger({ level: "info", destination });
    log.info(
      { password: "hunter2-hunter2", token: "tok_123", user: { email: "jane.doe@example.com", phone: "+447911123456", passwordHash: "$argon2id$…" }, headers: { cookie: "next-auth.session-token=abc", authorization: "Bearer xyz" }, toPhone: "+447700900123", policyNumber: "SG-1" },
      "signed in",
    );
    const line = lines[0];
    expect(line).toMatchObject({
      msg: "signed in",
      password: "[redacted]",
      token: "[redacted]",
      user: { email: "j•••@example.com", phone: "+44 ••• ••• 456", passwordHash: "[redacted]" },
      headers: { cookie: "[redacted]", authorization: "[redacted]" },
      toPhone: "+44 ••• ••• 123",
      policyNumber: "SG-1",
    });
    expect(JSON.stringify(line)).not.toMatch(/hunter2|tok_123|jane\.doe|447911123456|xyz|abc/);
  });

  it("masks emails and phone numbers inside messages and errors", () => {
    const { lines, destination } = capture();
    const log = createLogger({ level: "info", destination });
    log.info("[sms:dev] to=+447911000002 body=\"hello\"");
    log.error({ err: new Error("Twilio refused +447911000003 for ann@example.org") }, "send failed");
    expect(lines[0].msg).toBe("[sms:dev] to=+44 ••• ••• 002 body=\"hello\"");
    const err = lines[1].err as { message: string; stack: string; type: string };
    expect(err.message).toBe("Twilio refused +44 ••• ••• 003 for a•••@example.org");
    expect(err.stack).not.toContain("ann@example.org");
    expect(err.type).toBe("Error");
  });

  it("adds the current request id and the capability of child loggers", () => {
    const { lines, destination } = capture();
    const log = createLogger({ level: "info", destination }).child({ capability: "policies" });
    runWithRequestId("req-123", () => log.info("inside"));
    log.info("outside");
    expect(lines[0]).toMatchObject({ requestId: "req-123", capability: "policies", level: "info", msg: "inside" });
    expect(lines[1].requestId).toBeUndefined();
  });

  it("writes access lines with the request id it is given, the http capability and the level", () => {
    const { lines, destination } = capture();
    const access = createAccessLogger({ level: "info", destination });
    const line = { requestId: "req-9", method: "GET", route: "/policies/[id]", kind: "page", status: 200, ms: 4 };
    runWithRequestId("other-id", () => access.info(line));
    access.debug({ ...line, kind: "static" });
    access.error({ ...line, status: 500 });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ ...line, capability: "http", level: "info", msg: "request" });
    expect(typeof lines[0].time).toBe("string");
    expect(lines[1]).toMatchObject({ status: 500, level: "error", msg: "request" });
  });

  it("respects the level", () => {
    const { lines, destination } = capture();
    const log = createLogger({ level: "warn", destination });
    log.info("quiet");
    log.warn("loud");
    expect(lines.map((l) => l.msg)).toEqual(["loud"]);
  });

  it("prints one readable line in the pretty format, still masked", () => {
    let out = "";
    const log = createLogger({ level: "info", format: "pretty", destination: prettyDestination({ write: (s: string) => (out += s) }) }).child({ capability: "sms" });
    log.info("[sms:dev] to=+447911000002 body=\"Your policy is active\"");
    expect(out).toMatch(/^\d\d:\d\d:\d\d INFO  \[sms\] \[sms:dev\] to=\+44 ••• ••• 002 body="Your policy is active"\n$/);
  });
});

describe("request ids", () => {
  it("takes the platform's id only from the configured header, and only when it looks like an id", () => {
    expect(chooseRequestId({ "x-amzn-trace-id": "Root=1-67891233-abcdef012345678912345678" }, "x-amzn-trace-id")).toBe("Root=1-67891233-abcdef012345678912345678");
    expect(chooseRequestId({ "x-request-id": "client-chosen" }, undefined)).not.toBe("client-chosen");
    expect(chooseRequestId({ "x-request-id": "bad id\nwith newline" }, "x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(chooseRequestId({}, "x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
