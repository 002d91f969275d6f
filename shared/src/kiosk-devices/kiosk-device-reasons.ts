/** Why a kiosk could not be enrolled; see `errors/error-reasons.ts`. */
export const KioskDeviceReason = {
  CodeShape: 'KIOSK_CODE_SHAPE',
} as const
