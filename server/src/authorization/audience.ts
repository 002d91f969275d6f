import type { Role } from '@conduct-desk/shared'
import { Authorized, Extensions } from 'type-graphql'

/** The schema extension key under which every root field records who may call it. */
export const AUDIENCE_EXTENSION = 'audience'

/** Anyone signed in, whatever their roles. */
export const SIGNED_IN = 'signed-in'
/** Anyone at all, no account: kiosks, phones, outside tools. */
export const PUBLIC = 'public'

export type Audience = Role | typeof SIGNED_IN | typeof PUBLIC

function both(first: MethodDecorator, second: MethodDecorator): MethodDecorator & PropertyDecorator {
  return ((target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    first(target, key, descriptor as PropertyDescriptor)
    second(target, key, descriptor as PropertyDescriptor)
  }) as MethodDecorator & PropertyDecorator
}

/**
 * Open to the public. Declared, not implied: a root field with neither `@Public()` nor `@Allow()`
 * fails the schema-audience test (authorization/schema-audience.test.ts).
 */
export function Public(): MethodDecorator & PropertyDecorator {
  return Extensions({ [AUDIENCE_EXTENSION]: [PUBLIC] }) as MethodDecorator & PropertyDecorator
}

/**
 * Open to the viewer holding any of `roles` (for the event the operation names, when it names
 * one); with no roles, to anyone signed in. Enforced by `authChecker` before the resolver runs.
 */
export function Allow(...roles: Role[]): MethodDecorator & PropertyDecorator {
  const audience: Audience[] = roles.length === 0 ? [SIGNED_IN] : roles
  return both(
    Authorized(...roles) as MethodDecorator,
    Extensions({ [AUDIENCE_EXTENSION]: audience }) as MethodDecorator,
  )
}
