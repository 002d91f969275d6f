import { watch } from 'vue'
import { CACHE_PREFIX, KIOSK_SCOPE, SERVICE_WORKER_PATH } from './offline-copy'

export interface OfflineCopySwitchDeps {
  /** The screen is an enrolled, public kiosk (the server said so, or its own copy did). */
  readonly isEnrolledKiosk: () => boolean
  /** Someone's own phone or computer: the server said this browser is no enrolled kiosk. */
  readonly isPersonalDevice: () => boolean
  /** Once the worker controls the page: ask again for what it keeps, so the copy exists now. */
  readonly onControlled: () => void
  readonly navigatorLike?: Pick<Navigator, 'serviceWorker'>
  readonly cacheStorage?: CacheStorage
}

/**
 * Turns the offline copy on for an enrolled kiosk, and off everywhere else (ADR 0011). Only a venue
 * screen registers the service worker; on someone's own phone the app registers none, and removes a
 * worker and its caches left from an earlier enrolment, so a personal device keeps no trace of the
 * visit beyond what any web page leaves.
 */
export function installOfflineCopySwitch({
  isEnrolledKiosk,
  isPersonalDevice,
  onControlled,
  navigatorLike = navigator,
  cacheStorage = globalThis.caches,
}: OfflineCopySwitchDeps): void {
  const workers = navigatorLike.serviceWorker as ServiceWorkerContainer | undefined
  if (workers === undefined) {
    return
  }
  workers.addEventListener('controllerchange', onControlled)

  async function turnOff(): Promise<void> {
    const registration = await workers?.getRegistration(KIOSK_SCOPE)
    await registration?.unregister()
    const names = (await cacheStorage?.keys()) ?? []
    await Promise.all(
      names.filter(name => name.startsWith(CACHE_PREFIX)).map(name => cacheStorage.delete(name)),
    )
  }

  watch(
    () => (isEnrolledKiosk() ? 'on' : isPersonalDevice() ? 'off' : 'unknown'),
    state => {
      if (state === 'on') {
        // `updateViaCache: 'none'`: a new build's worker is found at once, not after a day.
        void workers
          .register(SERVICE_WORKER_PATH, { scope: KIOSK_SCOPE, updateViaCache: 'none' })
          .catch(() => undefined)
      } else if (state === 'off') {
        void turnOff().catch(() => undefined)
      }
    },
    { immediate: true },
  )
}
