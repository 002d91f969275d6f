import { describe, expect, it } from 'vitest'
import { parseSurveyCsv } from './survey-csv'

describe('parseSurveyCsv', () => {
  it('reads the aggregated answers, quoted fields and a BOM included', async () => {
    const text =
      '\uFEFFQuestion,Answer,Count\r\n' +
      'Did you know how to report?,Yes,120\r\n' +
      '"Did you feel safe, overall?","Mostly, yes",80\r\n' +
      '\r\n' +
      '"A ""quoted"" question","Line one\nline two",3\r\n'

    const result = await parseSurveyCsv(text)

    expect(result.errors).toEqual([])
    expect(result.rows).toEqual([
      { question: 'Did you know how to report?', answer: 'Yes', count: 120 },
      { question: 'Did you feel safe, overall?', answer: 'Mostly, yes', count: 80 },
      { question: 'A "quoted" question', answer: 'Line one\nline two', count: 3 },
    ])
  })

  it('reports each bad row with the line it is on, and keeps the good ones', async () => {
    const text = [
      'question,answer,count',
      'Q1,Yes,10',
      'Q1,No',
      ',No,3',
      'Q2,,3',
      'Q2,Yes,-1',
      '"Q3\nspread over two lines",Yes,many',
      'Q1,Yes,4',
      'Q4,Yes,2',
      '"Q5,Yes,1',
    ].join('\n')

    const result = await parseSurveyCsv(text)

    expect(result.errors).toEqual([
      { line: 3, problem: 'fields' },
      { line: 4, problem: 'question' },
      { line: 5, problem: 'answer' },
      { line: 6, problem: 'count' },
      { line: 7, problem: 'count' },
      { line: 9, problem: 'duplicate' },
      { line: 11, problem: 'quote' },
    ])
    expect(result.rows).toEqual([
      { question: 'Q1', answer: 'Yes', count: 10 },
      { question: 'Q4', answer: 'Yes', count: 2 },
    ])
  })

  it('refuses a file without the expected header, on its first line', async () => {
    expect(await parseSurveyCsv('q,a\nQ1,Yes,1')).toEqual({
      rows: [],
      errors: [{ line: 1, problem: 'header' }],
    })
    expect(await parseSurveyCsv('')).toEqual({ rows: [], errors: [{ line: 1, problem: 'header' }] })
  })

  it('tells how far it got while reading a large file, ending at all of it, and stops at the 200 answers an edition holds', async () => {
    const lines = ['question,answer,count']
    for (let index = 0; index < 5000; index += 1) {
      lines.push(`Question ${index},Yes,${index}`)
    }
    const shares: number[] = []

    const result = await parseSurveyCsv(lines.join('\n'), share => shares.push(share))

    expect(result.rows).toHaveLength(200)
    expect(result.errors).toEqual([{ line: 202, problem: 'tooMany' }])
    expect(shares.length).toBeGreaterThan(2)
    expect(shares).toEqual([...shares].sort((a, b) => a - b))
    expect(shares.at(-1)).toBe(1)
  })
})
