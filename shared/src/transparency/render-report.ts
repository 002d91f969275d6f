import markdownIt, { type Token } from 'markdown-it'

/** Link targets a published report may hold: web pages and email addresses, never scripts or files. */
const SAFE_LINK = /^(https?:|mailto:)/i

/**
 * The one Markdown renderer of transparency reports: the dashboard's live preview and the published
 * page both come from it, so what the chair sees is what the public reads. Raw HTML is off (a
 * `<script>` in the text stays text), images are off (a public page loads nothing from elsewhere),
 * and links go only to http(s) and mailto addresses.
 */
const markdown = markdownIt('commonmark', { html: false, linkify: false, typographer: false })
  .enable(['table', 'strikethrough'])
  .disable(['image'])

markdown.validateLink = (url: string) => SAFE_LINK.test(url.trim())

const defaultLinkOpen = markdown.renderer.rules.link_open
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  // A report links out to the policy and other pages: never give them this page's window or address.
  tokens[index]?.attrSet('rel', 'nofollow noopener noreferrer')
  return defaultLinkOpen === undefined
    ? self.renderToken(tokens, index, options)
    : defaultLinkOpen(tokens, index, options, env, self)
}

/** The report as HTML, for the public page and the HTML download. */
export function renderReportHtml(source: string): string {
  return markdown.render(source)
}

/** The text of one inline token list: links keep their address after the words, for a newsletter. */
function inlineText(children: readonly Token[]): string {
  let text = ''
  let href: string | null = null
  let linkStart = 0
  for (const child of children) {
    switch (child.type) {
      case 'softbreak':
        text += '\n'
        break
      case 'hardbreak':
        text += '\n'
        break
      case 'link_open':
        href = String(child.attrGet('href') ?? '')
        linkStart = text.length
        break
      case 'link_close':
        if (href !== null && text.slice(linkStart) !== href.replace(/^mailto:/i, '')) {
          text += ` (${href})`
        }
        href = null
        break
      default:
        text += child.content
    }
  }
  return text
}

/** Rows of cells as aligned plain text, a line of dashes under the header. */
function tableText(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = []
  for (const row of rows) {
    row.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, cell.length)))
  }
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join(' | ')
      .trimEnd()
  const [header, ...body] = rows
  return header === undefined
    ? []
    : [line(header), widths.map(width => '-'.repeat(width)).join('-|-'), ...body.map(line)]
}

interface ListState {
  readonly isOrdered: boolean
  next: number
}

/**
 * The report as plain text for a newsletter: headings underlined, list items with dashes or
 * numbers, tables as aligned columns, link addresses written out. No markup of any kind.
 */
export function renderReportText(source: string): string {
  const blocks: string[] = []
  const lists: ListState[] = []
  let prefix = ''
  let table: string[][] | null = null
  let headingLevel = 0
  // Items of one list stay together, one a line; everything else is a paragraph of its own.
  let isInList = false
  const add = (text: string) => {
    const indent = lists.length > 0 ? '  '.repeat(lists.length) : ''
    const lines = text.split('\n')
    const block = [prefix + (lines[0] ?? ''), ...lines.slice(1).map(rest => indent + rest)].join('\n')
    if (isInList && blocks.length > 0) {
      blocks[blocks.length - 1] += '\n' + block
    } else {
      blocks.push(block)
    }
    isInList = lists.length > 0
    prefix = indent
  }
  for (const token of markdown.parse(source, {})) {
    switch (token.type) {
      case 'heading_open':
        headingLevel = Number(token.tag.slice(1))
        break
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({
          isOrdered: token.type === 'ordered_list_open',
          next: Number(token.attrGet('start') ?? 1),
        })
        break
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop()
        prefix = ''
        isInList = lists.length > 0
        break
      case 'list_item_open': {
        const list = lists[lists.length - 1]
        const marker = list?.isOrdered ? `${list.next++}. ` : '- '
        prefix = '  '.repeat(lists.length - 1) + marker
        break
      }
      case 'table_open':
        table = []
        break
      case 'tr_open':
        table?.push([])
        break
      case 'table_close':
        blocks.push(tableText(table ?? []).join('\n'))
        table = null
        break
      case 'inline':
        if (table !== null) {
          table[table.length - 1]?.push(inlineText(token.children ?? []))
        } else if (headingLevel > 0) {
          const text = inlineText(token.children ?? [])
          add(headingLevel <= 2 ? `${text}\n${(headingLevel === 1 ? '=' : '-').repeat(text.length)}` : text)
          headingLevel = 0
        } else {
          add(inlineText(token.children ?? []))
        }
        break
      case 'fence':
      case 'code_block':
        add(token.content.replace(/\n$/, ''))
        break
      case 'hr':
        add('----')
        break
      default:
        break
    }
  }
  return blocks.join('\n\n').replace(/\n{3,}/g, '\n\n') + '\n'
}
