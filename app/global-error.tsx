"use client";

/**
 * Last resort when the root layout itself fails; it replaces <html>, so it cannot rely on providers
 * or the stylesheet and uses inline styles only.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: 0 }}>
        <main style={{ maxWidth: 480, margin: "15vh auto", padding: 24, lineHeight: 1.5 }}>
          <h1 style={{ fontSize: 22 }}>Tenantry could not start this page</h1>
          <p>An unexpected error stopped the application from rendering.</p>
          {error.digest && (
            <p>
              Reference: <code>{error.digest}</code> (it appears in the server log).
            </p>
          )}
          <button type="button" onClick={reset} style={{ padding: "8px 16px", cursor: "pointer" }}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
