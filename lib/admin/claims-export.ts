import "server-only";
import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import type { Db } from "@/lib/db";
import { claimsForExport, EXPORT_COLUMNS } from "@/lib/admin/claims-desk";
import type { ClaimsFilter } from "@/lib/admin/claims-filter";

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is prefixed with an
 * apostrophe: holder names and descriptions are typed by customers (OWASP "CSV injection").
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The filtered claims as CSV (csv-stringify), produced while the rows are read a batch at a time
 * from the database: memory holds one batch whatever the export's size. The caller checks the role.
 */
export function claimsCsvStream(db: Db, filter: ClaimsFilter): Readable {
  const stringifier = stringify({
    header: true,
    columns: EXPORT_COLUMNS,
    cast: { string: (v) => neutraliseFormula(v) },
  });
  const rows = Readable.from(claimsForExport(db, filter));
  rows.on("error", (e) => stringifier.destroy(e));
  return rows.pipe(stringifier);
}
