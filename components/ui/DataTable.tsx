import Link from "next/link";
import type { ComponentProps, ReactNode } from "react";
import { ScrollableTable } from "@/components/ui/ScrollableTable";

/** One column of a DataTable: its heading and how a row fills its cell. */
export type Column<T> = {
  /** the heading: words, or e.g. <span className="sr-only">Actions</span> for a column of buttons */
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** makes the cell's content a link to this address (none where it gives nothing) */
  href?: (row: T) => string | null | undefined;
  /** amounts and counts: right-aligned, digits of one width */
  numeric?: boolean;
  /** more classes for this column's cells (not its heading) */
  className?: string;
};

/**
 * A table of rows (admin lists, a holder's claims): one heading row from the column definitions, one
 * row per item, and `empty` in a full-width row when there are none. Scrolls sideways on small screens
 * inside a labelled, focusable ScrollableTable.
 */
export function DataTable<T extends { id: string }>({
  label,
  caption,
  columns,
  rows,
  rowProps,
  empty,
}: {
  /** the scroll region's accessible name */
  label: string;
  /** a screen-reader caption saying how the rows are ordered */
  caption?: string;
  columns: Column<T>[];
  rows: T[];
  /** attributes for a row's <tr> (data-testid …); a className is added to the row's own */
  rowProps?: (row: T) => ComponentProps<"tr"> & Record<`data-${string}`, string>;
  empty?: ReactNode;
}) {
  return (
    <ScrollableTable label={label}>
      <table className="min-w-full text-sm">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className="bg-slate-100 text-left">
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={c.numeric ? "px-3 py-2 text-right" : "px-3 py-2"}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { className = "", ...attrs } = rowProps?.(row) ?? {};
            return (
              <tr key={row.id} className={`border-t border-slate-100 align-top ${className}`} {...attrs}>
                {columns.map((c, i) => (
                  <td key={i} className={`px-3 py-2 ${c.numeric ? "text-right tabular-nums" : ""} ${c.className ?? ""}`}>
                    <Cell content={c.cell(row)} href={c.href?.(row)} />
                  </td>
                ))}
              </tr>
            );
          })}
          {rows.length === 0 && empty ? (
            <tr>
              <td colSpan={columns.length} className="px-3 py-6 text-center text-slate-600">
                {empty}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </ScrollableTable>
  );
}

function Cell({ content, href }: { content: ReactNode; href?: string | null }) {
  return href ? (
    <Link href={href} className="text-brand-700 underline">
      {content}
    </Link>
  ) : (
    content
  );
}
