import { Role } from '@conduct-desk/shared'
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql'
import type { Context } from '../../authorization/request-context.js'
import { Allow } from '../../authorization/audience.js'
import { requireViewer } from '../../authorization/require-viewer.js'
import { Event, PublicEvent } from '../events/event.type.js'
import { SavePolicyInput } from './policy.inputs.js'
import { Policy, PolicyRevisionType } from './policy.type.js'
import type { EventSetupService } from '../events/event-setup.service.js'
import type { PolicyService } from './policy.service.js'
import { policyLoadersOf } from './policy.loaders.js'

@Resolver()
export class PolicyResolver {
  constructor(
    private readonly services: {
      readonly eventSetup: EventSetupService
      readonly policies: PolicyService
    },
  ) {}

  @Allow(Role.Admin, Role.Organizer)
  @Mutation(() => Policy, {
    description: 'Saves the extensions as a new version. The baseline cannot be changed.',
  })
  async savePolicy(
    @Arg('input', () => SavePolicyInput) input: SavePolicyInput,
    @Ctx() ctx: Context,
  ): Promise<Policy> {
    await this.services.eventSetup.findById(input.eventId)
    return this.services.policies.save(requireViewer(ctx), input)
  }

  @Allow(Role.Admin, Role.Wg, Role.Organizer, Role.Responder, Role.Chair)
  @Query(() => [PolicyRevisionType], { description: 'Every saved version, newest first.' })
  async policyHistory(@Arg('eventId', () => ID) eventId: string): Promise<PolicyRevisionType[]> {
    return this.services.policies.history(eventId)
  }
}

/** The policy of a public event, batched per request. */
@Resolver(() => PublicEvent)
export class PublicEventPolicyResolver {
  constructor(private readonly services: { readonly policies: PolicyService }) {}

  @FieldResolver(() => Policy)
  policy(@Root() event: PublicEvent, @Ctx() ctx: Context): Promise<Policy> {
    return policyLoadersOf(ctx, this.services.policies).policyByEventId.load(event.id)
  }
}

/** The policy of an event, as its team sees it. */
@Resolver(() => Event)
export class EventPolicyResolver {
  constructor(private readonly services: { readonly policies: PolicyService }) {}

  @FieldResolver(() => Policy)
  policy(@Root() event: Event, @Ctx() ctx: Context): Promise<Policy> {
    return policyLoadersOf(ctx, this.services.policies).policyByEventId.load(event.id)
  }
}
