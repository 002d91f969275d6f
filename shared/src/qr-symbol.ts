/** The dark/light grid of a QR code, as the `qrcode` package's `create(…).modules` gives it. */
export interface QrModules {
  readonly size: number
  get(row: number, column: number): number | boolean
}

/** A QR symbol as one SVG path, in module units, quiet zone included. */
export interface QrSymbol {
  /** Width and height in modules, including the quiet zone. */
  readonly size: number
  /** `d` attribute drawing every dark module. */
  readonly path: string
}

// The standard asks for four light modules around the symbol so phone cameras find its edges.
const QUIET_ZONE = 4

/**
 * Vector data for an inline <svg>: sharp at any size, and unlike a rendered image it needs no data:
 * URL, canvas or v-html (the apps' CSP stays strict). Both apps encode with `qrcode` and draw this.
 */
export function qrSymbolOf(modules: QrModules): QrSymbol {
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
  return { size: modules.size + QUIET_ZONE * 2, path: parts.join('') }
}
