import type { Feature } from '../../platform/feature/feature.js'
import { AuditEntryResolver } from './audit-entry.resolver.js'

/**
 * The audit log's view for administrators and the Working Group. The log itself (its tables and
 * `AuditLog.append`) is a platform block every feature writes through: see `app/features.ts`.
 */
export const auditEntriesFeature: Feature = {
  name: 'audit-entries',
  entities: [],
  resolvers: [AuditEntryResolver],
}
