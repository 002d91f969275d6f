import { afterEach, describe, expect, it } from 'vitest'
import { createTestDatabase, testDialects, type TestDatabase } from './support/databases.js'
import { startServer, type RunningServer } from './support/start-server.js'

describe.each(testDialects)('the built server on %s', dialect => {
  let server: RunningServer | undefined
  let database: TestDatabase | undefined

  afterEach(async () => {
    await server?.stop()
    await database?.drop()
    server = undefined
    database = undefined
  })

  it('answers /healthz with security headers, and exits 0 on SIGTERM', async () => {
    database = await createTestDatabase(dialect)
    server = await startServer({ databaseUrl: database.databaseUrl, env: { DEMO: 'false' } })
    expect(server.stdout()).toContain(`(${dialect})`)

    const response = await fetch(`${server.url}/healthz`)

    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')

    // Graceful shutdown: drains and closes the database, then exits 0 (not killed by the signal).
    expect(await server.stop()).toBe(0)
  })
})
