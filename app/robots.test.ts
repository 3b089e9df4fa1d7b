import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import robots from "./robots";
import manifest from "./manifest";

describe("robots.txt and the web app manifest", () => {
  it("keeps verification pages, the admin area, account pages and APIs out of search engines", () => {
    const rules = [robots().rules].flat();
    const disallowed = rules.flatMap((r) => [r.disallow ?? []].flat());
    for (const p of ["/verify/", "/admin", "/api/", "/policies", "/claims", "/profile"]) expect(disallowed).toContain(p);
    expect(rules.flatMap((r) => [r.allow ?? []].flat())).toContain("/info");
  });

  it("names icons that exist in public/", () => {
    const icons = manifest().icons ?? [];
    expect(icons.length).toBeGreaterThanOrEqual(2);
    for (const icon of icons) expect(fs.existsSync(path.join("public", icon.src))).toBe(true);
  });
});
