// With a pages/ folder in the build (pages/api/verify-qr, the QR link), Next answers a failure outside any React
// render with the Pages Router's 500 page instead of prerendering app/global-error: this is that page, prerendered
// at build time, saying what app/global-error.tsx says (no details of the error: there are none to give here).
export default function ServerError() {
  return (
    <main style={{ fontFamily: "system-ui, sans-serif", padding: "3rem", textAlign: "center" }}>
      <h1>Something went wrong</h1>
      <p>Please reload the page. If it keeps happening, contact us.</p>
    </main>
  );
}
