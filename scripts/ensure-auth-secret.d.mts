/** See ensure-auth-secret.mjs: writes a random AUTH_SECRET into a dotenv file unless one is set. */
export function ensureAuthSecret(file: string, env: Record<string, string | undefined>): boolean;
