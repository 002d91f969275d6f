import { createRequire } from 'node:module'
import { defineConfig } from 'vitest/config'

const require = createRequire(import.meta.url)

// Unit tests (*.test.ts) and integration tests against real databases (*.int.test.ts), beside the code.
export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for type-graphql and Apollo; vite would pick the .mjs one
    // for our own imports, and graphql refuses objects that cross the two copies.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    name: 'server',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
