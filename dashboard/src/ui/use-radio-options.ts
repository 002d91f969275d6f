import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'

/** One choice of a `BaseRadioCards`: its value, its label and the line that explains it. */
export interface RadioOption<V extends string> {
  value: V
  label: string
  hint: string
}

/**
 * The options of a `BaseRadioCards` whose words sit in two i18n groups keyed by value: the label
 * `<labels>.<value>` and the hint `<hints>.<value>` (recomputed when the language changes).
 */
export function useRadioOptions<V extends string>(
  values: readonly V[],
  labels: string,
  hints: string,
): ComputedRef<RadioOption<V>[]> {
  const { t } = useI18n()
  return computed(() =>
    values.map(value => ({ value, label: t(`${labels}.${value}`), hint: t(`${hints}.${value}`) })),
  )
}
