import type { Role } from '@conduct-desk/shared'
import { Authorized, Extensions } from 'type-graphql'

/** The schema extension key under which every root field records who may call it. */
export const AUDIENCE_EXTENSION = 'audience'

/** Anyone signed in, whatever their roles. */
export const SIGNED_IN = 'signed-in'
/** Anyone at all, no account: kiosks, phones, outside tools. */
export const PUBLIC = 'public'

export type Audience = Role | typeof SIGNED_IN | typeof PUBLIC

type FieldDecorator = MethodDecorator & PropertyDecorator

function both(first: FieldDecorator, second: FieldDecorator): FieldDecorator {
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    if (descriptor === undefined) {
      first(target, key)
      second(target, key)
    } else {
      first(target, key, descriptor)
      second(target, key, descriptor)
    }
  }
}

/**
 * Open to the public. Declared, not implied: a root field with neither `@Public()` nor `@Allow()`
 * fails the schema-audience test (authorization/schema-audience.test.ts).
 */
export function Public(): FieldDecorator {
  return Extensions({ [AUDIENCE_EXTENSION]: [PUBLIC] })
}

/**
 * Open to the viewer holding any of `roles` (for the event the operation names, when it names
 * one); with no roles, to anyone signed in. Enforced by `authChecker` before the resolver runs.
 */
export function Allow(...roles: Role[]): FieldDecorator {
  const audience: Audience[] = roles.length === 0 ? [SIGNED_IN] : roles
  return both(Authorized(...roles), Extensions({ [AUDIENCE_EXTENSION]: audience }))
}
