"use client";

import { Bar, BarChart, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type CountBar = { name: string; value: number; colour: string };

/**
 * Counts as a bar chart. The numbers are in the chart's accessible name, and recharts' own keyboard
 * layer is off, so screen readers get one clear sentence instead of unlabelled SVG.
 */
export function CountBarChart({ bars, description }: { bars: CountBar[]; description: string }) {
  const label = `${description}: ${bars.map((b) => `${b.value} ${b.name.toLowerCase()}`).join(", ")}`;
  return (
    <div className="h-48 w-full" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={bars} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <XAxis dataKey="name" tick={{ fontSize: 12 }} interval={0} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip cursor={{ fill: "#f1f5f9" }} />
          <Bar dataKey="value" name={description} radius={[4, 4, 0, 0]}>
            {bars.map((b) => (
              <Cell key={b.name} fill={b.colour} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
