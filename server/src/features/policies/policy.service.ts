import { BASELINE_POLICY_ITEMS } from '@conduct-desk/shared'
import { In } from 'typeorm'
import type { Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import { newId } from '../../platform/security/tokens.js'
import type { TtlCache } from '../../platform/cache/ttl-cache.js'
import type { Clock } from '../../platform/time/clock.js'
import type { PublicEventChanged } from '../events/event-setup.service.js'
import type { SavePolicyInput } from './policy.inputs.js'
import { PolicyRevisionEntity } from './policy-revision.entity.js'
import type { Policy } from './policy.type.js'

/** An event's Code of Conduct: the fixed baseline plus the event's own, versioned extensions. */
export class PolicyService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly onPublicChange: PublicEventChanged,
    /** Current policies, cached briefly (cleared when an event's public face changes). */
    private readonly cache: TtlCache<unknown>,
  ) {}

  /** The current policy of many events, in one query. */
  currentFor(eventIds: readonly string[]): Promise<Policy[]> {
    return this.cache.get(`policies:${eventIds.join(',')}`, async () => {
      const rows = await this.db.read.find(PolicyRevisionEntity, {
        where: { eventId: In([...eventIds]) },
        order: { version: 'DESC' },
      })
      return eventIds.map(eventId => {
        const latest = rows.find(row => row.eventId === eventId)
        return {
          baseline: [...BASELINE_POLICY_ITEMS],
          extensions: latest?.extensions ?? [],
          version: latest?.version ?? 0,
        }
      })
    }) as Promise<Policy[]>
  }

  history(eventId: string): Promise<PolicyRevisionEntity[]> {
    return this.db.read.find(PolicyRevisionEntity, { where: { eventId }, order: { version: 'DESC' } })
  }

  /** Saves the event's extensions as a new version; the baseline is never part of what is saved. */
  async save(author: Viewer, input: SavePolicyInput): Promise<Policy> {
    const extensions = input.extensions.map(extension => ({
      kind: extension.kind,
      text: extension.text.trim(),
    }))
    const version = await this.db.write(async manager => {
      const latest = await manager.findOne(PolicyRevisionEntity, {
        where: { eventId: input.eventId },
        order: { version: 'DESC' },
      })
      const next = (latest?.version ?? 0) + 1
      await manager.insert(PolicyRevisionEntity, {
        id: newId(),
        eventId: input.eventId,
        version: next,
        extensions,
        authorId: author.accountId,
        authorName: author.name,
        createdAt: this.clock.now(),
      })
      return next
    })
    this.onPublicChange(input.eventId)
    return { baseline: [...BASELINE_POLICY_ITEMS], extensions, version }
  }
}
