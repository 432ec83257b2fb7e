import { defineConfig } from 'vite';

// The server sends CSP `default-src 'self'`: nothing may be inlined (no data: URIs, no inline
// scripts or styles), so assets are always emitted as files.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
