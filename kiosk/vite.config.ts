import { createHash } from 'node:crypto'
import { readdirSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { build, type Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

const BASE = '/kiosk/'
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/**
 * Builds the enrolled kiosk's service worker (docs/decisions/0011) after the app, as one classic
 * script `dist/sw.js` with no imports and no inline code (the CSP allows only files from this origin).
 * It is told the app shell to keep: the page, every file of this build, and the public files; the
 * list's hash names its caches, so a new build replaces the old copies.
 */
function kioskServiceWorker(): Plugin {
  let built: string[] = []
  return {
    name: 'conduct-desk:kiosk-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      built = Object.keys(bundle).filter(file => file !== 'index.html')
    },
    async closeBundle() {
      const publicFiles = readdirSync(here('./public'))
      const shellFiles = [BASE, ...[...built, ...publicFiles].sort().map(file => `${BASE}${file}`)]
      const buildId = createHash('sha256').update(shellFiles.join('\n')).digest('hex').slice(0, 12)
      await build({
        configFile: false,
        logLevel: 'warn',
        define: {
          __KIOSK_SHELL_FILES__: JSON.stringify(shellFiles),
          __KIOSK_BUILD_ID__: JSON.stringify(buildId),
        },
        build: {
          outDir: here('./dist'),
          emptyOutDir: false,
          copyPublicDir: false,
          lib: {
            entry: here('./src/service-worker/kiosk-worker.ts'),
            formats: ['iife'],
            name: 'conductDeskKioskWorker',
            fileName: () => 'sw.js',
          },
        },
      })
    },
  }
}

// The server serves the built app under /kiosk/ (and answers deep links like /kiosk/e/<slug> with
// index.html); in dev, vite proxies the API so the app talks to one origin, as in production.
export default defineConfig({
  base: BASE,
  plugins: [vue(), kioskServiceWorker()],
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
    // Stubbed fetch, timers and a mounted page never outlive a test (see src/testing/clean-up.ts).
    unstubGlobals: true,
    unstubEnvs: true,
    setupFiles: ['src/testing/clean-up.ts'],
  },
})
