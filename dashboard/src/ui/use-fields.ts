import { useI18n } from 'vue-i18n'

/** What a field component takes from its form: spread it with `v-bind`, then add what is its own. */
export interface FieldBinding {
  modelValue: string
  'onUpdate:modelValue': (value: string) => void
  label: string
  hint: string | undefined
  error: string | null | undefined
}

/** The names of the text values of a form's draft (what a text field or a select can edit). */
export type TextKey<V> = { [P in keyof V]: V[P] extends string ? P : never }[keyof V] & string

/**
 * The wiring every form field repeats, in one call: `v-bind="field('place')"` binds the value of
 * `values.place` (`values` may be a getter, for a draft the form replaces when it resets), the label `<texts>.place`, the hint `<texts>.placeHint` where the i18n group has
 * one, and the error `errors().place` (a `useForm`'s `errors`). A prop written after the `v-bind`
 * (`:hint="…"`) replaces the bound one.
 */
export function useFields<V extends object>(
  values: V | (() => V),
  texts: string,
  errors: () => Partial<Record<string, string | null>> = () => ({}),
): (name: TextKey<V>, errorName?: string) => FieldBinding {
  const { t, te } = useI18n()
  const strings = () => (typeof values === 'function' ? values() : values) as Record<string, string>
  return (name, errorName = name) => ({
    modelValue: strings()[name] ?? '',
    'onUpdate:modelValue': value => {
      strings()[name] = value
    },
    label: t(`${texts}.${name}`),
    hint: te(`${texts}.${name}Hint`) ? t(`${texts}.${name}Hint`) : undefined,
    error: errors()[errorName],
  })
}
