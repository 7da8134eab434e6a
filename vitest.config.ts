import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      {
        extends: true,
        // A timeout only catches a test that hangs: some tests start the CLI as a process or read
        // whole corpora, and CI may share its machine with other heavy work.
        test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], environment: 'node', testTimeout: 300_000 },
      },
      {
        extends: true,
        test: { name: 'clone', include: ['test/clone/**/*.test.ts'], environment: 'node', fileParallelism: false, testTimeout: 600_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // Real browsers: one file at a time, generous timeouts on a 2-core machine.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
