/** A `tel:` address for a number as the organizers typed it ("+351 912 345 678" → "tel:+351912345678"). */
export function telHrefOf(phone: string): string | null {
  const trimmed = phone.trim()
  const digits = trimmed.replace(/\D/g, '')
  if (digits.length < 3) {
    return null
  }
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`
}
