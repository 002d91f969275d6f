// `pnpm bench`, part T: transparency statistics over 100,000 cases in 1,000 events. The invented
// events are inserted into the (stopped) server's database once, not timed; then
// `server/dist/app/bench-statistics.js` times the statistics in a process of its own, as the server
// computes them, while watching the event loop. Returns the rows for the bench's table.
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const EVENTS = 1_000
const CASES_PER_EVENT = 100

export function measureStatistics({ root, dataDir, goals }) {
  const measured = spawnSync(
    process.execPath,
    [
      path.join(root, 'server', 'dist', 'app', 'bench-statistics.js'),
      String(EVENTS),
      String(CASES_PER_EVENT),
    ],
    { env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, encoding: 'utf8' },
  )
  if (measured.status !== 0) {
    throw new Error(`the statistics bench failed: ${measured.stderr}`)
  }
  const t = JSON.parse(measured.stdout.trim().split('\n').at(-1))
  const ms = value => Math.round(value * 10) / 10
  return [
    [
      'T1',
      `one event's statistics, ${t.historyLength} editions of history, p50 (ms); CPU ${ms(t.oneEventCpuP50Ms)} ms, p99 ${ms(t.oneEventP99Ms)} ms`,
      ms(t.oneEventP50Ms),
      `≤ ${goals.statisticsOneEventMs}`,
      t.oneEventP50Ms <= goals.statisticsOneEventMs && t.historyLength === 5,
    ],
    [
      'T2',
      `all ${t.events} events' statistics, ${t.cases} cases, median of 3 (ms); CPU ${ms(t.allEventsCpuMedianMs)} ms`,
      ms(t.allEventsMedianMs),
      `≤ ${goals.statisticsAllEventsMs}`,
      t.allEventsMedianMs <= goals.statisticsAllEventsMs,
    ],
    [
      'T3',
      'longest event-loop block meanwhile (ms)',
      ms(t.loopMaxMs),
      `≤ ${goals.statisticsLoopBlockMs}`,
      t.loopMaxMs <= goals.statisticsLoopBlockMs,
    ],
  ]
}
