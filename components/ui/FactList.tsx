import type { ReactNode } from "react";

/** One row of a FactList: what it is, and its value. */
export type Fact = readonly [label: string, value: ReactNode];

/** Key/value facts (a policy's cover, a claim's details …) as a description list, one row a fact. */
export function FactList({ rows, testId }: { rows: readonly Fact[]; testId?: string }) {
  return (
    <dl className="mt-3 divide-y divide-slate-100" data-testid={testId}>
      {rows.map(([label, value]) => (
        <div key={label} className="grid grid-cols-2 gap-2 py-2 text-sm">
          <dt className="text-slate-600">{label}</dt>
          <dd className="font-medium break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Rows of `{ label, value }` (a policy's or claim's `detailRows`) as facts. */
export const factsFrom = (rows: readonly { label: string; value: string }[]): Fact[] => rows.map((r) => [r.label, r.value]);
