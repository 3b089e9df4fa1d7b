"use client";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en-GB">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "3rem", textAlign: "center" }}>
        <h1>Something went wrong</h1>
        <p>Please reload the page. If it keeps happening, contact us{error.digest ? ` and quote ${error.digest}` : ""}.</p>
      </body>
    </html>
  );
}
