import { rmSync, writeFileSync } from 'node:fs'

/**
 * Writes `text` to a file only its owner may read or write (0600), replacing any earlier one: for
 * secrets the console only points to, since stdout often lands in logs others read (SECURITY R55).
 * An earlier file is removed first rather than overwritten, so a copy left readable by others
 * never receives the new secret.
 */
export function writePrivateFile(file: string, text: string): void {
  rmSync(file, { force: true })
  writeFileSync(file, text, { mode: 0o600, flag: 'wx' })
}
