import { nextTick, useTemplateRef } from 'vue'

/**
 * Brings the keyboard back to a button after an inline question (BaseConfirm) closes and the
 * buttons come back: `ref="<key>"` on their container, then call the returned function.
 */
export function useReturnFocus(key: string, button = 'button:last-child'): () => Promise<void> {
  const container = useTemplateRef<HTMLElement>(key)
  return async () => {
    await nextTick()
    container.value?.querySelector<HTMLElement>(button)?.focus()
  }
}
