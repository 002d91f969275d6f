import { qrSymbolOf, type QrSymbol } from '@conduct-desk/shared'
import { create } from 'qrcode'

// Symbols are pure functions of their text; the wipe clears this along with every other cache.
const cache = new Map<string, QrSymbol>()

/** Encodes `text` as vector data for an inline <svg> (see `qrSymbolOf`), cached until the wipe. */
export function qrSymbol(text: string): QrSymbol {
  const cached = cache.get(text)
  if (cached) {
    return cached
  }
  const symbol = qrSymbolOf(create(text, { errorCorrectionLevel: 'M' }).modules)
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
