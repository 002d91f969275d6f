import { TransparencyReason } from '@conduct-desk/shared'
import { badUserInput } from '../../platform/errors/domain-error.js'

/**
 * The text of a report or addendum as it is kept: refused when empty or longer than `maxLength`.
 * @throws BAD_USER_INPUT with TRANSPARENCY_TEXT_EMPTY or TRANSPARENCY_TEXT_TOO_LONG
 */
export function reportText(markdown: string, maxLength: number): string {
  if (markdown.trim() === '') {
    throw badUserInput('Write the text first.', 'markdown', TransparencyReason.TextEmpty)
  }
  if (markdown.length > maxLength) {
    throw badUserInput(
      `The text is longer than ${maxLength} characters.`,
      'markdown',
      TransparencyReason.TextTooLong,
    )
  }
  return markdown
}
