/** A key of the statistics in words: `photography-without-consent` → "Photography without consent". */
export function plainKey(key: string): string {
  const words = key.replaceAll(/[-_]+/g, ' ').trim().toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** "1 report", "3 reports": the count with its noun, capitalised for the start of a line. */
export function reportsWord(count: number): string {
  return `${count} ${count === 1 ? 'report' : 'reports'}`.replace(/^./, first => first.toUpperCase())
}

/** A cell's text that cannot break the table: pipes escaped, line breaks flattened. */
function cell(value: string | number): string {
  return String(value)
    .replaceAll('|', '\\|')
    .replaceAll(/\s*\n\s*/g, ' ')
}

/** A Markdown table with a header row. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map(row => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n')
}
