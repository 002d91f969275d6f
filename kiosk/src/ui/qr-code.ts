import { create } from 'qrcode'

/** A QR symbol as one SVG path, in module units, quiet zone included. */
export interface QrSymbol {
  /** Width and height in modules, including the quiet zone. */
  readonly size: number
  /** `d` attribute drawing every dark module. */
  readonly path: string
}

// The standard asks for four light modules around the symbol so phone cameras find its edges.
const QUIET_ZONE = 4

// Symbols are pure functions of their text; the wipe clears this along with every other cache.
const cache = new Map<string, QrSymbol>()

/**
 * Encodes `text` as vector data for an inline <svg>: sharp at any size on a 1080p screen, and unlike a
 * rendered image it needs no data: URL, canvas or v-html (the CSP stays strict).
 */
export function qrSymbol(text: string): QrSymbol {
  const cached = cache.get(text)
  if (cached) {
    return cached
  }
  const { modules } = create(text, { errorCorrectionLevel: 'M' })
  const parts: string[] = []
  // One rectangle per horizontal run of dark modules: a smaller path, and no seams between neighbours.
  for (let row = 0; row < modules.size; row++) {
    let column = 0
    while (column < modules.size) {
      if (!modules.get(row, column)) {
        column++
        continue
      }
      const start = column
      while (column < modules.size && modules.get(row, column)) {
        column++
      }
      const run = column - start
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${run}v1h-${run}z`)
    }
  }
  const symbol: QrSymbol = { size: modules.size + QUIET_ZONE * 2, path: parts.join('') }
  cache.set(text, symbol)
  return symbol
}

export function clearQrCache(): void {
  cache.clear()
}

/** Drops one symbol, e.g. a booking code's once its receipt is left: a secret is not kept for reuse. */
export function forgetQrSymbol(text: string): void {
  cache.delete(text)
}
