/** Where to go after sign-in when `next` is missing or not acceptable. */
export const DEFAULT_AFTER_SIGN_IN = "/policies";

// A placeholder origin: only "does it stay on this origin?" matters, not which origin the app runs on.
const BASE = "https://safeguard.invalid";

/**
 * Only same-origin paths are followed after sign-in (no open redirect). `next` is resolved the way a
 * browser would resolve it (the URL parser treats "\" like "/" and drops tabs and newlines, so
 * "/\evil.example" and "/\t/evil.example" both mean "//evil.example") and accepted only if it stays on
 * this origin. The result is the parsed, re-serialised path, so the browser cannot read it differently.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || typeof next !== "string" || !next.startsWith("/") || next.length > 2048) return DEFAULT_AFTER_SIGN_IN;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return DEFAULT_AFTER_SIGN_IN;
  }
  if (url.origin !== BASE) return DEFAULT_AFTER_SIGN_IN;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Belt and braces: the re-serialised path must itself start with exactly one slash.
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : DEFAULT_AFTER_SIGN_IN;
}
