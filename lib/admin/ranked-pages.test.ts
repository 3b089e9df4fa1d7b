import { describe, expect, it } from "vitest";
import { pageInfo, sliceRankedGroups } from "./ranked-pages";

describe("sliceRankedGroups", () => {
  it("reads a page from the first group only while it lasts", () => {
    expect(sliceRankedGroups([30, 100], 0, 25)).toEqual([{ group: 0, skip: 0, take: 25 }]);
  });
  it("straddles the boundary: the end of one group, then the start of the next", () => {
    expect(sliceRankedGroups([30, 100], 25, 25)).toEqual([
      { group: 0, skip: 25, take: 5 },
      { group: 1, skip: 0, take: 20 },
    ]);
  });
  it("continues in later groups with the right skip, skipping empty groups", () => {
    expect(sliceRankedGroups([30, 0, 100], 50, 25)).toEqual([{ group: 2, skip: 20, take: 25 }]);
  });
  it("gives a short last page and nothing past the end", () => {
    expect(sliceRankedGroups([3, 4], 5, 25)).toEqual([{ group: 1, skip: 2, take: 2 }]);
    expect(sliceRankedGroups([3, 4], 25, 25)).toEqual([]);
  });
  it("pages cover every row exactly once", () => {
    const counts = [7, 0, 13, 5];
    const seen: string[] = [];
    for (let offset = 0; offset < 25; offset += 4) for (const s of sliceRankedGroups(counts, offset, 4)) for (let i = 0; i < s.take; i++) seen.push(`${s.group}:${s.skip + i}`);
    expect(seen.length).toBe(25);
    expect(new Set(seen).size).toBe(25);
  });
});

describe("pageInfo", () => {
  it("clamps the page to the pages that exist", () => {
    expect(pageInfo(51, 3, 25)).toEqual({ total: 51, page: 3, pageCount: 3, pageSize: 25, offset: 50 });
    expect(pageInfo(51, 9, 25).page).toBe(3);
    expect(pageInfo(0, 2, 25)).toMatchObject({ page: 1, pageCount: 1, offset: 0 });
    expect(pageInfo(10, -4, 25).page).toBe(1);
  });
});
