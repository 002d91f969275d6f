import { SURVEY_ANSWERS_MAX, SURVEY_TEXT_MAX_LENGTH } from '@conduct-desk/shared'

/** One aggregated answer of the post-event survey, as `recordTransparencySurvey` takes it. */
export interface SurveyRow {
  question: string
  answer: string
  count: number
}

/** What is wrong with one line of the file (worded in i18n: `transparency.survey.csvProblems.*`). */
export type CsvProblem =
  'header' | 'fields' | 'question' | 'answer' | 'count' | 'duplicate' | 'quote' | 'tooMany'

export interface CsvError {
  /** 1-based line of the file where the bad record starts (the header is line 1). */
  readonly line: number
  readonly problem: CsvProblem
}

export interface CsvResult {
  readonly rows: SurveyRow[]
  readonly errors: CsvError[]
}

const HEADER = ['question', 'answer', 'count']
/** Records parsed between two pauses, so a large file never holds the page still. */
const RECORDS_PER_PAUSE = 2_000

interface CsvRecord {
  readonly line: number
  readonly fields: string[]
  readonly isUnclosed: boolean
}

/**
 * Reads the CSV of the survey's aggregated answers in the browser: a header `question,answer,count`
 * (any case, a BOM allowed), then one answer a row. Fields may be quoted ("…", with "" for a quote,
 * commas and line breaks inside). Every bad row is reported with its line, so the person can fix
 * the file; blank lines are skipped. The server's limits are checked here too (200 characters a
 * question or answer, 200 rows), so a file that passes is one the server takes. `onProgress` hears the share of the text read (0…1) now and
 * then, with a pause for the page to draw it.
 */
export async function parseSurveyCsv(
  text: string,
  onProgress: (share: number) => void = () => {},
): Promise<CsvResult> {
  const rows: SurveyRow[] = []
  const errors: CsvError[] = []
  const seen = new Set<string>()
  let isHeader = true
  let sincePause = 0
  for (const record of csvRecords(text.replace(/^\uFEFF/, ''))) {
    if (record.fields.length === 1 && record.fields[0]!.trim() === '' && !record.isUnclosed) {
      continue
    }
    if (isHeader) {
      isHeader = false
      if (record.fields.map(field => field.trim().toLowerCase()).join() !== HEADER.join()) {
        return { rows: [], errors: [{ line: record.line, problem: 'header' }] }
      }
      continue
    }
    const problem = record.isUnclosed ? 'quote' : rowProblem(record.fields, seen)
    if (problem === null && rows.length === SURVEY_ANSWERS_MAX) {
      // Said once, at the first row past the limit: the rest of the file is left unread as answers.
      if (!errors.some(error => error.problem === 'tooMany')) {
        errors.push({ line: record.line, problem: 'tooMany' })
      }
    } else if (problem === null) {
      const [question, answer, count] = record.fields.map(field => field.trim())
      rows.push({ question: question!, answer: answer!, count: Number(count) })
    } else {
      errors.push({ line: record.line, problem })
    }
    sincePause += 1
    if (sincePause === RECORDS_PER_PAUSE) {
      sincePause = 0
      onProgress(record.end / Math.max(1, text.length))
      await new Promise(resolve => setTimeout(resolve, 0))
    }
  }
  if (isHeader) {
    errors.push({ line: 1, problem: 'header' })
  }
  onProgress(1)
  return { rows, errors }
}

function rowProblem(fields: string[], seen: Set<string>): CsvProblem | null {
  if (fields.length !== HEADER.length) {
    return 'fields'
  }
  const [question, answer, count] = fields.map(field => field.trim())
  if (question === '' || question!.length > SURVEY_TEXT_MAX_LENGTH) {
    return 'question'
  }
  if (answer === '' || answer!.length > SURVEY_TEXT_MAX_LENGTH) {
    return 'answer'
  }
  if (!/^\d{1,9}$/.test(count!)) {
    return 'count'
  }
  const key = JSON.stringify([question, answer])
  if (seen.has(key)) {
    return 'duplicate'
  }
  seen.add(key)
  return null
}

/** The records of a CSV text, each with the line it starts on and the offset it ends at. */
function* csvRecords(text: string): Generator<CsvRecord & { end: number }> {
  let at = 0
  let line = 1
  while (at < text.length) {
    const startLine = line
    const fields: string[] = []
    let field = ''
    let isQuoted = false
    let isUnclosed = false
    for (;;) {
      if (at >= text.length) {
        isUnclosed = isQuoted
        fields.push(field)
        break
      }
      const char = text[at]!
      if (isQuoted) {
        if (char === '"' && text[at + 1] === '"') {
          field += '"'
          at += 2
          continue
        }
        if (char === '"') {
          isQuoted = false
        } else {
          if (char === '\n') {
            line += 1
          }
          field += char
        }
        at += 1
        continue
      }
      if (char === '"' && field.trim() === '') {
        isQuoted = true
        field = ''
      } else if (char === ',') {
        fields.push(field)
        field = ''
      } else if (char === '\n' || char === '\r') {
        fields.push(field)
        at += char === '\r' && text[at + 1] === '\n' ? 2 : 1
        line += 1
        break
      } else {
        field += char
      }
      at += 1
    }
    yield { line: startLine, fields, isUnclosed, end: at }
  }
}
