import { hash, verify } from '@node-rs/argon2'

/** `Algorithm.Argon2id` of @node-rs/argon2; its enum is `const` and cannot cross isolated modules. */
const ARGON2ID = 2

/**
 * Argon2id at the OWASP floor for interactive sign-in (SECURITY R13: m ≥ 19456 KiB, t ≥ 2, p = 1):
 * about 30 ms here, so a burst of sign-ins does not starve two cores.
 */
export const PASSWORD_HASH_PARAMS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const

const PHC_PARAMS = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/

export function hashPassword(password: string): Promise<string> {
  return hash(password, { ...PASSWORD_HASH_PARAMS, algorithm: ARGON2ID })
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password)
  } catch {
    return false
  }
}

/** True when a stored hash is weaker than today's parameters and should be replaced at sign-in. */
export function needsRehash(storedHash: string): boolean {
  const match = PHC_PARAMS.exec(storedHash)
  if (!match) {
    return true
  }
  const [, m, t] = match.map(Number)
  return (m ?? 0) < PASSWORD_HASH_PARAMS.memoryCost || (t ?? 0) < PASSWORD_HASH_PARAMS.timeCost
}

/**
 * A real hash of nothing, verified when the email is unknown, so "no such account" costs the same
 * time as "wrong password" and answers the same (SECURITY R20).
 */
let dummyHash: Promise<string> | undefined
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('conduct-desk dummy password for timing parity')
  await verifyPassword(await dummyHash, password)
  return false
}
