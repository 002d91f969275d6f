import { Role } from '@conduct-desk/shared'
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql'
import type { Context } from '../../app/context.js'
import { Allow } from '../../authorization/audience.js'
import { requireViewer } from '../../authorization/require-viewer.js'
import { Event, PublicEvent } from '../events/event.type.js'
import { SavePolicyInput } from './policy.inputs.js'
import { Policy, PolicyRevisionType } from './policy.type.js'

@Resolver()
export class PolicyResolver {
  @Allow(Role.Admin, Role.Organizer)
  @Mutation(() => Policy, {
    description: 'Saves the extensions as a new version. The baseline cannot be changed.',
  })
  async savePolicy(
    @Arg('input', () => SavePolicyInput) input: SavePolicyInput,
    @Ctx() ctx: Context,
  ): Promise<Policy> {
    await ctx.services.eventSetup.findById(input.eventId)
    return ctx.services.policies.save(requireViewer(ctx), input)
  }

  @Allow(Role.Admin, Role.Wg, Role.Organizer, Role.Responder, Role.Chair)
  @Query(() => [PolicyRevisionType], { description: 'Every saved version, newest first.' })
  async policyHistory(
    @Arg('eventId', () => ID) eventId: string,
    @Ctx() ctx: Context,
  ): Promise<PolicyRevisionType[]> {
    return ctx.services.policies.history(eventId)
  }
}

/** The policy of a public event, batched per request. */
@Resolver(() => PublicEvent)
export class PublicEventPolicyResolver {
  @FieldResolver(() => Policy)
  policy(@Root() event: PublicEvent, @Ctx() ctx: Context): Promise<Policy> {
    return ctx.loaders.policyByEventId.load(event.id)
  }
}

/** The policy of an event, as its team sees it. */
@Resolver(() => Event)
export class EventPolicyResolver {
  @FieldResolver(() => Policy)
  policy(@Root() event: Event, @Ctx() ctx: Context): Promise<Policy> {
    return ctx.loaders.policyByEventId.load(event.id)
  }
}
