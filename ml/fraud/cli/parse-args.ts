/**
 * Minimal `--name value` / `--flag` parser shared by the fraud CLIs (node:util's parseArgs
 * would do, but we want one place that prints usage and exits with a clear message).
 */
export interface ParsedArgs {
  values: Record<string, string>;
  flags: Set<string>;
}

/** Parses argv into valued options and boolean flags; unknown names exit with usage. */
export function parseCliArgs(argv: readonly string[], valued: readonly string[], flags: readonly string[], usage: string): ParsedArgs {
  const out: ParsedArgs = { values: {}, flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    }
    const name = arg.replace(/^--/, "");
    const [key, inline] = name.split("=", 2);
    if (arg.startsWith("--") && valued.includes(key)) {
      const value = inline ?? argv[++i];
      if (value === undefined) failUsage(`--${key} needs a value`, usage);
      out.values[key] = value;
    } else if (arg.startsWith("--") && flags.includes(key)) {
      out.flags.add(key);
    } else {
      failUsage(`Unknown argument: ${arg}`, usage);
    }
  }
  return out;
}

/** Parses an integer option or exits with usage. */
export function integerOption(args: ParsedArgs, name: string, fallback: number | undefined, usage: string): number {
  const raw = args.values[name];
  if (raw === undefined) {
    if (fallback === undefined) failUsage(`--${name} is required`, usage);
    return fallback!;
  }
  const n = Number(raw);
  if (!Number.isInteger(n)) failUsage(`--${name} must be an integer, got "${raw}"`, usage);
  return n;
}

/** Prints an error and the usage to stderr, then exits with code 2. */
export function failUsage(message: string, usage: string): never {
  process.stderr.write(`${message}\n\n${usage}\n`);
  process.exit(2);
}
