import { connection } from "next/server";

// Dynamic: rendered on every request (ƒ in the build output).
export default async function DynamicPage() {
  await connection();
  return (
    <main>
      <h1>Dynamic page</h1>
      <p>Rendered at {new Date().toISOString()}.</p>
    </main>
  );
}
