import { createRequire } from 'node:module'
import { defineConfig } from 'vite'

const require = createRequire(import.meta.url)

// Read by vite-node in `pnpm dev` and merged into vitest.config.ts: Node loads graphql's CommonJS
// build for type-graphql, Apollo and graphql-ws; vite would pick the .mjs one for our own imports,
// and graphql refuses objects that cross the two copies ("another module or realm").
export default defineConfig({
  resolve: {
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
})
