import type { Feature } from '../../platform/feature/feature.js'
import { ReadinessResolver } from './readiness.resolver.js'

/** The Working Group's baseline as a checklist computed from the event's setup. */
export const readinessFeature: Feature = { name: 'readiness', entities: [], resolvers: [ReadinessResolver] }
