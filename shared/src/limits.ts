/**
 * Field limits, enforced by the server's input validation and mirrored by the apps' forms so a
 * person learns about a limit while typing, not after sending.
 */
export const EMAIL_MAX_LENGTH = 254
export const PERSON_NAME_MAX_LENGTH = 120
export const EVENT_NAME_MAX_LENGTH = 160
export const SLUG_MAX_LENGTH = 80
/** ASVS 6.2: long passphrases, no composition rules. */
export const PASSWORD_MIN_LENGTH = 15
export const PASSWORD_MAX_LENGTH = 256
/** Invitation links stay valid this long (SECURITY R16). */
export const INVITATION_TTL_HOURS = 72

/** Lowercase words joined by single hyphens: safe in URLs and QR codes. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A phone number as people write it: digits, spaces, brackets, dots, dashes and an optional leading +. */
export const PHONE_PATTERN = /^\+?[0-9 ()./-]{3,40}$/
/** The Working Group's note for responders (hours, who answers). */
export const WORKING_GROUP_NOTE_MAX_LENGTH = 500

/** A calendar date, `YYYY-MM-DD`. */
export const LOCAL_DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
/** A wall-clock time, `HH:MM`. */
export const LOCAL_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/

/**
 * The local emergency number of an event's venue (112, 911, 999, 000…): a short number of digits
 * only, so a kiosk can show it large and a phone can dial it.
 */
export const EMERGENCY_NUMBER_PATTERN = /^[0-9]{2,8}$/
