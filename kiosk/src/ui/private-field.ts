/**
 * SECURITY R28: a field whose text the browser never remembers, corrects or suggests. Bound with
 * `v-bind="PRIVATE_FIELD"` on every input and textarea a visitor types into.
 */
export const PRIVATE_FIELD = {
  autocomplete: 'off',
  autocorrect: 'off',
  autocapitalize: 'off',
  spellcheck: 'false',
} as const
