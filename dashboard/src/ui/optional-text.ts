/** What an optional text field sends: its trimmed text, or null when it was left empty. */
export function optionalText(value: string): string | null {
  const text = value.trim()
  return text === '' ? null : text
}
