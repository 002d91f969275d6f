import type { DOMWrapper, VueWrapper } from '@vue/test-utils'
import { plain } from './page-clock'

/**
 * The button (within `selector`, e.g. 'dialog button') whose text is `name`, as a person finds it by
 * what it says. @throws when there is none, naming it
 */
export function buttonNamed(
  wrapper: VueWrapper | DOMWrapper<Element>,
  name: string,
  selector = 'button',
): DOMWrapper<Element> {
  const found = wrapper.findAll(selector).find(candidate => plain(candidate.text()) === name)
  if (found === undefined) {
    throw new Error(`no button "${name}"`)
  }
  return found
}
