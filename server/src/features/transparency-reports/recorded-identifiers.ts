import type { RecordedIdentifiers } from '@conduct-desk/shared'

/**
 * What the privacy check looks for, gathered from one event's records. Structured fields (a case
 * person's name, an account's name and email) go in as they are; free text a reporter wrote ("who
 * was involved", "witnesses", "how to reach me") is read for what looks like an identifier:
 * - every email, phone-shaped number (7+ digits) and `@handle`;
 * - names: runs of capitalised words ("Jürgen Müller", "JÜRGEN"); a single capitalised word that
 *   opens the text or a sentence and goes on ("Someone said…", "Call +49…") is left out, since
 *   that capital says nothing; one that stands alone before punctuation ("Lea, lea@…", "Lea") is kept.
 *   Names written in lower case in free text are missed; the team's case people are the sure source.
 */
export class RecordedIdentifiersBuilder {
  private readonly names = new Set<string>()
  private readonly emails = new Set<string>()
  private readonly phones = new Set<string>()
  private readonly handles = new Set<string>()

  addName(name: string | null | undefined): this {
    if (name?.trim()) {
      this.names.add(name.trim())
    }
    return this
  }

  addEmail(email: string | null | undefined): this {
    if (email?.trim()) {
      this.emails.add(email.trim())
    }
    return this
  }

  addPhone(phone: string | null | undefined): this {
    if (phone?.trim()) {
      this.phones.add(phone.trim())
    }
    return this
  }

  /** Identifiers in text a person wrote; `withNames` false reads only emails, phones and handles. */
  addFreeText(text: string | null | undefined, { withNames }: { withNames: boolean }): this {
    if (!text) {
      return this
    }
    for (const [email] of text.matchAll(EMAIL)) {
      this.emails.add(email)
    }
    const withoutEmails = text.replace(EMAIL, ' ')
    for (const [phone] of withoutEmails.matchAll(PHONE)) {
      if (phone.replace(/\D/gu, '').length >= 7) {
        this.phones.add(phone)
      }
    }
    for (const match of withoutEmails.matchAll(HANDLE)) {
      this.handles.add(match[1]!)
    }
    if (withNames) {
      for (const match of withoutEmails.matchAll(CAPITALISED_RUN)) {
        const isOneWord = !/\s/u.test(match[0])
        const standsAlone = /^[ \t]*(?:$|[,;:.!?()\n])/u.test(
          withoutEmails.slice(match.index + match[0].length),
        )
        if (!isOneWord || standsAlone || !opensSentence(withoutEmails, match.index)) {
          this.names.add(match[0])
        }
      }
    }
    return this
  }

  build(): RecordedIdentifiers {
    return {
      names: [...this.names],
      emails: [...this.emails],
      phones: [...this.phones],
      handles: [...this.handles],
    }
  }
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu
const PHONE = /\+?\(?\d(?:[ \u00a0().\-/]{0,2}\d)+/gu
const HANDLE = /(?<![\p{L}\p{N}_.])@([\p{L}\p{N}_]+(?:[.-][\p{L}\p{N}_]+)*)/gu
const CAPITALISED_WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*"
const CAPITALISED_RUN = new RegExp(
  `(?<![\\p{L}\\p{M}])${CAPITALISED_WORD}(?:[ \\t]+${CAPITALISED_WORD})*`,
  'gu',
)

function opensSentence(text: string, index: number): boolean {
  const before = text.slice(0, index).trimEnd()
  return before.length === 0 || /[.!?:;\n]$/u.test(before)
}
