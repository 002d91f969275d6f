import { Role } from '@conduct-desk/shared'
import { Arg, ID, Query, Resolver } from 'type-graphql'
import { Allow } from '../../authorization/audience.js'
import { evaluateReadiness } from './readiness-rules.js'
import { Readiness } from './readiness.type.js'
import type { ContactAdminService } from '../contacts/contact-admin.service.js'
import type { EventSetupService } from '../events/event-setup.service.js'
import type { PolicyService } from '../policies/policy.service.js'

@Resolver()
export class ReadinessResolver {
  constructor(
    private readonly services: {
      readonly contactAdmin: ContactAdminService
      readonly eventSetup: EventSetupService
      readonly policies: PolicyService
    },
  ) {}

  @Allow(Role.Admin, Role.Wg, Role.Organizer)
  @Query(() => Readiness, { description: 'The baseline checklist for an event, with what is missing.' })
  async readiness(@Arg('eventId', () => ID) eventId: string): Promise<Readiness> {
    const [event, contacts, policies] = await Promise.all([
      this.services.eventSetup.findById(eventId),
      this.services.contactAdmin.listForEvent(eventId),
      this.services.policies.currentFor([eventId]),
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
