import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// The server serves the built app under /kiosk/ (and answers deep links like /kiosk/e/<slug> with
// index.html); in dev, vite proxies the API so the app talks to one origin, as in production.
export default defineConfig({
  base: '/kiosk/',
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // Compile-time feature flags: no Options API, no legacy vue-i18n, no devtools hooks in production.
  define: {
    __VUE_OPTIONS_API__: false,
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: {
    proxy: { '/graphql': { target: 'http://127.0.0.1:4000', ws: true } },
  },
  build: {
    // The CSP forbids inline script: never inline the module preload polyfill or small assets as
    // data: scripts. (Images as data: are allowed, but one rule is easier to reason about.)
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  test: {
    name: 'kiosk',
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
    // The device's zone decides whether times name the event's zone: the fixtures' events are in
    // Lisbon, so the tests run as a screen there, whatever the machine's zone (tests that mean a
    // device elsewhere set TZ themselves).
    env: { TZ: 'Europe/Lisbon' },
  },
})
