import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { GENERAL_COLUMNS, LABEL_COLUMN, MOTOR_COLUMNS, type ModelKind, type RawRecord } from "./dataset-schema";

/** A parsed labelled dataset. `labels[i]` is 1 for fraud, 0 otherwise. */
export interface Dataset {
  kind: ModelKind;
  records: RawRecord[];
  labels: number[];
}

/** A dataset read from disk, with the provenance the model card records. */
export interface DatasetFile extends Dataset {
  path: string;
  sha256: string;
}

const MISSING_MARKERS = new Set(["", "?", "NA", "N/A", "null"]);

/** Normalises a cell: '?', empty and NA markers become null, everything else is trimmed. */
export function cleanCell(value: string | undefined): string | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  return MISSING_MARKERS.has(trimmed) ? null : trimmed;
}

/**
 * Parses a date written as M/D/YYYY (US exports), DD-MM-YYYY (some copies of the public data)
 * or YYYY-MM-DD, returning whole days since 1970-01-01 (UTC), or null when unreadable.
 * Days rather than Date objects so differences never depend on the machine's time zone.
 */
export function parseDayNumber(value: string | null): number | null {
  if (value === null) return null;
  let year: number, month: number, day: number;
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (m) {
    [month, day, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(value))) {
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(value))) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else {
    return null;
  }
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCDate() !== day) return null; // e.g. 31/02
  return Math.round(ms / 86_400_000);
}

/** Formats a day number as M/D/YYYY, the form the public data uses. */
export function formatDayNumber(dayNumber: number): string {
  const d = new Date(dayNumber * 86_400_000);
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
}

/** Parses a label cell: Y/N, yes/no, 1/0, true/false. */
export function parseLabel(value: string | null): number {
  const v = (value ?? "").trim().toUpperCase();
  if (v === "Y" || v === "YES" || v === "1" || v === "TRUE") return 1;
  if (v === "N" || v === "NO" || v === "0" || v === "FALSE") return 0;
  throw new Error(`Unreadable ${LABEL_COLUMN} value: "${value}"`);
}

/** Detects the schema from the header: motor when it has the motor-only columns. */
export function detectKind(header: readonly string[]): ModelKind {
  const names = new Set(header.map((h) => h.trim()));
  if (MOTOR_COLUMNS.every((c) => names.has(c))) return "motor";
  if (GENERAL_COLUMNS.every((c) => names.has(c))) return "general";
  const missingMotor = MOTOR_COLUMNS.filter((c) => !names.has(c));
  throw new Error(`CSV header matches neither schema; missing motor columns: ${missingMotor.join(", ")}`);
}

/**
 * Parses CSV text in either schema. Extra columns (e.g. the unnamed trailing `_c39` column of the
 * public file) are dropped; the label column is optional so unlabelled files can be scored.
 */
export function parseDataset(text: string, expectedKind?: ModelKind): Dataset {
  const rows = parse(text, { skip_empty_lines: true, relax_column_count: true, bom: true }) as string[][];
  if (rows.length === 0) throw new Error("CSV is empty");
  const header = rows[0].map((h) => h.trim());
  const kind = detectKind(header);
  if (expectedKind && kind !== expectedKind) throw new Error(`Expected a ${expectedKind} CSV, got ${kind}`);
  const wanted = (kind === "motor" ? MOTOR_COLUMNS : GENERAL_COLUMNS) as readonly string[];
  const positions = wanted.map((c) => header.indexOf(c));
  const records: RawRecord[] = [];
  const labels: number[] = [];
  for (const row of rows.slice(1)) {
    const record: RawRecord = {};
    wanted.forEach((column, i) => {
      record[column] = positions[i] >= 0 ? cleanCell(row[positions[i]]) : null;
    });
    labels.push(record[LABEL_COLUMN] === null ? -1 : parseLabel(record[LABEL_COLUMN]));
    delete record[LABEL_COLUMN];
    records.push(record);
  }
  return { kind, records, labels };
}

/** Reads and parses a CSV file, hashing its bytes for the model card. */
export function readDatasetFile(path: string, expectedKind?: ModelKind): DatasetFile {
  const bytes = readFileSync(path);
  const dataset = parseDataset(bytes.toString("utf8"), expectedKind);
  return { ...dataset, path, sha256: createHash("sha256").update(bytes).digest("hex") };
}

/** Renders records (plus optional labels) as CSV in the schema's column order, '?' for missing. */
export function formatDatasetCsv(kind: ModelKind, records: readonly RawRecord[], labels?: readonly number[]): string {
  const columns = (kind === "motor" ? MOTOR_COLUMNS : GENERAL_COLUMNS) as readonly string[];
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [columns.join(",")];
  records.forEach((record, i) => {
    lines.push(
      columns
        .map((c) => {
          if (c === LABEL_COLUMN) return labels ? (labels[i] === 1 ? "Y" : "N") : "?";
          const v = record[c];
          return v === null || v === undefined ? "?" : quote(v);
        })
        .join(","),
    );
  });
  return lines.join("\n") + "\n";
}
