import { describe, expect, it } from 'vitest'
import { toHtml, toMarkdown, toText, type TransparencyDocument } from './transparency-documents'

const DOCUMENT: TransparencyDocument = {
  lang: 'en',
  title: 'Py<Con> & "Friends": transparency report',
  subtitle: 'Full report, published on July 10, 2025',
  markdown: 'Words.',
  html: '<p>Words.</p>',
  text: 'Words.',
  statisticsHeading: 'In numbers',
  tables: [{ heading: 'What it was about', columns: ['What', 'Reports'], rows: [['<b>Noise</b>', '1']] }],
  addendaHeading: 'Added after publication',
  addenda: [],
}

describe('transparency report downloads', () => {
  it('escapes the words it adds around the server’s HTML, which it keeps as rendered', () => {
    const html = toHtml(DOCUMENT)
    expect(html).toContain('<title>Py&lt;Con&gt; &amp; &quot;Friends&quot;: transparency report</title>')
    expect(html).toContain('<th scope="row">&lt;b&gt;Noise&lt;/b&gt;</th><td>1</td>')
    expect(html).toContain('<article>\n<p>Words.</p>\n</article>')
    expect(html).not.toContain('Added after publication')
  })

  it('leaves out the addenda section when there are none', () => {
    expect(toMarkdown(DOCUMENT)).not.toContain('Added after publication')
    expect(toText(DOCUMENT)).not.toContain('Added after publication')
    expect(toMarkdown(DOCUMENT)).toContain('| What | Reports |\n| --- | ---: |\n| &lt;b>Noise&lt;/b> | 1 |')
  })
})
