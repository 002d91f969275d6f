import type { Feature } from '../../platform/feature/feature.js'
import { PolicyRevisionEntity } from './policy-revision.entity.js'
import { EventPolicyResolver, PolicyResolver, PublicEventPolicyResolver } from './policy.resolver.js'

/** The event's Code of Conduct: fixed baseline, versioned extensions. */
export const policiesFeature: Feature = {
  name: 'policies',
  entities: [PolicyRevisionEntity],
  resolvers: [PolicyResolver, PublicEventPolicyResolver, EventPolicyResolver],
}
