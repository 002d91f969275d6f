import {
  appendFileSync,
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  writeSync,
} from 'node:fs'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { DataKeyError, keyIdOf, type KeyRing } from './key-ring.js'

/** The key file in DATA_DIR: one base64 key a line, the first encrypts, `#` lines are comments. */
export const KEY_FILE = 'data.key'
/** Keys a finished rotation took out of use: they open only backups made before it. */
export const RETIRED_KEY_FILE = 'data.key.retired'

const HEADER = [
  '# Conduct Desk data keys (ADR 0007). The first key encrypts; any other is only read until',
  '# `pnpm rotate-key` has moved every value to the first. Never edit a key; keep this file 0600.',
]

/** Writes a file with mode 0600 and makes it durable before it replaces the old one. */
function writeDurably(file: string, text: string): void {
  const temporary = `${file}.tmp`
  const fd = openSync(temporary, 'w', 0o600)
  try {
    writeSync(fd, text)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(temporary, file)
  const dir = openSync(path.dirname(file), 'r')
  try {
    fsyncSync(dir)
  } finally {
    closeSync(dir)
  }
}

function refuseIfShared(file: string): void {
  if ((statSync(file).mode & 0o077) !== 0) {
    throw new DataKeyError(`${file} is readable by others; run chmod 600 on it`)
  }
}

/**
 * The keys of `DATA_DIR/data.key`, first one first. The file is created with one new key, mode
 * 0600, on first start; the server refuses a key file others can read. A file of one line, as the
 * first versions wrote it, is a ring of one key.
 */
export function readKeyFile(dataDir: string): Buffer[] {
  const file = path.join(dataDir, KEY_FILE)
  if (!existsSync(file)) {
    writeDurably(file, [...HEADER, randomBytes(32).toString('base64'), ''].join('\n'))
  }
  refuseIfShared(file)
  const keys = readFileSync(file, 'utf8')
    .split('\n')
    .map(line => line.trim())
    .filter(line => line !== '' && !line.startsWith('#'))
    .map(line => Buffer.from(line, 'base64'))
  if (keys.length === 0 || keys.some(key => key.length !== 32)) {
    throw new DataKeyError(`${file} must hold 32-byte keys in base64, one a line`)
  }
  return keys
}

/** Puts a new key first in the key file, the others after it, still readable. @returns the new key. */
export function addKeyToFile(dataDir: string, ring: KeyRing): Buffer {
  const key = randomBytes(32)
  const lines = [key, ...ring.keys.map(known => known.key)].map(bytes => bytes.toString('base64'))
  writeDurably(path.join(dataDir, KEY_FILE), [...HEADER, ...lines, ''].join('\n'))
  return key
}

/**
 * Ends a rotation in the key file: the current key stays alone in `data.key`; the others move to
 * `data.key.retired` (0600, appended, never overwritten), which the server never reads. Backups
 * made before the rotation need them: keep that file with those backups, away from the server.
 */
export function retirePreviousKeys(dataDir: string, ring: KeyRing, retiredAt: Date): void {
  const retired = path.join(dataDir, RETIRED_KEY_FILE)
  const known = existsSync(retired) ? readFileSync(retired, 'utf8') : ''
  const lines = ring.previous
    .filter(({ key }) => !known.includes(key.toString('base64')))
    .flatMap(({ key }) => [
      `# key ${keyIdOf(key)}, retired ${retiredAt.toISOString()}: opens backups made before then`,
      key.toString('base64'),
    ])
  if (lines.length > 0) {
    appendFileSync(retired, lines.join('\n') + '\n', { mode: 0o600 })
    const fd = openSync(retired, 'r')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  }
  writeDurably(path.join(dataDir, KEY_FILE), [...HEADER, ring.current.key.toString('base64'), ''].join('\n'))
}
