/**
 * The downloads of a published transparency report (Markdown, a standalone HTML page, plain text for
 * a newsletter), built in the browser from what the page already holds, with the kiosk's words
 * already chosen (`TransparencyDocument`): the same report, statistics and addenda as the page.
 */

/** A table of the statistics, its words resolved: the heading names it, the first column heads rows. */
export interface DocumentTable {
  readonly heading: string
  readonly columns: readonly string[]
  readonly rows: readonly (readonly string[])[]
}

export interface DocumentAddendum {
  /** "Addendum of 3 August 2025" */
  readonly heading: string
  /** The chair's words, as written (Markdown). */
  readonly markdown: string
}

export interface TransparencyDocument {
  readonly lang: string
  /** "Riverside PyCon 2025: transparency report" */
  readonly title: string
  /** "Full report, published on 10 July 2025" */
  readonly subtitle: string
  /** The report itself, as the server rendered it: Markdown, HTML (raw HTML disabled) and plain text. */
  readonly markdown: string
  readonly html: string
  readonly text: string
  readonly statisticsHeading: string
  readonly tables: readonly DocumentTable[]
  readonly addendaHeading: string
  readonly addenda: readonly DocumentAddendum[]
}

export interface DownloadFormat {
  readonly extension: 'md' | 'html' | 'txt'
  readonly type: string
  build(document: TransparencyDocument): string
}

// A cell's words stay words wherever the file is rendered: no column break, no HTML tag.
function markdownCell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\s+/g, ' ')
}

function markdownTable(table: DocumentTable): string {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`
  return [
    `### ${table.heading}`,
    '',
    line(table.columns),
    `|${table.columns.map((_, index) => (index === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...table.rows.map(line),
  ].join('\n')
}

export function toMarkdown(document: TransparencyDocument): string {
  const parts = [
    `# ${document.title}`,
    `_${document.subtitle}_`,
    document.markdown.trim(),
    `## ${document.statisticsHeading}`,
    ...document.tables.map(markdownTable),
  ]
  if (document.addenda.length > 0) {
    parts.push(
      `## ${document.addendaHeading}`,
      ...document.addenda.map(addendum => `### ${addendum.heading}\n\n${addendum.markdown.trim()}`),
    )
  }
  return `${parts.join('\n\n')}\n`
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, character => ESCAPES[character] ?? character)
}

// The downloaded page has its own few rules (it is opened from disk, far from the kiosk's CSS):
// readable measure, tables with borders, black on white when printed, each link's address printed.
const STANDALONE_STYLE = `
body { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; font-family: system-ui, sans-serif; line-height: 1.55; color: #1c2b33; background: #fff; }
h1, h2, h3 { line-height: 1.2; }
table { border-collapse: collapse; margin: 1rem 0; }
caption { text-align: start; font-weight: 700; padding-bottom: 0.5rem; }
th, td { border: 1px solid #4a5a63; padding: 0.25rem 0.5rem; text-align: start; }
td { font-variant-numeric: tabular-nums; }
.addendum { white-space: pre-line; }
.subtitle { color: #4a5a63; }
@media print { body { margin: 0; color: #000; } a[href]::after { content: " (" attr(href) ")"; } }
`.trim()

function htmlTable(table: DocumentTable): string {
  const head = table.columns.map(column => `<th scope="col">${escapeHtml(column)}</th>`).join('')
  const rows = table.rows
    .map(
      ([first = '', ...rest]) =>
        `<tr><th scope="row">${escapeHtml(first)}</th>${rest.map(cell => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`,
    )
    .join('\n')
  return `<table>\n<caption>${escapeHtml(table.heading)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`
}

export function toHtml(document: TransparencyDocument): string {
  const addenda =
    document.addenda.length === 0
      ? ''
      : `<section>\n<h2>${escapeHtml(document.addendaHeading)}</h2>\n${document.addenda
          .map(
            addendum =>
              `<h3>${escapeHtml(addendum.heading)}</h3>\n<div class="addendum">${escapeHtml(addendum.markdown.trim())}</div>`,
          )
          .join('\n')}\n</section>\n`
  return `<!doctype html>
<html lang="${escapeHtml(document.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.title)}</title>
<style>
${STANDALONE_STYLE}
</style>
</head>
<body>
<header>
<h1>${escapeHtml(document.title)}</h1>
<p class="subtitle">${escapeHtml(document.subtitle)}</p>
</header>
<main>
<article>
${document.html.trim()}
</article>
<section>
<h2>${escapeHtml(document.statisticsHeading)}</h2>
${document.tables.map(htmlTable).join('\n')}
</section>
${addenda}</main>
</body>
</html>
`
}

function textTable(table: DocumentTable): string {
  const [, ...labels] = table.columns
  const lines = table.rows.map(
    ([first = '', ...cells]) =>
      `- ${first}: ${cells.map((cell, index) => `${labels[index] ?? ''} ${cell}`).join('; ')}`,
  )
  return [table.heading, ...lines].join('\n')
}

function underlined(heading: string, mark: string): string {
  return `${heading}\n${mark.repeat(heading.length)}`
}

/** Plain text for a newsletter: no markup to strip, headings underlined, one line per table row. */
export function toText(document: TransparencyDocument): string {
  const parts = [
    underlined(document.title, '='),
    document.subtitle,
    document.text.trim(),
    underlined(document.statisticsHeading, '-'),
    ...document.tables.map(textTable),
  ]
  if (document.addenda.length > 0) {
    parts.push(
      underlined(document.addendaHeading, '-'),
      ...document.addenda.map(addendum => `${addendum.heading}\n${addendum.markdown.trim()}`),
    )
  }
  return `${parts.join('\n\n')}\n`
}

export const DOWNLOAD_FORMATS: readonly DownloadFormat[] = [
  { extension: 'md', type: 'text/markdown;charset=utf-8', build: toMarkdown },
  { extension: 'html', type: 'text/html;charset=utf-8', build: toHtml },
  { extension: 'txt', type: 'text/plain;charset=utf-8', build: toText },
]
