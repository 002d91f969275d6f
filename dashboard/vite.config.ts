import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// The server serves the built app under /dashboard/ and answers deep links with index.html; in dev,
// vite proxies the API (and its WebSocket) so the app talks to one origin, as in production, and the
// SameSite=Strict session cookie keeps working.
export default defineConfig({
  base: '/dashboard/',
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    // vue-i18n's esm-bundler build reads these flags; composition mode only, no devtools in production.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: {
    port: 5174,
    strictPort: true,
    proxy: { '/graphql': { target: 'http://127.0.0.1:4000', ws: true } },
  },
  preview: { port: 5174 },
  build: {
    // The server's CSP allows no inline script or style: keep every asset a file of its own.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: one named, long-cached chunk for them.
        codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/ }] },
      },
    },
  },
  test: {
    name: 'dashboard',
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/testing/clean-up.ts'],
    // The device's zone decides whether times name the event's zone: the fixtures' events are in
    // Lisbon, so the tests run as a screen there, whatever the machine's zone (tests that mean a
    // device elsewhere set TZ themselves).
    env: { TZ: 'Europe/Lisbon' },
  },
})
