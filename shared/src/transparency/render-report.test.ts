import { describe, expect, it } from 'vitest'
import { renderReportHtml, renderReportText } from './render-report.js'

const REPORT = `# Transparency report

We received **3** reports so far. Read [the policy](https://example.org/kiosk/e/policy).

## Statistics

| Year | Reports |
| ---- | ------- |
| 2025 | 2 |
| 2026 | 3 |

- Resolved with a warning.
- Law enforcement was called.
`

describe('renderReportHtml', () => {
  it('renders headings, tables and lists', () => {
    const html = renderReportHtml(REPORT)
    expect(html).toContain('<h1>Transparency report</h1>')
    expect(html).toContain('<strong>3</strong>')
    expect(html).toContain('<td>2026</td>')
    expect(html).toContain('<li>Law enforcement was called.</li>')
  })

  it('never lets raw HTML through: a script, an event handler or an iframe stay text', () => {
    const html = renderReportHtml(
      '<script>alert(1)</script>\n\nHello <img src=x onerror=alert(1)> and <iframe src="https://evil.example"></iframe>\n\n<script>\nfetch("/graphql")\n</script>',
    )
    expect(html).not.toMatch(/<script|<img|<iframe/i)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('keeps only web and mail links, opened without this page’s window', () => {
    const html = renderReportHtml(
      '[ok](https://example.org) [mail](mailto:coc@example.org) [bad](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [file](file:///etc/passwd)',
    )
    expect(html).toContain('<a href="https://example.org" rel="nofollow noopener noreferrer">ok</a>')
    expect(html).toContain('<a href="mailto:coc@example.org" rel="nofollow noopener noreferrer">mail</a>')
    expect(html).not.toMatch(/href="(javascript|data|file):/i)
  })

  it('loads nothing from elsewhere: an image is not rendered as one', () => {
    expect(renderReportHtml('![pixel](https://tracker.example/p.gif)')).not.toContain('<img')
  })
})

describe('renderReportText', () => {
  it('writes plain text for a newsletter: underlined headings, aligned table, link addresses', () => {
    expect(renderReportText(REPORT)).toBe(
      [
        'Transparency report',
        '===================',
        '',
        'We received 3 reports so far. Read the policy (https://example.org/kiosk/e/policy).',
        '',
        'Statistics',
        '----------',
        '',
        'Year | Reports',
        '-----|--------',
        '2025 | 2',
        '2026 | 3',
        '',
        '- Resolved with a warning.',
        '- Law enforcement was called.',
        '',
      ].join('\n'),
    )
  })

  it('numbers ordered lists and keeps a script as the words it is, never markup', () => {
    const text = renderReportText('1. One\n2. Two\n\n<script>alert(1)</script>')
    expect(text).toBe('1. One\n2. Two\n\n<script>alert(1)</script>\n')
  })
})
