/** Crockford's base-32: no I, L, O, U, so a code survives being read aloud or copied by hand. */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** One character per value in [0, 32) (larger values wrap). */
export const crockfordGroup = (values: readonly number[]): string =>
  values.map(value => CROCKFORD_ALPHABET[value % 32]).join('')

/** Upper case, no spaces or hyphens, and the look-alikes O→0, I/L→1 read back as the digits. */
export const crockfordClean = (typed: string): string =>
  typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
