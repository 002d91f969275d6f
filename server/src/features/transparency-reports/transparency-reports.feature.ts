import type { Feature } from '../../platform/feature/feature.js'
import { TransparencyStatisticsResolver } from './transparency-statistics.resolver.js'

/**
 * Transparency reports (issue 11): an event's statistics counted in SQL from plain columns, and the
 * reports published from them.
 */
export const transparencyReportsFeature: Feature = {
  name: 'transparency-reports',
  entities: [],
  resolvers: [TransparencyStatisticsResolver],
}
