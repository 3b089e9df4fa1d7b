// The production server refuses to start without AUTH_SECRET (the built-in development secret is public,
// so anyone could forge sessions and QR signatures with it). So that the README's quick start still works,
// `npm run setup` writes a random one into .env when none is set in the environment or the file.
import { randomBytes } from "node:crypto";
import fs from "node:fs";

/**
 * Ensures `file` (a dotenv file) holds a non-empty AUTH_SECRET unless `env` already has one. Fills an
 * empty `AUTH_SECRET=""` line in place (as copied from .env.example) or appends one; keeps everything else.
 * Returns true when it wrote a secret.
 * @param {string} file
 * @param {Record<string, string | undefined>} env
 */
export function ensureAuthSecret(file, env) {
  const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const inFile = /^[ \t]*AUTH_SECRET[ \t]*=[ \t]*"?([^"\n]*)"?[ \t]*$/m.exec(text);
  if (env.AUTH_SECRET?.trim() || inFile?.[1]?.trim()) return false;
  const line = `AUTH_SECRET="${randomBytes(32).toString("base64")}"`;
  const next = inFile
    ? text.replace(inFile[0], line)
    : `${text}${text && !text.endsWith("\n") ? "\n" : ""}# Written by npm run setup: signs sessions and QR codes. Keep it secret; changing it signs everyone out.\n${line}\n`;
  fs.writeFileSync(file, next, { mode: 0o600 });
  return true;
}
