import { hash, verify } from "@node-rs/argon2";

// argon2id (the library default) with OWASP's 19 MiB / 2 iterations profile.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// A real hash to verify against when the account does not exist, so a missing account
// takes as long to refuse as a wrong password (no account enumeration by timing).
let dummyHash: Promise<string> | undefined;

/** Verifies a password; with `null` it burns the same time and returns false. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hashPassword("not-a-real-password-for-timing");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
