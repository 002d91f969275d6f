import { Role } from '@conduct-desk/shared'
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql'
import type { Context } from '../../authorization/request-context.js'
import { Allow } from '../../authorization/audience.js'
import { requireViewer } from '../../authorization/require-viewer.js'
import { SetWorkingGroupContactInput } from './working-group-contact.inputs.js'
import type { WorkingGroupContactService } from './working-group-contact.service.js'
import { WorkingGroupContact } from './working-group-contact.type.js'

/** Every staff member may read how to reach the Working Group; the Working Group and admins keep it. */
@Resolver()
export class WorkingGroupContactResolver {
  constructor(private readonly services: { readonly workingGroupContact: WorkingGroupContactService }) {}

  @Allow(Role.Admin, Role.Wg, Role.Organizer, Role.Responder, Role.Chair)
  @Query(() => WorkingGroupContact, {
    description:
      'How responders reach the Working Group during an event (parts unset until the WG sets them).',
  })
  workingGroupContact(): Promise<WorkingGroupContact> {
    return this.services.workingGroupContact.get()
  }

  @Allow(Role.Admin, Role.Wg)
  @Mutation(() => WorkingGroupContact, { description: 'Replaces the Working Group’s contact whole.' })
  setWorkingGroupContact(
    @Arg('input', () => SetWorkingGroupContactInput) input: SetWorkingGroupContactInput,
    @Ctx() ctx: Context,
  ): Promise<WorkingGroupContact> {
    return this.services.workingGroupContact.set(requireViewer(ctx), input)
  }
}
