// Deliberately empty: without a file of its own, next picks up the project's instrumentation.ts from the
// workspace root (the folder with the lockfile), and the minimal app would start the project's server code.
export function register() {}
