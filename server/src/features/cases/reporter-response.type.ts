import { registerEnumType } from 'type-graphql'
import type { ReporterResponse } from './case-proposal.entity.js'

/** A reporter's answer to a proposed resolution, as the schema names it. */
export const ReporterResponseEnum = {
  AGREES: 'agrees',
  CONCERNS: 'concerns',
  /** Recorded by the team: the reporter could not be reached (with the reason). */
  UNREACHABLE: 'unreachable',
} as const satisfies Record<string, ReporterResponse>

registerEnumType(ReporterResponseEnum, {
  name: 'ReporterResponse',
  description: 'The reporter’s answer to a proposed resolution, or that the team could not reach them.',
})
