import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.js'

// Unit tests (*.test.ts) and integration tests against real databases (*.int.test.ts), beside the
// code. The graphql alias comes from vite.config.ts, which `pnpm dev` uses too.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      name: 'server',
      environment: 'node',
      include: ['src/**/*.test.ts'],
      setupFiles: ['test/setup.ts'],
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  }),
)
