import type { Feature } from '../../platform/feature/feature.js'
import { KioskDeviceEntity } from './kiosk-device.entity.js'
import { KioskDeviceResolver } from './kiosk-device.resolver.js'

/** The venue's kiosks: enrolment by code, device cookie, last seen, revocation. */
export const kioskDevicesFeature: Feature = {
  name: 'kiosk-devices',
  entities: [KioskDeviceEntity],
  resolvers: [KioskDeviceResolver],
}
