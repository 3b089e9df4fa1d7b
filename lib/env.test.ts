import { afterEach, describe, expect, it, vi } from "vitest";
import fs from "node:fs";
import { parseEnv } from "node:util";

// README: "To change anything, `cp .env.example .env` and edit". The copied file, untouched, must load;
// its empty values mean "use the default".
describe("configuration from a copy of .env.example", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    vi.resetModules();
  });

  it("loads, and the values left empty take their defaults", async () => {
    const example = parseEnv(fs.readFileSync(".env.example", "utf8"));
    process.env = { ...saved, ...example, NODE_ENV: "test" };
    vi.resetModules();
    const { env } = await import("@/lib/env");
    const e = env();
    expect(example.LOG_LEVEL).toBe("");
    expect(e.LOG_LEVEL).toBe("silent");
    expect(e.LOG_FORMAT).toBe("json");
  });
});
