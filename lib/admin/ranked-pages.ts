/**
 * Paging over a list made of ranked groups (e.g. "Under review first, then the rest", each group in
 * the same database order): given how many rows each group has and the page wanted, which slice of
 * each group that page holds. Each slice becomes one query with its own skip/take, so the database
 * sorts and pages and nothing is sorted in memory after a `take`.
 */
export function sliceRankedGroups(groupCounts: number[], offset: number, pageSize: number): { group: number; skip: number; take: number }[] {
  const out: { group: number; skip: number; take: number }[] = [];
  let start = 0;
  let wanted = pageSize;
  let from = Math.max(0, offset);
  for (let group = 0; group < groupCounts.length && wanted > 0; group++) {
    const count = groupCounts[group];
    const end = start + count;
    if (from < end) {
      const skip = from - start;
      const take = Math.min(wanted, count - skip);
      out.push({ group, skip, take });
      wanted -= take;
      from += take;
    }
    start = end;
  }
  return out;
}

export type PageInfo = { total: number; page: number; pageCount: number; pageSize: number };

/** Clamps a requested 1-based page to the pages that exist and gives its offset. */
export function pageInfo(total: number, page: number, pageSize: number): PageInfo & { offset: number } {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  return { total, page: current, pageCount, pageSize, offset: (current - 1) * pageSize };
}
