import DataLoader from 'dataloader'
import type { PolicyService } from './policy.service.js'
import type { Policy } from './policy.type.js'

/** Per request: the current policy of every event asked for in one tick, in one query. */
export function createPolicyLoaders(policies: PolicyService) {
  return { policyByEventId: new DataLoader<string, Policy>(ids => policies.currentFor(ids)) }
}
