import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Secret, TOTP } from 'otpauth'

/**
 * Authenticator codes for the demo accounts, computed from the otpauth URIs the server wrote to its
 * 0600 `DATA_DIR/demo-credentials.txt`, as a person would with an authenticator app.
 */

const PERIOD_MS = 30_000
/** The last step each secret's code was handed out for: the server takes each step once. */
const lastStep = new Map<string, number>()

/** The base-32 secret of each demo account, by email. */
export function demoSecrets(dataDir: string): Map<string, string> {
  const text = readFileSync(path.join(dataDir, 'demo-credentials.txt'), 'utf8')
  const secrets = new Map<string, string>()
  for (const line of text.split('\n')) {
    const match = /^\s+(\S+@\S+)\s+(otpauth:\/\/\S+)$/.exec(line)
    const secret = match === null ? null : new URL(match[2] ?? '').searchParams.get('secret')
    if (match?.[1] !== undefined && secret !== null) {
      secrets.set(match[1], secret)
    }
  }
  return secrets
}

/** The code of `secret` for a 30-second step. */
export function codeAtStep(secret: string, step: number): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: step * PERIOD_MS })
}

/**
 * A code of `secret` the server has not seen yet: the current step's, or the next one's when this
 * process already used the current step (the server accepts one step ahead); waits for time to pass
 * only when both are used.
 */
export async function freshCode(secret: string): Promise<string> {
  for (;;) {
    const now = Math.floor(Date.now() / PERIOD_MS)
    const step = Math.max(now, (lastStep.get(secret) ?? -1) + 1)
    if (step <= now + 1) {
      lastStep.set(secret, step)
      return codeAtStep(secret, step)
    }
    await new Promise(resolve => setTimeout(resolve, (now + 1) * PERIOD_MS - Date.now() + 50))
  }
}

/** The code `freshCode` handed out last for `secret`. */
export function lastCode(secret: string): string {
  const step = lastStep.get(secret)
  if (step === undefined) {
    throw new Error('no code was handed out for this secret yet')
  }
  return codeAtStep(secret, step)
}

/** A fresh code for a demo account of a running server. */
export function demoCode(dataDir: string, email: string): Promise<string> {
  const secret = demoSecrets(dataDir).get(email)
  if (secret === undefined) {
    throw new Error(`${email} has no authenticator key in ${dataDir}/demo-credentials.txt`)
  }
  return freshCode(secret)
}
