import { inject, provide, type InjectionKey, type Ref } from 'vue'
import type { EventsSetupFrameQuery } from '@/graphql/generated/graphql'

export type CurrentEvent = EventsSetupFrameQuery['event']

/** The event a setup page is about, as its frame loaded it; sections read it and ask for a refresh. */
export interface CurrentEventContext {
  readonly eventId: Readonly<Ref<string>>
  readonly event: Readonly<Ref<CurrentEvent | null>>
  /** Loads the event again, e.g. after its name or status changed. */
  refresh(): Promise<void>
}

const KEY: InjectionKey<CurrentEventContext> = Symbol('current-event')

export function provideCurrentEvent(context: CurrentEventContext): void {
  provide(KEY, context)
}

/** @throws Error outside an event's pages: a section is always rendered inside its frame. */
export function useCurrentEvent(): CurrentEventContext {
  const context = inject(KEY, null)
  if (context === null) {
    throw new Error('useCurrentEvent: no event frame around this page')
  }
  return context
}
