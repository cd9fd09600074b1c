// Builds the extension (dist/) with @crxjs/vite-plugin and configures the unit tests.
import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vitest/config';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig(({ mode }) => ({
  plugins: process.env.VITEST ? [] : [crx({ manifest })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Chrome extension pages and the worker load from disk; keep the output readable for reviews.
    minify: mode === 'production',
    sourcemap: false,
    target: 'chrome120',
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts'],
    environment: 'node',
  },
}));
