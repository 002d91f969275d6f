import type { FoldedFinding } from './privacy-check.js'

/**
 * Warnings (never blocking): what may identify someone in a small event without naming them.
 *
 * SMALL_COUNT — a count of 1 or 2 ("1", "2", "one", "two", "a single", and Portuguese "um/uma/dois/duas"):
 * - alone in a Markdown table cell ("| 2 |");
 * - before a report word, with at most one word between ("1 report", "two harassment cases"), unless it
 *   numbers something ("Day 2 reports", "Section 1 incidents");
 * - after a report word and a colon or equals sign ("Reports: 1").
 * EXACT_TIME — R41 keeps anything public at day level at most:
 * - any time of day ("14:30", "9.30pm", "2 pm", "14h30", "noon", "midnight"), wherever it is;
 * - a calendar date ("2025-05-12", "12/05/2025", "12 May", "May 12th", "12 de maio") in a sentence (or
 *   line, or table row) that also has an incident word; the event's own dates elsewhere are fine.
 */
const COUNT = '(?:1|2|one|two|single|um|uma|dois|duas)'
const NOUN =
  '(?:reports?|reporters?|cases?|incidents?|complaints?|people|persons?|individuals?|attendees?|speakers?|' +
  'volunteers?|warnings?|relatos?|casos?|incidentes?|denuncias?|ocorrencias?|pessoas?)'
const COUNT_BEFORE_NOUN = new RegExp(
  `(?<![\\p{L}\\p{N}.,:/-])(?<!(?:day|dia|section|part|step|chapter|table|figure|phase|item|no)\\.? )${COUNT}` +
    `\\s+(?:[\\p{L}-]+\\s+)?${NOUN}(?![\\p{L}])`,
  'gu',
)
const NOUN_THEN_COUNT = new RegExp(`(?<![\\p{L}])${NOUN}\\s*[:=]\\s*[12](?![\\p{N}]|[.,]\\p{N})`, 'gu')
const TABLE_CELL_COUNT = /(?<=\|[ \t]*)[12](?=[ \t]*\|)/gu

export function findSmallCounts(folded: string): FoldedFinding[] {
  const found: FoldedFinding[] = []
  for (const pattern of [COUNT_BEFORE_NOUN, NOUN_THEN_COUNT, TABLE_CELL_COUNT]) {
    for (const match of folded.matchAll(pattern)) {
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        kind: 'SMALL_COUNT',
        blocking: false,
      })
    }
  }
  return found
}

const TIME_OF_DAY = new RegExp(
  [
    '(?<![\\p{N}:.,])(?:[01]?\\d|2[0-3])(?::|h)[0-5]\\d(?::[0-5]\\d)?(?![\\p{N}])',
    '(?<![\\p{N}:.,])(?:1[0-2]|0?[1-9])(?:[:.][0-5]\\d)?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)(?![\\p{L}])',
    '(?<![\\p{L}])(?:noon|midnight|meio-dia|meia-noite)(?![\\p{L}])',
  ].join('|'),
  'gu',
)

const MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|' +
  'jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|' +
  'setembro|outubro|novembro|dezembro)'
const DATE = new RegExp(
  [
    '(?<![\\p{N}])\\d{4}-\\d{1,2}-\\d{1,2}(?![\\p{N}])',
    '(?<![\\p{N}.])\\d{1,2}[./]\\d{1,2}[./](?:\\d{4}|\\d{2})(?![\\p{N}])',
    `(?<![\\p{N}])\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+|de\\s+)?${MONTH}(?![\\p{L}])`,
    `(?<![\\p{L}])${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?![\\p{N}])`,
  ].join('|'),
  'gu',
)
const INCIDENT_WORD =
  /(?<![\p{L}])(?:report(?:s|ed)?|incidents?|cases?|complaints?|harass\p{L}*|happened|occurred|relatos?|relatad[oa]s?|casos?|incidentes?|denuncia\p{L}*|ocorr\p{L}*|aconteceu)(?![\p{L}])/u
/** Sentence ends: a newline, or . ! ? before a space (so "12.05.2025" and "Mr.Smith" stay whole). */
const SENTENCE_END = /\n|[.!?](?=\s)/gu

export function findExactTimes(folded: string): FoldedFinding[] {
  const found: FoldedFinding[] = []
  for (const match of folded.matchAll(TIME_OF_DAY)) {
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      kind: 'EXACT_TIME',
      blocking: false,
    })
  }
  const dates = [...folded.matchAll(DATE)]
  if (dates.length === 0) {
    return found
  }
  const sentences = sentencesOf(folded)
  for (const match of dates) {
    if (sentences.hasIncidentWordAround(match.index)) {
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        kind: 'EXACT_TIME',
        blocking: false,
      })
    }
  }
  return found
}

function sentencesOf(folded: string): { hasIncidentWordAround(offset: number): boolean } {
  const ends = [...folded.matchAll(SENTENCE_END)].map(match => match.index + 1)
  const cache = new Map<number, boolean>()
  return {
    hasIncidentWordAround(offset) {
      // The first sentence end after the offset, by binary search.
      let low = 0
      let high = ends.length
      while (low < high) {
        const middle = (low + high) >> 1
        if (ends[middle]! <= offset) {
          low = middle + 1
        } else {
          high = middle
        }
      }
      const known = cache.get(low)
      if (known !== undefined) {
        return known
      }
      const sentence = folded.slice(low === 0 ? 0 : ends[low - 1], ends[low] ?? folded.length)
      const has = INCIDENT_WORD.test(sentence)
      cache.set(low, has)
      return has
    },
  }
}
