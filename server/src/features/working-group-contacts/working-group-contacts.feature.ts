import type { Feature } from '../../platform/feature/feature.js'
import { WorkingGroupContactEntity } from './working-group-contact.entity.js'
import { WorkingGroupContactResolver } from './working-group-contact.resolver.js'

/** What the deployment's Working Group keeps for every event: how responders reach it. */
export const workingGroupContactsFeature: Feature = {
  name: 'working-group-contacts',
  entities: [WorkingGroupContactEntity],
  resolvers: [WorkingGroupContactResolver],
}
