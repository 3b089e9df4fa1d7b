// Static: prerendered at build time (○ in the build output).
export default function StaticPage() {
  return (
    <main>
      <h1>Static page</h1>
      <p>Prerendered at build time.</p>
    </main>
  );
}
