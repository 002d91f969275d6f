/** A stretch of a privacy finding, as the server reports it (UTF-16 offsets into the checked text). */
export interface FindingSpan {
  readonly start: number
  readonly end: number
  readonly text: string
}

/** A piece of the marked text: plain, or the part of the text the finding at `finding` points at. */
export interface MarkedPiece {
  readonly text: string
  /** Index into the findings list, when this piece is a finding. */
  readonly finding: number | null
}

/**
 * Cuts `text` into plain pieces and marked ones, one per finding, in reading order. Offsets are
 * JavaScript string offsets (UTF-16 code units), as the check computed them on this very text, so
 * "Müller's" stays whole whatever its accents. A finding that does not match the text (out of range,
 * or the text changed since) is left out rather than drawn in the wrong place; a finding overlapping
 * an earlier one is marked from where the earlier one ends.
 */
export function markedPieces(text: string, findings: readonly FindingSpan[]): MarkedPiece[] {
  const order = findings
    .map((finding, index) => ({ finding, index }))
    .filter(({ finding }) => isInText(text, finding))
    .sort((a, b) => a.finding.start - b.finding.start || b.finding.end - a.finding.end)
  const pieces: MarkedPiece[] = []
  let cursor = 0
  for (const { finding, index } of order) {
    const start = Math.max(cursor, finding.start)
    if (start >= finding.end) {
      continue
    }
    if (start > cursor) {
      pieces.push({ text: text.slice(cursor, start), finding: null })
    }
    pieces.push({ text: text.slice(start, finding.end), finding: index })
    cursor = finding.end
  }
  if (cursor < text.length) {
    pieces.push({ text: text.slice(cursor), finding: null })
  }
  return pieces
}

function isInText(text: string, finding: FindingSpan): boolean {
  return (
    finding.start >= 0 &&
    finding.end > finding.start &&
    finding.end <= text.length &&
    text.slice(finding.start, finding.end) === finding.text
  )
}

/**
 * Where a finding is in `text` now: its own offsets while they still point at it, else the
 * occurrence of its words nearest to them (the chair typed since the check), else null.
 */
export function locateFinding(text: string, finding: FindingSpan): { start: number; end: number } | null {
  if (isInText(text, finding)) {
    return { start: finding.start, end: finding.end }
  }
  let best: number | null = null
  for (let at = text.indexOf(finding.text); at !== -1; at = text.indexOf(finding.text, at + 1)) {
    if (best === null || Math.abs(at - finding.start) < Math.abs(best - finding.start)) {
      best = at
    }
  }
  return best === null || finding.text === '' ? null : { start: best, end: best + finding.text.length }
}
