import { describe, expect, it } from "vitest";
import { accessLineLevel } from "@/lib/metrics/http-observer";

// Which requests get an access-log line (ACCESS_LOG_SAMPLE): successes may be sampled, errors never are.

describe("access-log sampling", () => {
  it("logs every request at the default share of 1", () => {
    expect(accessLineLevel("page", 200, 1, () => 0.999)).toBe("info");
    expect(accessLineLevel("action", 303, 1, () => 0.999)).toBe("info");
  });

  it("logs a success when the draw falls inside the share, and not otherwise", () => {
    expect(accessLineLevel("page", 200, 0.1, () => 0.05)).toBe("info");
    expect(accessLineLevel("page", 200, 0.1, () => 0.1)).toBeUndefined();
    expect(accessLineLevel("route", 204, 0, () => 0)).toBeUndefined();
  });

  it("always logs client and server errors, whatever the share", () => {
    expect(accessLineLevel("page", 404, 0, () => 0.999)).toBe("info");
    expect(accessLineLevel("action", 429, 0, () => 0.999)).toBe("info");
    expect(accessLineLevel("page", 500, 0, () => 0.999)).toBe("error");
  });

  it("keeps static assets at debug level, unsampled", () => {
    expect(accessLineLevel("static", 200, 0, () => 0.999)).toBe("debug");
  });
});
