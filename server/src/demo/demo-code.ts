import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { TOTP_PERIOD_SECONDS } from '@conduct-desk/shared'
import { loadConfig } from '../config/config.js'
import { totpCodeAt } from '../platform/security/totp.js'

// `pnpm demo:code`: the current two-factor code of every demo account, read from the 0600 file the
// demo wrote its authenticator keys to. For trying the demo without an authenticator app.
const file = path.join(loadConfig().dataDir, 'demo-credentials.txt')
if (!existsSync(file)) {
  console.error(`No demo here: ${file} does not exist. Start the server on an empty database first.`)
  process.exit(1)
}
const now = new Date()
const left = TOTP_PERIOD_SECONDS - (Math.floor(now.getTime() / 1000) % TOTP_PERIOD_SECONDS)
console.log(`Codes now (each works once; new ones in ${left} s):`)
for (const line of readFileSync(file, 'utf8').split('\n')) {
  const match = /^\s+(\S+@\S+)\s+(otpauth:\/\/\S+)$/.exec(line)
  const secret = match === null ? null : new URL(match[2] ?? '').searchParams.get('secret')
  if (match !== null && secret !== null) {
    console.log(`  ${totpCodeAt(secret, now)}  ${match[1]}`)
  }
}
