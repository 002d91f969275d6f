/**
 * Folds a text for the privacy check (case, diacritics, compatibility forms, curly apostrophes) and
 * keeps, for every folded UTF-16 unit, where it came from in the original, so findings point into the
 * text the chair wrote (the dashboard highlights them in place).
 */

/** Letters that NFKD leaves whole although readers take them for a Latin base letter (or two). */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŀ: 'l',
  ŧ: 't',
  // Apostrophes all read as one, so "Müller’s" is "Müller's".
  '’': "'",
  '‘': "'",
  ʼ: "'",
  '′': "'",
  '`': "'",
  '＇': "'",
}

const MARKS = /\p{M}/gu

/** One code point, folded: NFKD, marks dropped, lower case, then the letter folds above. */
export function foldCodePoint(codePoint: string): string {
  const decomposed = codePoint.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(MARKS, '')
  let folded = ''
  for (const char of decomposed) {
    folded += LETTER_FOLDS[char] ?? char
  }
  return folded
}

/** A whole short string (a recorded name, email, handle), folded the same way as texts. */
export function foldText(value: string): string {
  return foldWithOffsets(value).folded
}

export interface FoldedText {
  readonly original: string
  readonly folded: string
  /** Original start offset of each folded unit. */
  readonly originStart: Int32Array
  /** Original end offset of each folded unit (past any combining marks that followed it). */
  readonly originEnd: Int32Array
}

const ASCII_RUN = /[^\u0080-\uffff]+/y

/** Offsets of each folded unit, in typed arrays that double when folding lengthens the text. */
class Offsets {
  starts: Int32Array
  ends: Int32Array
  length = 0

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity)
    this.ends = new Int32Array(capacity)
  }

  push(start: number, end: number): void {
    if (this.length === this.starts.length) {
      const starts = new Int32Array(this.length * 2)
      const ends = new Int32Array(this.length * 2)
      starts.set(this.starts)
      ends.set(this.ends)
      this.starts = starts
      this.ends = ends
    }
    this.starts[this.length] = start
    this.ends[this.length] = end
    this.length += 1
  }
}

export function foldWithOffsets(text: string): FoldedText {
  const parts: string[] = []
  const offsets = new Offsets(text.length + 16)
  let index = 0
  while (index < text.length) {
    ASCII_RUN.lastIndex = index
    const ascii = ASCII_RUN.exec(text)
    if (ascii !== null) {
      // Fast path, a run at a time: a report is mostly ASCII, and normalize() per character is slow.
      parts.push(ascii[0].toLowerCase().replaceAll('`', "'"))
      for (let at = index; at < index + ascii[0].length; at += 1) {
        offsets.push(at, at + 1)
      }
      index += ascii[0].length
      continue
    }
    const code = text.charCodeAt(index)
    const width = code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1
    const folded = foldCodePoint(text.slice(index, index + width))
    // A lone combining mark folds to nothing: it belongs to the letter before it.
    if (folded.length === 0 && offsets.length > 0) {
      offsets.ends[offsets.length - 1] = index + width
    }
    for (let unit = 0; unit < folded.length; unit += 1) {
      offsets.push(index, index + width)
    }
    parts.push(folded)
    index += width
  }
  return {
    original: text,
    folded: parts.join(''),
    originStart: offsets.starts.subarray(0, offsets.length),
    originEnd: offsets.ends.subarray(0, offsets.length),
  }
}

/** The original [start, end) of the folded range [start, end). */
export function originalRange(fold: FoldedText, start: number, end: number): readonly [number, number] {
  return [fold.originStart[start]!, fold.originEnd[end - 1]!]
}
