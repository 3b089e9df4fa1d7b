import type { ReactNode } from "react";

/**
 * Wrapper for wide tables: scrolls sideways on small screens, and is focusable and labelled so
 * keyboard users can scroll it too (axe: scrollable-region-focusable). `relative` keeps screen-reader-only
 * (absolutely positioned) cells inside the scroll box instead of widening the page.
 */
export function ScrollableTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      {children}
    </div>
  );
}
