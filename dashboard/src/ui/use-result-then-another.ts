import { nextTick, ref, shallowRef, type Ref } from 'vue'

/**
 * A form that gives way to what it made (an invitation link, an event) once it worked: the result's
 * heading (`headingId`) takes the focus, so it is announced; "another" brings the form back empty (a
 * new `formKey` remounts it) for the next one.
 */
export function useResultThenAnother<T>(headingId: string) {
  const result = shallowRef<T | null>(null) as Ref<T | null>
  const formKey = ref(0)

  async function show(value: T): Promise<void> {
    result.value = value
    await nextTick()
    document.getElementById(headingId)?.focus()
  }

  function another(): void {
    result.value = null
    formKey.value += 1
  }

  return { result, formKey, show, another }
}
