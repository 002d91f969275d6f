#!/usr/bin/env node
// `pnpm bench`: the speed and memory goals, measured as ratios within one run on this machine
// (these machines are shared and noisy, so absolute numbers are reported but never gated).
//
// It starts the built server on a fresh SQLite database with the demo and RATE_LIMIT=0, pinned to
// one core when `taskset` exists, and a raw node:http server as the denominator; then it measures
//   A  the kiosk's public event read (contacts, policy) against raw node:http: req/s ratio and p99;
//   B  a burst of 200 simultaneous bookings of one slot: exactly one booking, and its wall time;
//   E  the server's resident memory when idle and at its peak under load;
//   C  a responder's case inbox in an event of 10,000 cases: first page p99 at 20 connections;
//   T  transparency statistics over 100,000 cases in 1,000 events (seeded once, not timed): one
//      event with five editions of history, every event at once, and the event loop's longest block.
// Every load is bounded in time and talks only to 127.0.0.1. Exits 1 if a goal is missed.
// `--only=C` (or `--only=AB`, …) runs only those parts: E goes with A, whose load it measures.
import { spawn, spawnSync } from 'node:child_process'
import { createHmac } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import { measureStatistics } from './bench-statistics.mjs'

const root = path.resolve(import.meta.dirname, '..')
/** The goals (PERFORMANCE.md §6), as ratios or bounds that hold on a noisy 2-core machine. */
const GOALS = {
  kioskReadRatio: 0.04, // A2: kiosk read req/s ÷ raw node:http req/s, at least
  kioskP99Ms: 100, // A3: p99 at 50 connections, at most
  bookingBurstMs: 500, // B4: wall time of 200 simultaneous bookings, at most
  idleRssMb: 150, // E1: idle RSS, at most
  peakRssMb: 250, // E2: peak RSS during A, at most
  inboxP99Ms: 150, // C1: first inbox page of a 10,000-case event, p99 at 20 connections, at most
  statisticsOneEventMs: 50, // T1: one event's statistics with five editions of history, p50, at most
  statisticsAllEventsMs: 300, // T2: every event's statistics at once, median of 3, at most
  statisticsLoopBlockMs: 50, // T3: the event loop's longest block meanwhile, at most
}

const INBOX_CASES = 10_000
const only = process.argv
  .find(arg => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .toUpperCase()
const runs = part => only === undefined || only.includes(part)

const rssMb = pid => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
  return Math.round(kb / 1024)
}

function startServer(dataDir) {
  const pin = spawnSync('taskset', ['--version']).status === 0 ? ['taskset', '-c', '1'] : []
  const command = [...pin, process.execPath, path.join(root, 'server', 'dist', 'main.js')]
  const child = spawn(command[0], command.slice(1), {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      RATE_LIMIT: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 60_000)
    child.stdout.on('data', chunk => {
      out += chunk
      const port = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out)?.[1]
      // The first start loads the demo and names its live event; a restart only says it listens.
      const slug = /kiosk\/e\/([a-z0-9-]+)/.exec(out)?.[1] ?? null
      if (port && (slug || /Demo sign-in/.test(out))) {
        clearTimeout(timer)
        resolve({ child, url: `http://127.0.0.1:${port}`, slug })
      }
    })
  })
}

function startRawServer() {
  const body = JSON.stringify({
    data: { ok: true, items: Array.from({ length: 20 }, (_, i) => ({ id: i, name: `item ${i}` })) },
  })
  const server = http.createServer((_request, response) => {
    response.setHeader('content-type', 'application/json')
    response.end(body)
  })
  return new Promise(resolve =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${server.address().port}` }),
    ),
  )
}

const load = options => autocannon({ connections: 50, duration: 8, ...options })

async function graphql(url, query, variables) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  })
  return response.json()
}

/** The current TOTP code of a base-32 secret (RFC 6238: SHA-1, 6 digits, 30 s), as an authenticator app shows it. */
function totp(secret, offsetSteps = 0) {
  const bits = [...secret.replace(/=+$/, '').toUpperCase()]
    .map(char => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'.indexOf(char).toString(2).padStart(5, '0'))
    .join('')
  const key = Buffer.from(bits.match(/.{8}/g).map(byte => parseInt(byte, 2)))
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30_000) + offsetSteps))
  const mac = createHmac('sha1', key).update(counter).digest()
  const offset = mac[mac.length - 1] & 0xf
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0')
}

/** Signs a demo responder in, both steps, as the dashboard does; returns the session cookie. */
async function signInResponder(url, dataDir) {
  const text = readFileSync(path.join(dataDir, 'demo-credentials.txt'), 'utf8')
  const password = /with password (\S+) as:/.exec(text)[1]
  const [, email, uri] = /^\s+(amara\.\S+@\S+)\s+(otpauth:\/\/\S+)$/m.exec(text)
  const secret = new URL(uri).searchParams.get('secret')
  let cookies = ''
  const call = async (query, variables) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookies },
      body: JSON.stringify({ query, variables }),
    })
    const set = response.headers.getSetCookie().map(cookie => cookie.split(';')[0])
    cookies = [...cookies.split('; ').filter(Boolean), ...set].join('; ')
    return response.json()
  }
  await call('mutation($i: SignInInput!) { signIn(input: $i) { step } }', { i: { email, password } })
  const done = await call('mutation($c: String!) { verifySecondFactor(input: { code: $c }) { step } }', {
    c: totp(secret),
  })
  if (done.errors !== undefined) {
    throw new Error(`the bench could not sign in: ${JSON.stringify(done.errors)}`)
  }
  return cookies
}

const stopServer = async child => {
  if (child.exitCode !== null || child.signalCode !== null) {
    return
  }
  const exited = new Promise(resolve => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'conduct-desk-bench-'))
let { child, url, slug } = await startServer(dataDir)
const raw = await startRawServer()
const results = []
let failed = false
const record = (id, metric, value, goal, ok) => {
  results.push({ id, metric, value, goal, ok })
  failed ||= !ok
}

try {
  if (runs('A')) {
    await new Promise(resolve => setTimeout(resolve, 1500))
    const idle = rssMb(child.pid)
    record('E1', 'idle RSS (MB)', idle, `≤ ${GOALS.idleRssMb}`, idle <= GOALS.idleRssMb)

    const kioskQuery = JSON.stringify({
      query:
        'query($s: String!) { publicEvent(slug: $s) { name quietRoom { location } policy { baseline extensions { kind text } } contacts { name photoUrl pronouns languages role identifier onDutyNow } } }',
      variables: { s: slug },
    })
    let peak = idle
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(child.pid))), 200)
    const kiosk = await load({
      url: `${url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: kioskQuery,
    })
    clearInterval(sampler)
    const rawRun = await load({ url: raw.url })
    const ratio = kiosk.requests.average / rawRun.requests.average
    const errors = kiosk.errors + kiosk.non2xx
    record(
      'A2',
      'kiosk read req/s ÷ raw node:http req/s',
      ratio.toFixed(3),
      `≥ ${GOALS.kioskReadRatio}`,
      ratio >= GOALS.kioskReadRatio && errors === 0,
    )
    record(
      'A3',
      'kiosk read p99 (ms), 50 connections',
      kiosk.latency.p99,
      `≤ ${GOALS.kioskP99Ms}`,
      kiosk.latency.p99 <= GOALS.kioskP99Ms,
    )
    record('A', 'kiosk read req/s (reported, not gated)', Math.round(kiosk.requests.average), '-', true)
    record('E2', 'peak RSS under load (MB)', peak, `≤ ${GOALS.peakRssMb}`, peak <= GOALS.peakRssMb)
  }

  if (runs('B')) {
    const from = new Date()
    const slots = await graphql(
      url,
      'query($s: String!, $f: DateTime!, $t: DateTime!) { officeHourSlots(eventSlug: $s, from: $f, to: $t) { id available } }',
      {
        s: slug,
        f: from.toISOString(),
        t: new Date(from.getTime() + 13 * 86_400_000).toISOString(),
      },
    )
    const slot = slots.data.officeHourSlots.find(candidate => candidate.available)
    const started = performance.now()
    const answers = await Promise.all(
      Array.from({ length: 200 }, () =>
        graphql(url, 'mutation($i: BookSlotInput!) { bookSlot(input: $i) { code } }', {
          i: { slotId: slot.id },
        }),
      ),
    )
    const burstMs = Math.round(performance.now() - started)
    const booked = answers.filter(answer => answer.errors === undefined).length
    record('B1', 'bookings out of 200 simultaneous attempts', booked, '= 1', booked === 1)
    record(
      'B4',
      'wall time of the burst (ms)',
      burstMs,
      `≤ ${GOALS.bookingBurstMs}`,
      burstMs <= GOALS.bookingBurstMs,
    )
  }

  if (runs('C')) {
    // C: the server stopped, the live event filled with 10,000 cases through the cases' own door,
    // then a responder's first inbox page under load.
    await stopServer(child)
    const filled = spawnSync(
      process.execPath,
      [path.join(root, 'server', 'dist', 'app', 'load-test-cases.js'), slug, String(INBOX_CASES)],
      { env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, encoding: 'utf8' },
    )
    if (filled.status !== 0) {
      throw new Error(`filling the event failed: ${filled.stderr}`)
    }
    ;({ child, url } = await startServer(dataDir))
    const cookie = await signInResponder(url, dataDir)
    const live = await graphql(url, 'query($s: String!) { publicEvent(slug: $s) { id } }', { s: slug })
    const eventId = live.data.publicEvent.id
    const inboxQuery = JSON.stringify({
      query:
        'query($e: ID!) { caseInbox(eventId: $e) { total counters { open overdue } cases { id codeName status isOverdue } } }',
      variables: { e: eventId },
    })
    // A warm-up first, as PERFORMANCE.md §7 plans for every closed-loop scenario: the first
    // requests of a process compile its code and fill its caches, which no later one pays again.
    await load({
      url: `${url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: inboxQuery,
      connections: 20,
      duration: 3,
    })
    const inbox = await load({
      url: `${url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: inboxQuery,
      connections: 20,
    })
    record(
      'C1',
      `case inbox first page p99 (ms), ${INBOX_CASES} cases, 20 connections`,
      inbox.latency.p99,
      `≤ ${GOALS.inboxP99Ms}`,
      inbox.latency.p99 <= GOALS.inboxP99Ms && inbox.errors + inbox.non2xx === 0,
    )
    record(
      'C',
      'case inbox req/s at 20 connections (reported, not gated)',
      Math.round(inbox.requests.average),
      '-',
      true,
    )
  }

  if (runs('T')) {
    // T: the server stopped, its database filled with invented events, the statistics timed.
    await stopServer(child)
    measureStatistics({ root, dataDir, goals: GOALS }).forEach(row => record(...row))
  }
} finally {
  await stopServer(child)
  raw.server.close()
  rmSync(dataDir, { recursive: true, force: true })
}

console.log('\n| id | metric | value | goal | |\n|---|---|---|---|---|')
for (const row of results) {
  console.log(`| ${row.id} | ${row.metric} | ${row.value} | ${row.goal} | ${row.ok ? 'ok' : 'MISSED'} |`)
}
const passed = results.filter(row => row.ok).length
console.log(`\n${passed} passed, ${results.length - passed} failed`)
process.exit(failed ? 1 : 0)
