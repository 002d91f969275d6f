import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { addKeyToFile, KEY_FILE, readKeyFile, RETIRED_KEY_FILE, retirePreviousKeys } from './key-file.js'
import { KeyRing, keyIdOf } from './key-ring.js'
import { loadKeyRing } from './load-key-ring.js'

const freshDir = () => mkdtempSync(path.join(tmpdir(), 'conduct-desk-key-'))
const mode = (file: string) => statSync(file).mode & 0o777

describe('the data key file', () => {
  it('is created once with one key, readable by its owner only', () => {
    const dir = freshDir()
    const [key] = readKeyFile(dir)
    expect(key).toHaveLength(32)
    expect(mode(path.join(dir, KEY_FILE))).toBe(0o600)
    expect(readKeyFile(dir)).toEqual([key])
  })

  it('reads the one-line file of the first versions, and refuses one others can read', () => {
    const dir = freshDir()
    const file = path.join(dir, KEY_FILE)
    writeFileSync(file, Buffer.alloc(32, 3).toString('base64') + '\n', { mode: 0o600 })
    expect(readKeyFile(dir)).toEqual([Buffer.alloc(32, 3)])
    chmodSync(file, 0o644)
    expect(() => readKeyFile(dir)).toThrow(/chmod 600/)
  })

  it('puts a new key first for a rotation, then retires the old one to its own file', () => {
    const dir = freshDir()
    const [old] = readKeyFile(dir)
    const added = addKeyToFile(dir, new KeyRing(readKeyFile(dir), 'file'))
    const during = loadKeyRing({ dataKey: null, previousDataKeys: [], dataDir: dir })
    expect(during.keys.map(key => key.id)).toEqual([keyIdOf(added), keyIdOf(old!)])
    expect(mode(path.join(dir, KEY_FILE))).toBe(0o600)

    retirePreviousKeys(dir, during, new Date('2026-06-03T10:00:00Z'))
    retirePreviousKeys(dir, during, new Date('2026-06-03T10:05:00Z'))
    expect(readKeyFile(dir)).toEqual([added])
    const retired = readFileSync(path.join(dir, RETIRED_KEY_FILE), 'utf8')
    expect(retired.split(old!.toString('base64'))).toHaveLength(2)
    expect(retired).toContain(`key ${keyIdOf(old!)}, retired 2026-06-03T10:00:00.000Z`)
    expect(mode(path.join(dir, RETIRED_KEY_FILE))).toBe(0o600)
  })

  it('uses DATA_KEY and DATA_KEY_PREVIOUS instead of the file when DATA_KEY is set', () => {
    const dir = freshDir()
    const ring = loadKeyRing({
      dataKey: Buffer.alloc(32, 1),
      previousDataKeys: [Buffer.alloc(32, 2)],
      dataDir: dir,
    })
    expect(ring.source).toBe('environment')
    expect(ring.keys.map(key => key.id)).toEqual([keyIdOf(Buffer.alloc(32, 1)), keyIdOf(Buffer.alloc(32, 2))])
    expect(() => statSync(path.join(dir, KEY_FILE))).toThrow()
  })
})
