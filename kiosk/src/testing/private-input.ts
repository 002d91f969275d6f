/**
 * The attributes of a field whose text the browser must never remember, correct or suggest
 * (SECURITY R28): `expect(input.attributes()).toMatchObject(PRIVATE_INPUT)`.
 */
export const PRIVATE_INPUT = {
  autocomplete: 'off',
  autocorrect: 'off',
  autocapitalize: 'off',
  spellcheck: 'false',
} as const
