import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** The production build of the server; `pnpm build` (or the server's `build`) produces it. */
export const SERVER_MAIN = path.resolve(import.meta.dirname, '..', '..', 'server', 'dist', 'main.js')

const LISTENING = /Conduct Desk listening on http:\/\/([^\s:/]+):(\d+)/
const DEMO_HEADER = /^Sign in to (\S+) with password (.+) as:$/
const DEMO_ACCOUNT = /^ {2}(\S+@\S+) {2}\((.*)\)$/
const DEMO_KIOSK = /^Kiosk of the live demo event: \S*\/kiosk\/e\/([^/\s]+)$/

export interface DemoAccount {
  readonly email: string
  readonly roles: readonly string[]
}

/**
 * What the server writes to `DATA_DIR/demo-credentials.txt` (mode 0600) when it loads the demo on
 * an empty database. The password is never printed (SECURITY R55).
 */
export interface DemoCredentials {
  readonly dashboardUrl: string
  readonly password: string
  readonly accounts: readonly DemoAccount[]
  /** Slug of the live demo event, for /kiosk/e/<slug>. */
  readonly liveEventSlug: string | null
}

export interface StartServerOptions {
  /** Extra environment (DEMO, ADMIN_EMAIL, LOG_LEVEL…); wins over the defaults below. */
  readonly env?: Readonly<Record<string, string>>
  /** postgres://… to run on PostgreSQL; SQLite in the temp DATA_DIR otherwise. */
  readonly databaseUrl?: string
  /** How long to wait for the "listening" line. */
  readonly timeoutMs?: number
}

export interface RunningServer {
  /** http://127.0.0.1:<port>, without a trailing slash. */
  readonly url: string
  readonly port: number
  readonly dataDir: string
  readonly pid: number
  /** Everything the process printed on stdout so far (human lines and JSON log lines). */
  stdout(): string
  stderr(): string
  /** The demo sign-in from DATA_DIR/demo-credentials.txt, or null if the server loaded no demo. */
  demo(): DemoCredentials | null
  /** SIGTERM, then waits for the exit; resolves with the exit code. Removes the temp DATA_DIR. */
  stop(): Promise<number | null>
}

export interface ServerExit {
  /** True if it had to be killed: it hung, or started listening. */
  readonly killed: boolean
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

/**
 * The child's environment: PATH and friends from ours, none of our server settings (a developer's
 * DATABASE_URL or PORT must not leak into a test), then the test's own.
 */
function childEnv(dataDir: string, options: StartServerOptions): NodeJS.ProcessEnv {
  const inherited: NodeJS.ProcessEnv = {}
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ', 'SYSTEMROOT']) {
    const value = process.env[name]
    if (value !== undefined) {
      inherited[name] = value
    }
  }
  return {
    ...inherited,
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    ...(options.databaseUrl === undefined ? {} : { DATABASE_URL: options.databaseUrl }),
    ...options.env,
  }
}

function assertBuilt(): void {
  if (!existsSync(SERVER_MAIN)) {
    throw new Error(`${SERVER_MAIN} does not exist: build first (pnpm build)`)
  }
}

/** Kills the whole process group (the server and anything it spawned); ignores a group already gone. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) {
    return
  }
  try {
    process.kill(-child.pid, signal)
  } catch {
    // Already exited.
  }
}

function spawnServer(env: NodeJS.ProcessEnv): ChildProcess {
  // detached: its own process group, so a failed test can kill everything it started.
  return spawn(process.execPath, [SERVER_MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
}

/** Parses the demo credentials file. */
export function parseDemoCredentials(text: string): DemoCredentials | null {
  const lines = text.split('\n')
  const start = lines.findIndex(line => DEMO_HEADER.test(line))
  if (start === -1) {
    return null
  }
  const header = DEMO_HEADER.exec(lines[start] ?? '')
  const accounts: DemoAccount[] = []
  let liveEventSlug: string | null = null
  for (const line of lines.slice(start + 1)) {
    const account = DEMO_ACCOUNT.exec(line)
    if (account !== null) {
      accounts.push({
        email: account[1] ?? '',
        roles: (account[2] ?? '').split(',').map(role => role.trim()),
      })
      continue
    }
    liveEventSlug = DEMO_KIOSK.exec(line)?.[1] ?? null
    break
  }
  return { dashboardUrl: header?.[1] ?? '', password: header?.[2] ?? '', accounts, liveEventSlug }
}

/**
 * Starts `node server/dist/main.js` on a free port with a fresh temp DATA_DIR and waits until it
 * prints "Conduct Desk listening on http://HOST:PORT".
 * @throws if the process exits or stays silent for `timeoutMs`; its output is in the message.
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  assertBuilt()
  const dataDir = mkdtempSync(path.join(tmpdir(), 'conduct-desk-test-'))
  const child = spawnServer(childEnv(dataDir, options))
  let stdout = ''
  let stderr = ''
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  // 'close', not 'exit': by then stdout and stderr are complete.
  const exited = new Promise<number | null>(resolve => child.once('close', code => resolve(code)))

  const fail = (reason: string): Error => {
    killGroup(child, 'SIGKILL')
    rmSync(dataDir, { recursive: true, force: true })
    return new Error(`${reason}\n--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`)
  }

  const timeoutMs = options.timeoutMs ?? 60_000
  const port = await new Promise<number>((resolve, reject) => {
    let settled = false
    const settle = (outcome: () => void) => {
      if (!settled) {
        settled = true
        clearTimeout(timer)
        child.stdout?.off('data', onData)
        outcome()
      }
    }
    const timer = setTimeout(
      () => settle(() => reject(fail(`server did not print "listening" within ${timeoutMs} ms`))),
      timeoutMs,
    )
    const onData = () => {
      const match = LISTENING.exec(stdout)
      // Wait for the end of the line too, so the port is complete.
      if (match !== null && stdout.slice(match.index).includes('\n')) {
        settle(() => resolve(Number(match[2])))
      }
    }
    child.stdout?.on('data', onData)
    void exited.then(code => settle(() => reject(fail(`server exited with code ${code} before listening`))))
  })

  let stopped: Promise<number | null> | null = null
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    pid: child.pid ?? -1,
    stdout: () => stdout,
    stderr: () => stderr,
    demo: () => {
      const file = path.join(dataDir, 'demo-credentials.txt')
      return existsSync(file) ? parseDemoCredentials(readFileSync(file, 'utf8')) : null
    },
    stop() {
      stopped ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGTERM')
        }
        const timeout = new Promise<'timeout'>(resolve =>
          setTimeout(() => resolve('timeout'), 15_000).unref(),
        )
        const result = await Promise.race([exited, timeout])
        if (result === 'timeout') {
          killGroup(child, 'SIGKILL')
          await exited
          rmSync(dataDir, { recursive: true, force: true })
          throw new Error(`server did not exit within 15 s of SIGTERM\n--- stdout ---\n${stdout}`)
        }
        rmSync(dataDir, { recursive: true, force: true })
        return result
      })()
      return stopped
    },
  }
}

/**
 * Runs the server with `env` (on top of a temp DATA_DIR, PORT=0, HOST=127.0.0.1) and waits for it to
 * exit, for configurations it must refuse. Kills it if it starts listening or runs past `timeoutMs`.
 */
export async function runServerUntilExit(
  env: Readonly<Record<string, string>>,
  timeoutMs = 15_000,
): Promise<ServerExit> {
  assertBuilt()
  const dataDir = mkdtempSync(path.join(tmpdir(), 'conduct-desk-test-'))
  const child = spawnServer(childEnv(dataDir, { env }))
  let stdout = ''
  let stderr = ''
  let killed = false
  const kill = () => {
    killed = true
    killGroup(child, 'SIGKILL')
  }
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk
    if (LISTENING.test(stdout)) {
      kill()
    }
  })
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const timer = setTimeout(kill, timeoutMs)
  try {
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(resolve =>
      child.once('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal])),
    )
    return { killed, code, signal, stdout, stderr }
  } finally {
    clearTimeout(timer)
    rmSync(dataDir, { recursive: true, force: true })
  }
}
