/**
 * Reads a JSON object stored in a text column (policy and claim `details`). The columns are written only by
 * our own code, so a value that does not parse, or is not an object, is treated as empty rather than
 * breaking the page that shows it.
 */
export function parseStoredObject(json: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(json);
    return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
