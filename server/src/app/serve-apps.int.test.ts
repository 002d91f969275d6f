import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../test/databases.js'
import { startTestServer, type TestServer } from '../../test/test-server.js'

/** A built app as the apps' `vite build` leaves it: index.html, a hashed asset, and for the kiosk sw.js. */
function writeApp(appsDir: string, name: string, withWorker: boolean): void {
  const dist = path.join(appsDir, name, 'dist')
  mkdirSync(path.join(dist, 'assets'), { recursive: true })
  writeFileSync(path.join(dist, 'index.html'), `<!doctype html><title>${name}</title>`)
  writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'export {}')
  if (withWorker) {
    writeFileSync(path.join(dist, 'sw.js'), '(function(){self.addEventListener("fetch",function(){})})()')
  }
}

// The built apps as the server serves them: what browsers may cache, and the kiosk's service worker
// (docs/decisions/0011), whose scope the server limits to /kiosk/.
describe.each(testDialects)('serving the built apps on %s', dialect => {
  let server: TestServer
  let appsDir: string

  beforeEach(async () => {
    appsDir = mkdtempSync(path.join(tmpdir(), 'conduct-desk-apps-'))
    writeApp(appsDir, 'kiosk', true)
    writeApp(appsDir, 'dashboard', false)
    server = await startTestServer(dialect, { APPS_DIR: appsDir })
  })
  afterEach(async () => {
    await server.stop()
    rmSync(appsDir, { recursive: true, force: true })
  })

  it('serves the kiosk service worker as a script, never cached, its scope no wider than /kiosk/', async () => {
    const response = await fetch(`${server.url}/kiosk/sw.js`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(response.headers.get('service-worker-allowed')).toBe('/kiosk/')
    expect(response.headers.get('cache-control')).toBe('no-store')
    // The worker runs under the same strict CSP as the pages: its own origin only, no inline code.
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'")
    expect(await response.text()).toContain('addEventListener')
  })

  it('keeps hashed assets for a year and pages not at all; the dashboard has no worker', async () => {
    const asset = await fetch(`${server.url}/kiosk/assets/index-abc123.js`)
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const page = await fetch(`${server.url}/kiosk/e/some-event`)
    expect(page.headers.get('cache-control')).toBe('no-store')
    expect(await page.text()).toContain('<title>kiosk</title>')
    const dashboardWorker = await fetch(`${server.url}/dashboard/sw.js`)
    expect(dashboardWorker.headers.get('service-worker-allowed')).toBeNull()
    expect(dashboardWorker.headers.get('content-type')).toMatch(/^text\/html/)
  })

  it('answers a kiosk built without its worker with a JSON 404, not a page under a script name', async () => {
    rmSync(path.join(appsDir, 'kiosk', 'dist', 'sw.js'))
    const response = await fetch(`${server.url}/kiosk/sw.js`)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  })
})
