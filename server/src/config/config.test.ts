import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config.js'

const dataDir = () => mkdtempSync(path.join(tmpdir(), 'conduct-desk-config-'))

describe('loadConfig', () => {
  it('defaults to SQLite under DATA_DIR on 127.0.0.1:4000 with rate limits and demo on', () => {
    const dir = dataDir()
    const config = loadConfig({ DATA_DIR: dir })
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      dataDir: dir,
      database: { dialect: 'sqlite', file: path.join(dir, 'conduct-desk.sqlite') },
      publicUrl: 'http://127.0.0.1:4000',
      smtpUrl: null,
      rateLimitsEnabled: true,
      demo: true,
      isSchemaVisible: false,
      bootstrapAdmin: null,
    })
    expect(Object.isFrozen(config)).toBe(true)
  })

  it('reads PostgreSQL URLs, RATE_LIMIT=0, DEMO=0 and PUBLIC_URL', () => {
    const config = loadConfig({
      DATA_DIR: dataDir(),
      DATABASE_URL: 'postgres://cd:pw@127.0.0.1:5432/cd',
      RATE_LIMIT: '0',
      DEMO: '0',
      PUBLIC_URL: 'https://coc.example.org/',
    })
    expect(config.database).toEqual({ dialect: 'postgres', url: 'postgres://cd:pw@127.0.0.1:5432/cd' })
    expect(config.rateLimitsEnabled).toBe(false)
    expect(config.demo).toBe(false)
    expect(config.publicUrl).toBe('https://coc.example.org')
  })

  it('reads DATA_KEY and the former keys of a rotation from DATA_KEY_PREVIOUS', () => {
    const [key, old, older] = [1, 2, 3].map(fill => Buffer.alloc(32, fill))
    const config = loadConfig({
      DATA_DIR: dataDir(),
      DATA_KEY: key!.toString('base64'),
      DATA_KEY_PREVIOUS: `${old!.toString('base64')}, ${older!.toString('base64')}`,
    })
    expect(config.dataKey).toEqual(key)
    expect(config.previousDataKeys).toEqual([old, older])
    expect(loadConfig({ DATA_DIR: dataDir() })).toMatchObject({ dataKey: null, previousDataKeys: [] })
  })

  it.each([
    [{ PORT: 'abc' }, /^PORT: /],
    [{ PORT: '70000' }, /^PORT: must be between 0 and 65535$/],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL: unknown scheme "mysql:"/],
    [
      { DATA_DIR: '/dev/null/conduct-desk' },
      /^DATA_DIR: \/dev\/null\/conduct-desk is not a writable directory$/,
    ],
    [{ SMTP_URL: 'http://mail' }, /^SMTP_URL: must start with smtp:\/\/ or smtps:\/\/$/],
    [{ ADMIN_EMAIL: 'root@example.org' }, /^ADMIN_EMAIL and ADMIN_PASSWORD: set both or neither$/],
    [{ RATE_LIMIT: 'maybe' }, /^RATE_LIMIT: /],
    [{ DATA_KEY_PREVIOUS: Buffer.alloc(32).toString('base64') }, /^DATA_KEY_PREVIOUS: set DATA_KEY too/],
    [
      { DATA_KEY: Buffer.alloc(32).toString('base64'), DATA_KEY_PREVIOUS: 'c2hvcnQ=' },
      /^DATA_KEY_PREVIOUS: must be 32-byte keys in base64/,
    ],
  ])('refuses %j with one line naming the setting', (env, message) => {
    const attempt = () => loadConfig({ DATA_DIR: dataDir(), ...env })
    expect(attempt).toThrow(ConfigError)
    expect(attempt).toThrow(message)
    try {
      attempt()
    } catch (error) {
      expect((error as Error).message).not.toContain('\n')
    }
  })

  // SECURITY R55: safe without settings.
  it.each<[Record<string, string>, boolean]>([
    [{}, true],
    [{ HOST: 'localhost' }, true],
    [{ HOST: '::1' }, true],
    [{ HOST: '127.0.0.2' }, true],
    [{ HOST: '0.0.0.0' }, false],
    [{ HOST: '::' }, false],
    [{ HOST: '192.168.1.20' }, false],
    [{ HOST: '0.0.0.0', DEMO: '1' }, true],
    [{ HOST: '0.0.0.0', DEMO: 'true' }, true],
    [{ DEMO: '0' }, false],
    [{ HOST: 'localhost', DEMO: 'false' }, false],
  ])('loads the demo with %j: %s (only on loopback unless DEMO=1; never with DEMO=0)', (env, demo) => {
    expect(loadConfig({ DATA_DIR: dataDir(), ...env }).demo).toBe(demo)
  })

  it.each<[string | undefined, boolean]>([
    [undefined, false],
    ['production', false],
    ['test', false],
    ['development', true],
  ])('shows the schema with NODE_ENV=%s: %s', (nodeEnv, visible) => {
    const env = nodeEnv === undefined ? {} : { NODE_ENV: nodeEnv }
    expect(loadConfig({ DATA_DIR: dataDir(), ...env }).isSchemaVisible).toBe(visible)
  })
})
