/**
 * A loose check that catches typos before a round trip (missing "@", no dot in the domain); the
 * server decides what it accepts.
 */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim())
}
