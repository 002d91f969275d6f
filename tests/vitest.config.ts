import { defineConfig } from 'vitest/config'

// Cross-package tests against the built server and apps (node server/dist/main.js, Debian's Chromium).
// Files run one after another: each starts its own server and browser, and two cores are the budget.
export default defineConfig({
  test: {
    name: 'tests',
    environment: 'node',
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
