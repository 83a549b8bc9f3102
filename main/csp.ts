// The renderer's Content-Security-Policy, one definition for the desktop window and the browser preview.
// Nothing remote: scripts, styles, fonts and images come from the app itself. ag-grid sets inline styles,
// hence 'unsafe-inline' for styles only. The renderer runs no WASM (the database lives in main).
export function rendererCsp(connect: readonly string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${connect.length ? ' ' + connect.join(' ') : ''}`,
    "worker-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
