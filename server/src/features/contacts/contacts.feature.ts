import type { Feature } from '../../platform/feature/feature.js'
import { ContactEntity } from './contact.entity.js'
import { ContactAdminResolver, EventContactsResolver } from './contact-admin.resolver.js'
import { PublicEventContactsResolver } from './public-event-contacts.resolver.js'

/** The CoC contacts attendees can approach, shown on the kiosk. */
export const contactsFeature: Feature = {
  name: 'contacts',
  entities: [ContactEntity],
  resolvers: [PublicEventContactsResolver, ContactAdminResolver, EventContactsResolver],
}
