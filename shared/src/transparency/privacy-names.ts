import { foldText } from './privacy-fold.js'
import type { FoldedText } from './privacy-fold.js'
import type { FoldedFinding } from './privacy-check.js'
import { ALWAYS_CAPITALISED, PRIVACY_STOPWORDS } from './privacy-stopwords.js'

/**
 * Recorded names and handles, indexed once by folded word, so a text is read in one pass whatever the
 * number of identifiers (a map look-up per word, never a regex per identifier).
 *
 * Rules, on folded text (case, accents, "ß"/"ø"/"ł"… and curly apostrophes folded):
 * - the full name matches with any spaces, hyphens, apostrophes, dots or underscores between its
 *   parts ("Jürgen Müller", "jurgen-muller"), and run together ("JurgenMuller", "jmuller"); so does
 *   each space-separated piece of several words ("O'Brien", "Jean-Luc");
 * - each part of 3+ letters matches alone as a whole word ("MULLER", "Mr. Kowalski"), unless it is a
 *   report word (`privacy-stopwords.ts`): that one matches only in the full name, and written
 *   capitalised mid-sentence it is a warning (not for months and weekdays, which English capitalises);
 * - possessives are part of the finding ("Müller's", "Müllers'", and the German "Müllers");
 * - `@handle` matches a recorded handle, or a handle built from a name's parts ("@muller",
 *   "@zoe_dev" for Zoë); recorded handles match with or without their `@` (only with it when the
 *   handle is a report word or shorter than 3 letters).
 */
export interface NameIndex {
  /** Name parts that match alone. */
  readonly parts: ReadonlySet<string>
  /** Parts that are report words: only a warning when capitalised mid-sentence. */
  readonly guarded: ReadonlySet<string>
  /** Full names by their first part, as lists of parts. */
  readonly fullNames: ReadonlyMap<string, readonly (readonly string[])[]>
  /** Parts run together, and first initial + family name. */
  readonly joined: ReadonlySet<string>
  /** Recorded handles, folded, without `@`, by their first word ("zoe_dev" under "zoe"). */
  readonly handles: ReadonlyMap<string, readonly string[]>
}

const WORD = /[\p{L}\p{N}]+/gu
const HANDLE = /@[\p{L}\p{N}_]+(?:[.-][\p{L}\p{N}_]+)*/uy
const HANDLE_CHAR = /[\p{L}\p{N}_]/u
const HANDLE_PIECES = /[_.\-\p{N}]+/u
const BETWEEN_PARTS = /^[\s._'-]{1,3}$/u
const SHORTEST_PART = 3

export function nameIndexOf(names: readonly string[], handles: readonly string[]): NameIndex {
  const parts = new Set<string>()
  const guarded = new Set<string>()
  const fullNames = new Map<string, string[][]>()
  const joined = new Set<string>()
  for (const name of names) {
    const words = foldText(name).match(WORD) ?? []
    if (words.length === 0) {
      continue
    }
    for (const word of words) {
      if (PRIVACY_STOPWORDS.has(word)) {
        if (!ALWAYS_CAPITALISED.has(word)) {
          guarded.add(word)
        }
      } else if (word.length >= SHORTEST_PART) {
        parts.add(word)
      }
    }
    // The whole name, and each space-separated piece of several words ("O'Brien", "Jean-Luc").
    const pieces = foldText(name)
      .split(/\s+/u)
      .map(piece => piece.match(WORD) ?? [])
      .filter(piece => piece.length > 1 && piece.length < words.length)
    for (const sequence of [words, ...pieces]) {
      fullNames.set(sequence[0], [...(fullNames.get(sequence[0]) ?? []), sequence])
      if (sequence.length > 1) {
        joined.add(sequence.join(''))
      }
    }
    if (words.length > 1) {
      for (const family of words.slice(1)) {
        if (family.length >= SHORTEST_PART) {
          joined.add(words[0]![0]! + family)
        }
      }
    }
  }
  const recordedHandles = new Map<string, string[]>()
  for (const handle of handles) {
    const folded = foldText(handle.trim()).replace(/^@+/u, '')
    const first = folded.match(WORD)?.[0]
    if (first !== undefined) {
      recordedHandles.set(first, [...(recordedHandles.get(first) ?? []), folded])
    }
  }
  return { parts, guarded, fullNames, joined, handles: recordedHandles }
}

interface Word {
  readonly start: number
  readonly end: number
  readonly value: string
}

export function findNamesAndHandles(fold: FoldedText, index: NameIndex): FoldedFinding[] {
  const text = fold.folded
  const words: Word[] = []
  for (const match of text.matchAll(WORD)) {
    words.push({ start: match.index, end: match.index + match[0].length, value: match[0] })
  }
  const found: FoldedFinding[] = []
  for (let at = 0; at < words.length; at += 1) {
    const word = words[at]!
    const fullEnd = fullNameEnd(text, words, at, index)
    if (fullEnd !== undefined) {
      found.push(nameFinding(word.start, withPossessive(text, fullEnd), true))
    }
    const handleEnd = recordedHandleEnd(text, word, index)
    if (handleEnd !== undefined) {
      found.push({ start: word.start, end: handleEnd, kind: 'HANDLE', blocking: true })
    }
    // "Müllers" is Müller's, but "this" is not "Thi" (Nguyen Thi Anh)'s: never a report word.
    const singular =
      word.value.endsWith('s') && !PRIVACY_STOPWORDS.has(word.value) ? word.value.slice(0, -1) : ''
    if (index.parts.has(word.value) || index.joined.has(word.value) || index.parts.has(singular)) {
      found.push(nameFinding(word.start, withPossessive(text, word.end), true))
    } else if (index.guarded.has(word.value) && isCapitalisedMidSentence(fold, word.start)) {
      found.push(nameFinding(word.start, word.end, false))
    }
  }
  return [...found, ...findHandles(text, index)]
}

function nameFinding(start: number, end: number, blocking: boolean): FoldedFinding {
  return { start, end, kind: 'NAME', blocking }
}

/** The end of the longest recorded full name (2+ parts, or a short one-part name) starting here. */
function fullNameEnd(text: string, words: readonly Word[], at: number, index: NameIndex): number | undefined {
  let longest: number | undefined
  for (const parts of index.fullNames.get(words[at]!.value) ?? []) {
    // One-part names of 3+ letters are already parts; a one-part report word ("Will") never blocks alone.
    if (parts.length === 1 && (parts[0]!.length >= SHORTEST_PART || PRIVACY_STOPWORDS.has(parts[0]!))) {
      continue
    }
    const last = at + parts.length - 1
    if (last >= words.length) {
      continue
    }
    let matches = true
    for (let offset = 1; offset < parts.length && matches; offset += 1) {
      const word = words[at + offset]!
      matches =
        word.value === parts[offset] &&
        BETWEEN_PARTS.test(text.slice(words[at + offset - 1]!.end, word.start))
    }
    if (matches) {
      longest = Math.max(longest ?? 0, words[last]!.end)
    }
  }
  return longest
}

/** "Müller's" and "Müllers'" end after the apostrophe; the finding covers the whole possessive. */
function withPossessive(text: string, end: number): number {
  if (text.startsWith("'s", end) && !/[\p{L}\p{N}]/u.test(text.charAt(end + 2))) {
    return end + 2
  }
  if (text[end] === "'" && text[end - 1] === 's' && !/[\p{L}\p{N}]/u.test(text.charAt(end + 1))) {
    return end + 1
  }
  return end
}

/** Report words as names: "Will" in "…told Will about…", not "Will" opening a sentence, line or cell. */
function isCapitalisedMidSentence(fold: FoldedText, foldedStart: number): boolean {
  const start = fold.originStart[foldedStart]!
  if (!/\p{Lu}/u.test(fold.original.charAt(start))) {
    return false
  }
  const before = fold.original.slice(Math.max(0, start - 40), start).trimEnd()
  return before.length > 0 && !/[.!?:;|#>*\-\n"“([]$/u.test(before)
}

/** A recorded handle written without its `@` ("zoe_dev", "jmueller"), as a whole handle-shaped word. */
function recordedHandleEnd(text: string, word: Word, index: NameIndex): number | undefined {
  for (const handle of index.handles.get(word.value) ?? []) {
    // Without its "@", a handle that is a report word or very short ("@team", "@al") is that word.
    if (handle.length < SHORTEST_PART || PRIVACY_STOPWORDS.has(handle)) {
      continue
    }
    const end = word.start + handle.length
    if (text.startsWith(handle, word.start) && !HANDLE_CHAR.test(text.charAt(end))) {
      return end
    }
  }
  return undefined
}

/**
 * `@name`, `@name_suffix`, `@name42` and `@recorded`, read from each `@`. An `@` right after a word is
 * an email's domain (the email check has it), so it is skipped here.
 */
function findHandles(text: string, index: NameIndex): FoldedFinding[] {
  const found: FoldedFinding[] = []
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (/[\p{L}\p{N}_.@]/u.test(text.charAt(at - 1))) {
      continue
    }
    HANDLE.lastIndex = at
    const match = HANDLE.exec(text)
    if (match === null) {
      continue
    }
    const handle = match[0].slice(1)
    const first = handle.match(WORD)?.[0] ?? ''
    if ((index.handles.get(first) ?? []).includes(handle) || isBuiltFromName(handle, index)) {
      found.push({ start: at, end: at + match[0].length, kind: 'HANDLE', blocking: true })
    }
  }
  return found
}

function isBuiltFromName(handle: string, index: NameIndex): boolean {
  const pieces = handle.split(HANDLE_PIECES).filter(piece => piece.length > 0)
  return (
    index.joined.has(pieces.join('')) ||
    pieces.some(piece => index.parts.has(piece) || index.joined.has(piece))
  )
}
