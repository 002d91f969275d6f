import DataLoader from 'dataloader'
import type { Context } from '../../authorization/request-context.js'
import type { PolicyService } from './policy.service.js'
import type { Policy } from './policy.type.js'

/** Per request: the current policy of every event asked for in one tick, in one query. */
export function createPolicyLoaders(policies: PolicyService) {
  return { policyByEventId: new DataLoader<string, Policy>(ids => policies.currentFor(ids)) }
}

export type PolicyLoaders = ReturnType<typeof createPolicyLoaders>

/** This request's policy loaders, made on first use and shared by every resolver of the request. */
export function policyLoadersOf(ctx: Pick<Context, 'perRequest'>, policies: PolicyService): PolicyLoaders {
  return ctx.perRequest.once(createPolicyLoaders, policies)
}
