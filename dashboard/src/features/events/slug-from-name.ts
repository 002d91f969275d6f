import { SLUG_MAX_LENGTH } from '@conduct-desk/shared'

/**
 * Suggests a short address from an event's name: "Riverside PyCon São Paulo 2026" →
 * "riverside-pycon-sao-paulo-2026". Accents are folded so the slug stays ASCII (it is typed on
 * phones and printed in QR codes); the person can still edit it.
 */
export function slugFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, '')
}
