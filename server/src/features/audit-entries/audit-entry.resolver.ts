import { Role } from '@conduct-desk/shared'
import { Arg, Ctx, Query, Resolver } from 'type-graphql'
import type { Context } from '../../authorization/request-context.js'
import { Allow } from '../../authorization/audience.js'
import { requireViewer } from '../../authorization/require-viewer.js'
import { AuditEntriesFilterInput, AuditPageInput } from './audit-entry.inputs.js'
import type { AuditEntryService } from './audit-entry.service.js'
import { AuditEntryPageType } from './audit-entry.type.js'

/** The audit log, for those who oversee the teams: administrators and the Working Group. */
@Resolver()
export class AuditEntryResolver {
  constructor(private readonly services: { readonly auditEntries: AuditEntryService }) {}

  @Allow(Role.Admin, Role.Wg)
  @Query(() => AuditEntryPageType, {
    description: 'Who read or changed what and when, newest first; looking is itself recorded.',
  })
  auditEntries(
    @Arg('filter', () => AuditEntriesFilterInput, { nullable: true }) filter: AuditEntriesFilterInput | null,
    @Arg('page', () => AuditPageInput, { nullable: true }) page: AuditPageInput | null,
    @Ctx() ctx: Context,
  ): Promise<AuditEntryPageType> {
    return this.services.auditEntries.page(requireViewer(ctx), filter ?? {}, page ?? {})
  }
}
