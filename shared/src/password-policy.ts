import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './limits.js'

/** Why a password was refused; the apps translate these keys. */
export type PasswordProblem = 'too-short' | 'too-long' | 'too-common' | 'contains-context'

/**
 * Passwords people reach for first. The full breach lists are too big to ship in an app; these
 * catch the shapes that still pass a length rule.
 */
const COMMON_STEMS = ['password', 'passwort', 'motdepasse', 'qwerty', 'letmein', 'welcome', 'admin', '123456']
const CONTEXT_WORDS = ['django', 'conduct', 'coc', 'djangocon']

/** Strips repeated characters and digits so `Password12345678` and `passwordpassword` look alike. */
function stem(password: string): string {
  return password
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\d\s!.?_-]+/g, '')
}

/**
 * Checks a new password against ASVS 6.2: length 15–256, no composition rules, not a common
 * password or a word from this product's own context.
 * @param extraContext words of the person's own context (their event's name, their email's local part)
 */
export function checkPassword(
  password: string,
  extraContext: readonly string[] = [],
): PasswordProblem | null {
  const length = [...password].length
  if (length < PASSWORD_MIN_LENGTH) {
    return 'too-short'
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return 'too-long'
  }
  const core = stem(password)
  if (core.length < 6 || COMMON_STEMS.some(word => core.replaceAll(word, '') === '')) {
    return 'too-common'
  }
  const context = [...CONTEXT_WORDS, ...extraContext.map(stem).filter(word => word.length >= 4)]
  if (context.some(word => core.replaceAll(word, '') === '')) {
    return 'contains-context'
  }
  return null
}
