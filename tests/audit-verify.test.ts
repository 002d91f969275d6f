import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { signInThroughApi } from './support/dashboard-sign-in.js'
import { GraphQLClient } from './support/graphql-client.js'
import { startServer, type RunningServer } from './support/start-server.js'

/** What `pnpm audit:verify` runs once the server is built. */
const AUDIT_VERIFY = path.resolve(import.meta.dirname, '..', 'server', 'dist', 'app', 'audit-verify.js')
const LOOK = '{ auditEntries(page: { first: 1 }) { entries { id seq at } } }'

interface Look {
  auditEntries: { entries: { id: string; seq: number; at: string }[] }
}

// Issue 10, done when: altering one byte of one audit entry makes `pnpm audit:verify` fail and name
// that entry. The built server writes the log; the built command checks the file it left behind.
describe('pnpm audit:verify on the built server’s database', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'conduct-desk-audit-'))
  const file = path.join(dir, 'conduct-desk.sqlite')
  let server: RunningServer | undefined

  afterEach(async () => {
    await server?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  const verify = () => {
    const run = spawnSync(process.execPath, [AUDIT_VERIFY], {
      env: { PATH: process.env['PATH'], DATA_DIR: dir, DATABASE_URL: `sqlite:${file}` },
      encoding: 'utf8',
    })
    return { status: run.status, stdout: run.stdout.trim(), stderr: run.stderr }
  }

  it('says OK with the count, then fails naming the one entry whose byte changed in the file', async () => {
    server = await startServer({ databaseUrl: `sqlite:${file}` })
    const admin = new GraphQLClient(server.url)
    const email = server.demo()?.accounts.find(account => account.email.startsWith('admin@'))?.email ?? ''
    await signInThroughApi(admin, server, email)
    // Each look at the log is an entry of its own: three looks, three entries (or more, if the demo wrote any).
    const looks: Look['auditEntries']['entries'] = []
    for (let index = 0; index < 3; index++) {
      looks.push(...(await admin.request<Look>(LOOK)).auditEntries.entries)
    }
    await server.stop()
    server = undefined

    const sound = verify()
    expect(sound.status, sound.stderr).toBe(0)
    const count = looks.at(-1)!.seq
    expect(sound.stdout).toMatch(new RegExp(`^Audit log OK: ${count} entries; head ${count}:[0-9a-f]{64}$`))

    // With file access and the server stopped: one digit of the second look's time, in the row itself
    // (the row holds its id and time side by side; the indexes hold each alone).
    const target = looks[1]!
    const bytes = readFileSync(file)
    const row = bytes.indexOf(`${target.id}${target.at}`)
    expect(row).toBeGreaterThan(0)
    const at = row + target.id.length + 18
    bytes[at] = bytes[at] === 0x39 ? 0x38 : 0x39
    writeFileSync(file, bytes)

    const broken = verify()
    expect(broken.status).toBe(1)
    expect(broken.stdout).toBe(
      `Audit log BROKEN at entry ${target.seq} (id ${target.id}): its hash does not match its content.`,
    )
  })
})
