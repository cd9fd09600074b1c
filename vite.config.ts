// Builds the extension (dist/) with @crxjs/vite-plugin and configures the unit tests.
import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vitest/config';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig(({ mode }) => ({
  plugins: process.env.VITEST
    ? []
    : [
        // One self-contained classic script for the chat pages: no loader importing chunks, so
        // nothing has to be web-accessible and a page cannot fingerprint the extension (SECURITY.md).
        crx({ manifest, contentScripts: { standaloneFiles: ['src/content/index.ts'] } }),
      ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Chrome extension pages and the worker load from disk; keep the output readable for reviews.
    minify: mode === 'production',
    sourcemap: false,
    target: 'chrome120',
    // The consent frame is a page no manifest key names (it is web-accessible): built as an input.
    rollupOptions: { input: { consent: 'src/consent/index.html' } },
  },
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'companion/src/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    environment: 'node',
  },
}));
