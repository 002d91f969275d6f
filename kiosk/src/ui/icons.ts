// Line icons on a 24-unit grid, drawn with a 2-unit round stroke. Our own simple shapes, inline so
// nothing is fetched and the CSP needs no exception.

function circle(cx: number, cy: number, r: number): string {
  return `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`
}

export const ICONS = {
  back: ['M15 18l-6-6 6-6'],
  forward: ['M9 6l6 6-6 6'],
  people: [
    circle(9, 8, 3.5),
    'M2.5 20c0-3.6 2.9-6.5 6.5-6.5s6.5 2.9 6.5 6.5',
    circle(17, 9, 2.5),
    'M16.5 13.6c2.8.2 5 2.5 5 5.4',
  ],
  exit: ['M10 4H5.5A1.5 1.5 0 0 0 4 5.5v13A1.5 1.5 0 0 0 5.5 20H10', 'M15 8l4 4-4 4', 'M19 12H9'],
  phone: ['M8.5 2.5h7a2 2 0 0 1 2 2v15a2 2 0 0 1-2 2h-7a2 2 0 0 1-2-2v-15a2 2 0 0 1 2-2z', 'M11 18h2'],
  mail: [
    'M5 5h14a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z',
    'M3.5 6.5l8.5 6.5 8.5-6.5',
  ],
  globe: [
    circle(12, 12, 9),
    'M3 12h18',
    'M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9c-2.5-2.5-3.8-5.5-3.8-9S9.5 5.5 12 3z',
  ],
  calendar: [
    'M5.5 5h13a2 2 0 0 1 2 2v11.5a2 2 0 0 1-2 2h-13a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z',
    'M3.5 10h17',
    'M8 3v4',
    'M16 3v4',
  ],
  pin: ['M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z', circle(12, 9.5, 2.5)],
  eye: ['M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z', circle(12, 12, 3)],
  chat: [
    'M5 4.5h14a1.5 1.5 0 0 1 1.5 1.5v9a1.5 1.5 0 0 1-1.5 1.5H10l-5 4v-4H5A1.5 1.5 0 0 1 3.5 15V6A1.5 1.5 0 0 1 5 4.5z',
  ],
  clock: [circle(12, 12, 9), 'M12 7v5l3 2'],
  refresh: ['M20 11a8 8 0 1 0-2.3 5.7', 'M20 5v6h-6'],
  // A life ring: "I need help now".
  help: [
    circle(12, 12, 9),
    circle(12, 12, 3.5),
    'M5.6 5.6l3.9 3.9',
    'M14.5 14.5l3.9 3.9',
    'M18.4 5.6l-3.9 3.9',
    'M9.5 14.5l-3.9 3.9',
  ],
  shield: ['M12 3l7 3v5.5c0 4.4-3 8.2-7 9.5-4-1.3-7-5.1-7-9.5V6l7-3z', 'M9 12l2 2 4-4'],
  camera: [
    'M4 8h3l1.5-2.5h7L17 8h3a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V9a1 1 0 0 1 1-1z',
    circle(12, 13, 3.5),
  ],
  // A telephone handset: calling a number (`phone` is the device, for "continue on your phone").
  call: [
    'M5 4h3.5l1.5 4-2 1.5a11 11 0 0 0 6.5 6.5l1.5-2 4 1.5V19a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z',
  ],
  check: ['M5 12.5l4.5 4.5L19 7.5'],
  // A paperclip: adding files.
  clip: [
    'M20 11.5l-8.2 8.2a5 5 0 0 1-7-7l8.6-8.6a3.4 3.4 0 0 1 4.8 4.8L9.6 17.5a1.8 1.8 0 0 1-2.6-2.6l7.6-7.6',
  ],
  // A pen: writing something down.
  write: ['M4 20h4L19.5 8.5a2.8 2.8 0 0 0-4-4L4 16v4z', 'M14 6l4 4'],
  key: [circle(8, 15, 4), 'M11 12l8-8', 'M16 7l2.5 2.5', 'M14.5 8.5l2 2'],
} as const satisfies Record<string, readonly string[]>

export type IconName = keyof typeof ICONS
