import { describe, expect, it } from "vitest";
import { filterToQuery, parseClaimsFilter, parsePage } from "./claims-filter";

describe("claims desk filters from the URL", () => {
  it("keeps real values and upper-cases the number search", () => {
    expect(parseClaimsFilter({ status: "UNDER_REVIEW", type: "car", decision: "investigate", from: "2026-11-01", to: "2026-11-30", q: " clm-7f3k " })).toEqual({
      status: "UNDER_REVIEW",
      type: "car",
      decision: "investigate",
      from: "2026-11-01",
      to: "2026-11-30",
      q: "CLM-7F3K",
    });
  });

  it("reads URLSearchParams and repeated keys the same way", () => {
    expect(parseClaimsFilter(new URLSearchParams("status=PAID&type=home"))).toMatchObject({ status: "PAID", type: "home" });
    expect(parseClaimsFilter({ status: ["REJECTED", "PAID"] }).status).toBe("REJECTED");
  });

  it("drops unknown statuses, types, impossible dates and empty searches", () => {
    const f = parseClaimsFilter({ status: "under_review", type: "boat", decision: "yes", from: "2026-02-30", to: "31/12/2026", q: "   " });
    expect(Object.values(f).filter((v) => v !== undefined)).toEqual([]);
  });

  it("parses the page: a positive whole number, else 1", () => {
    expect(parsePage({ page: "3" })).toBe(3);
    for (const bad of ["0", "-2", "1.5", "abc", undefined, "9999999"]) expect(parsePage({ page: bad })).toBe(1);
  });

  it("writes a filter back as a query string without empty values", () => {
    expect(filterToQuery({ status: "APPROVED", type: undefined, q: "", page: 2 })).toBe("?status=APPROVED&page=2");
    expect(filterToQuery({})).toBe("");
  });
});
