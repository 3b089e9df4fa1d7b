"use client";

import { Bar, BarChart, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type CountBar = { name: string; value: number; colour: string };
export type ChartSeries = { key: string; label: string; colour: string };
export type ChartRow = { name: string } & Record<string, number | string>;

type Props = {
  /** what the chart shows, e.g. "Claims per week by status": the chart's name and its table's caption */
  description: string;
  /** how a value reads in the tooltip and the table */
  unit?: "count" | "percent";
} & (
  | { /** one bar per category, each its own colour */ bars: CountBar[]; rows?: never; series?: never }
  | {
      /** one group per row, one bar per series: stacked, or side by side when `grouped` (two distributions compared) */
      rows: ChartRow[];
      series: ChartSeries[];
      grouped?: boolean;
      bars?: never;
    }
);

const count = new Intl.NumberFormat("en-GB");
const percent = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 1 });

/**
 * The one chart of the app: counts (or shares) as bars, either one series with a colour per bar or
 * several series stacked per row. The SVG is hidden from screen readers; the same numbers are in a
 * visually hidden table beside it, so every figure can be read, not only seen.
 */
export function CountBarChart(props: Props) {
  const { description, unit = "count" } = props;
  const fmt = (v: number) => (unit === "percent" ? percent.format(v) : count.format(v));
  const single = props.bars !== undefined;
  const rows: ChartRow[] = single ? props.bars.map((b) => ({ name: b.name, value: b.value })) : props.rows;
  const series: ChartSeries[] = single ? [{ key: "value", label: description, colour: "#1e40af" }] : props.series;
  return (
    <figure className="relative min-w-0">
      <div className="h-56 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -8 }}>
            <XAxis dataKey="name" tick={{ fontSize: 12 }} interval={0} />
            <YAxis allowDecimals={unit === "percent"} tick={{ fontSize: 12 }} tickFormatter={(v: number) => fmt(v)} domain={unit === "percent" ? [0, 1] : undefined} />
            <Tooltip cursor={{ fill: "#f1f5f9" }} formatter={(v) => fmt(Number(v))} />
            {single ? null : <Legend wrapperStyle={{ fontSize: 12 }} />}
            {series.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} stackId={single || props.grouped ? undefined : "stack"} fill={s.colour} radius={single ? [4, 4, 0, 0] : undefined}>
                {single ? props.bars.map((b) => <Cell key={b.name} fill={b.colour} />) : null}
              </Bar>
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      {/* sr-only on a wrapper: a table ignores width:1px and would widen the page */}
      <div className="sr-only">
        <table>
          <caption>{description}</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {single ? (unit === "percent" ? "Share" : "Count") : s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name}>
                <th scope="row">{r.name}</th>
                {series.map((s) => (
                  <td key={s.key}>{fmt(Number(r[s.key] ?? 0))}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
