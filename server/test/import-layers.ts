import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

/**
 * The server's layers, top to bottom. A folder imports only folders of a lower layer; within a
 * layer, only feature folders import each other (and never in a circle). `shared` is a package
 * below them all. docs/architecture.md ("Layers") explains where each folder sits and why.
 */
export const LAYERS: readonly (readonly string[])[] = [
  ['main'],
  ['app', 'demo'],
  ['features'],
  ['db', 'authorization'],
  ['platform', 'config'],
]

/** One import between two folders ("units"): `features/cases`, `platform/crypto`, `app`, `main`… */
export interface Arrow {
  readonly from: string
  readonly to: string
  /** One file that makes the arrow, for the failure message. */
  readonly example: string
}

/** The unit a file belongs to: a feature or platform capability on its own, otherwise its top folder. */
function unitOf(relativePath: string): string {
  const parts = relativePath.split('/')
  if (parts.length === 1) {
    return parts[0]?.replace(/\.ts$/, '') ?? relativePath
  }
  return parts[0] === 'features' || parts[0] === 'platform' ? parts.slice(0, 2).join('/') : (parts[0] ?? '')
}

function layerOf(unit: string): number {
  const top = unit.split('/')[0] ?? unit
  const index = LAYERS.findIndex(layer => layer.includes(top))
  if (index === -1) {
    throw new Error(`server/src/${unit} is in no layer: add it to LAYERS in server/test/import-layers.ts`)
  }
  return index
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      return sourceFiles(full)
    }
    // Tests may start the whole server from anywhere, as `server/test/` does: they are not a layer.
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : []
  })
}

/** Every arrow between two units of `srcDir`, type-only imports included (they tie folders as tightly). */
export function importArrows(srcDir: string): Arrow[] {
  const arrows = new Map<string, Arrow>()
  for (const file of sourceFiles(srcDir)) {
    const from = unitOf(path.relative(srcDir, file).split(path.sep).join('/'))
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) {
        continue
      }
      const target = path.relative(srcDir, path.resolve(path.dirname(file), fileName))
      if (target.startsWith('..')) {
        continue
      }
      const to = unitOf(target.split(path.sep).join('/'))
      const key = `${from} → ${to}`
      if (from !== to && !arrows.has(key)) {
        arrows.set(key, { from, to, example: path.relative(srcDir, file) })
      }
    }
  }
  return [...arrows.values()].sort((a, b) => `${a.from}${a.to}`.localeCompare(`${b.from}${b.to}`))
}

const isFeature = (unit: string) => unit.startsWith('features/')
const isPlatform = (unit: string) => unit.startsWith('platform/')

/** Arrows that run up the layers or sideways between folders that may not know each other. */
export function arrowsAgainstTheLayers(arrows: readonly Arrow[]): Arrow[] {
  return arrows.filter(({ from, to }) => {
    const [upper, lower] = [layerOf(from), layerOf(to)]
    if (lower > upper) {
      return false
    }
    const sameFamily = (isFeature(from) && isFeature(to)) || (isPlatform(from) && isPlatform(to))
    return !(lower === upper && sameFamily)
  })
}

/** Groups of feature folders that import each other in a circle (Tarjan's strongly connected components). */
export function featureCircles(arrows: readonly Arrow[]): string[][] {
  const edges = new Map<string, string[]>()
  for (const { from, to } of arrows.filter(arrow => isFeature(arrow.from) && isFeature(arrow.to))) {
    edges.set(from, [...(edges.get(from) ?? []), to])
    edges.set(to, edges.get(to) ?? [])
  }
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const circles: string[][] = []
  const visit = (unit: string) => {
    index.set(unit, index.size)
    low.set(unit, index.get(unit) ?? 0)
    stack.push(unit)
    for (const next of edges.get(unit) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(unit, Math.min(low.get(unit) ?? 0, low.get(next) ?? 0))
      } else if (stack.includes(next)) {
        low.set(unit, Math.min(low.get(unit) ?? 0, index.get(next) ?? 0))
      }
    }
    if (low.get(unit) === index.get(unit)) {
      const circle: string[] = []
      let member: string | undefined
      do {
        member = stack.pop()
        if (member !== undefined) {
          circle.push(member)
        }
      } while (member !== undefined && member !== unit)
      if (circle.length > 1) {
        circles.push(circle.sort())
      }
    }
  }
  for (const unit of edges.keys()) {
    if (!index.has(unit)) {
      visit(unit)
    }
  }
  return circles
}
