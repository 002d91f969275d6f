import { Role } from '@conduct-desk/shared'
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql'
import type { Context } from '../../app/context.js'
import { Allow } from '../../authorization/audience.js'
import { evaluateReadiness } from './readiness-rules.js'
import { Readiness } from './readiness.type.js'

@Resolver()
export class ReadinessResolver {
  @Allow(Role.Admin, Role.Wg, Role.Organizer)
  @Query(() => Readiness, { description: 'The baseline checklist for an event, with what is missing.' })
  async readiness(@Arg('eventId', () => ID) eventId: string, @Ctx() ctx: Context): Promise<Readiness> {
    const [event, contacts, policies] = await Promise.all([
      ctx.services.eventSetup.findById(eventId),
      ctx.services.contactAdmin.listForEvent(eventId),
      ctx.services.policies.currentFor([eventId]),
    ])
    const checks = evaluateReadiness({ event, contacts, policyVersion: policies[0]?.version ?? 0 }).map(
      check => ({
        ...check,
        isMet: check.missing.length === 0,
      }),
    )
    return { isReady: checks.every(check => check.isMet), checks }
  }
}
