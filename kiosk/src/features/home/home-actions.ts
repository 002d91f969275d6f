import type { RouteLocationRaw } from 'vue-router'
import type { MessageSchema } from '@/i18n'
import type { IconName } from '@/ui/icons'

/** An action on the start screen; its title and description live at `home.actions.<id>` in i18n. */
export interface HomeAction {
  readonly id: keyof MessageSchema['home']['actions']
  readonly icon: IconName
  readonly to: (slug: string) => RouteLocationRaw
}

/**
 * The start screen's actions, in order. The grid is laid out for four: booking a private meeting,
 * reporting, the Code of Conduct, and finding a contact. Only actions whose screens exist are listed,
 * so nothing on the screen leads nowhere. "I need help now" is not a tile: it gets its own place.
 */
export const HOME_ACTIONS: readonly HomeAction[] = [
  // Booking is always offered: with no free time its screen says so and points to the contacts,
  // rather than the option vanishing. Following a report up ("I have a receipt") is on the report's
  // first screen.
  {
    id: 'officeHours',
    icon: 'calendar',
    to: slug => ({ name: 'office-hours-book', params: { slug } }),
  },
  { id: 'report', icon: 'write', to: slug => ({ name: 'report-form', params: { slug } }) },
  { id: 'policy', icon: 'shield', to: slug => ({ name: 'policy-code-of-conduct', params: { slug } }) },
  { id: 'contacts', icon: 'people', to: slug => ({ name: 'contacts-directory', params: { slug } }) },
]
