import { computed, useId, useTemplateRef } from 'vue'

/** What every form field of the toolkit takes (BaseFieldFrame draws them). */
export interface FieldProps {
  label: string
  hint?: string
  /** Shown under the field and tied to it by aria-describedby; also marks it aria-invalid. */
  error?: string | null
  id?: string
}

/**
 * The control of a field: its id (the one given, else a generated one) and `focus()`, which the
 * field exposes so a form can move focus to its first invalid field. `ref` names the control's
 * template ref; `control` is the element itself, for a field that exposes more (a text area's selection).
 */
export function useFieldControl<E extends HTMLElement>(props: { readonly id?: string }, ref: string) {
  const fallbackId = useId()
  const controlId = computed(() => props.id ?? fallbackId)
  const control = useTemplateRef<E>(ref)
  return { controlId, control, focus: () => control.value?.focus() }
}
