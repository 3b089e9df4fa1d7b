"use client";

import { Bar, BarChart, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const COLOURS = { Positive: "#15803d", Neutral: "#64748b", Negative: "#b91c1c" } as const;

/** Feedback counts by sentiment, as a bar chart with the numbers in its accessible name. */
export function SentimentChart({ counts }: { counts: { positive: number; neutral: number; negative: number } }) {
  const data = [
    { name: "Positive", value: counts.positive },
    { name: "Neutral", value: counts.neutral },
    { name: "Negative", value: counts.negative },
  ] as const;
  return (
    <div className="h-48 w-full" role="img" aria-label={`Feedback by sentiment: ${counts.positive} positive, ${counts.neutral} neutral, ${counts.negative} negative`}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={[...data]} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <XAxis dataKey="name" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip cursor={{ fill: "#f1f5f9" }} />
          <Bar dataKey="value" name="Feedback items" radius={[4, 4, 0, 0]}>
            {data.map((d) => (
              <Cell key={d.name} fill={COLOURS[d.name]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
