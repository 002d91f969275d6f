import type { ContainerType } from 'type-graphql'
import type { ClassRef } from '../feature/feature.js'

/**
 * The container type-graphql takes (`buildSchema({ container })`): one instance of each resolver,
 * built by the composition root with the services it needs, so resolvers import no composition.
 */
export class ResolverInstances implements ContainerType {
  private readonly byClass = new Map<ClassRef, object>()

  constructor(instances: readonly object[]) {
    for (const instance of instances) {
      this.byClass.set(instance.constructor, instance)
    }
  }

  /** The instance of `resolverClass`; throws for a class the composition root did not build. */
  get<T extends object>(resolverClass: abstract new (...args: never[]) => T): T {
    const instance = this.byClass.get(resolverClass)
    if (instance === undefined) {
      throw new Error(`No instance of ${resolverClass.name}: build it in app/create-resolvers.ts`)
    }
    return instance as T
  }

  /** The classes among `resolverClasses` that have no instance (checked once, when the schema is built). */
  missing(resolverClasses: readonly ClassRef[]): ClassRef[] {
    return resolverClasses.filter(resolverClass => !this.byClass.has(resolverClass))
  }
}
