// Vite builds ui/ into ui/dist with relative URLs, so the same files load from Tauri's custom protocol and from
// `machi web`. The locales live outside ui/ (shared with Rust); dev mode must be allowed to read them.

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const uiRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

// The policy the app runs under (Tauri's `app.security.csp` and `machi web` should send the same); `vite preview`
// uses it too, so a stray inline style or script shows up as a console error before it ships.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self' ipc: http://ipc.localhost",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export default defineConfig({
  root: uiRoot,
  base: './',
  clearScreen: false,
  server: {
    port: 1420,
    strictPort: true,
    fs: { allow: [repoRoot] },
  },
  preview: {
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // WebKitGTK / WKWebView on the Tauri side, recent Chromium and WebView2 elsewhere.
    target: ['es2022', 'safari16', 'chrome111', 'firefox115'],
    modulePreload: { polyfill: false },
    // No data: URIs: everything is a file under 'self'.
    assetsInlineLimit: 0,
    reportCompressedSize: true,
  },
});
