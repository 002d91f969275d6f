/**
 * The words a person says when they arrive at a booked meeting, so the team knows whose meeting it
 * is without a name and without the booking code. Short, friendly, and written and said alike in
 * English and Portuguese, since the person and the responder may read them in different languages.
 * Not a secret: knowing one gives no power over the booking (only the code cancels or moves it).
 */
export const CHECK_IN_WORDS = [
  'alpaca',
  'banana',
  'canal',
  'chocolate',
  'cinema',
  'condor',
  'festival',
  'gala',
  'hotel',
  'jazz',
  'kiwi',
  'lava',
  'lotus',
  'metro',
  'motor',
  'opera',
  'panda',
  'piano',
  'pizza',
  'polo',
  'radar',
  'radio',
  'safari',
  'salsa',
  'samba',
  'sofa',
  'sushi',
  'tango',
  'tapioca',
  'taxi',
  'tofu',
  'zebra',
] as const

/** The longest word above; the column that stores one is this wide. */
export const CHECK_IN_WORD_MAX_LENGTH = 16

/** The word for a random value (the caller supplies the randomness). */
export function checkInWordFrom(randomValue: number): string {
  return CHECK_IN_WORDS[Math.abs(Math.trunc(randomValue)) % CHECK_IN_WORDS.length] ?? 'piano'
}
