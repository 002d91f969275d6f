import { Column, type ColumnOptions, type ValueTransformer } from 'typeorm'

/**
 * Instants are stored as UTC ISO-8601 strings of fixed width (`2026-06-01T09:00:00.000Z`) on both
 * dialects: they sort and compare as text, need no per-dialect column type in the hand-written
 * migrations, and never meet a driver's time-zone conversion. See docs/decisions/0003.
 */
const instantTransformer: ValueTransformer = {
  to: (value: Date | null | undefined) => (value instanceof Date ? value.toISOString() : (value ?? null)),
  from: (value: string | null) => (value === null ? null : new Date(value)),
}

export const INSTANT_LENGTH = 24

export function InstantColumn(options: Pick<ColumnOptions, 'name' | 'nullable'> = {}): PropertyDecorator {
  return Column({ type: 'varchar', length: INSTANT_LENGTH, transformer: instantTransformer, ...options })
}

/** A calendar date in the event's own time zone, `YYYY-MM-DD`. */
export function LocalDateColumn(options: Pick<ColumnOptions, 'name' | 'nullable'> = {}): PropertyDecorator {
  return Column({ type: 'varchar', length: 10, ...options })
}

const jsonTransformer: ValueTransformer = {
  to: (value: unknown) => (value === undefined ? null : JSON.stringify(value)),
  from: (value: string | null) => (value === null ? null : (JSON.parse(value) as unknown)),
}

/** Small structured values (a list of languages, on-duty hours) kept as JSON text on both dialects. */
export function JsonColumn(options: Pick<ColumnOptions, 'name' | 'nullable'> = {}): PropertyDecorator {
  return Column({ type: 'text', transformer: jsonTransformer, ...options })
}
