import type { Feature } from '../../platform/feature/feature.js'
import { EventEntity } from './event.entity.js'
import { EventResolver } from './event.resolver.js'
import { EventSetupResolver } from './event-setup.resolver.js'
import { SeriesEntity } from './series.entity.js'

/** Series and their events: the public list, the viewer's events, creating them. */
export const eventsFeature: Feature = {
  name: 'events',
  entities: [SeriesEntity, EventEntity],
  resolvers: [EventResolver, EventSetupResolver],
}
