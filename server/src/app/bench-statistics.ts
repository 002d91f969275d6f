import 'reflect-metadata'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { entities, sealedColumns } from './features.js'
import { seedStatisticsBench, seededStatisticsBench } from './statistics-bench-data.js'
import { loadConfig } from '../config/config.js'
import { createDatabase } from '../db/create-database.js'
import { TransparencyStatisticsService } from '../features/transparency-reports/transparency-statistics.service.js'
import { FieldCipher } from '../platform/crypto/field-cipher.js'
import { loadKeyRing } from '../platform/crypto/load-key-ring.js'

// `node dist/app/bench-statistics.js <events> <cases per event>` (`pnpm bench`, part T): fills the
// database of DATA_DIR with invented events and cases (not timed), then times the transparency
// statistics in this process, as the server computes them: one event with its history, and every
// event at once, while watching the event loop's longest delay. Prints one JSON line. Run it with
// the server stopped, on a bench's database only.
const [eventsText = '1000', casesText = '100'] = process.argv.slice(2)
const events = Number(eventsText)
const casesPerEvent = Number(casesText)
const ONE_EVENT_RUNS = 100
const ALL_EVENTS_RUNS = 3

interface Timing {
  readonly wallMs: number
  /** CPU of the whole process (JavaScript and SQLite's threads): what noise from others moves least. */
  readonly cpuMs: number
}

async function timed<T>(work: () => Promise<T>): Promise<[T, Timing]> {
  const cpu = process.cpuUsage()
  const started = performance.now()
  const result = await work()
  const used = process.cpuUsage(cpu)
  return [result, { wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 }]
}

const config = loadConfig()
const db = await createDatabase(config.database, entities)
try {
  const seeded =
    (await seededStatisticsBench(db)) ??
    (await seedStatisticsBench(db, new FieldCipher(loadKeyRing(config), sealedColumns), {
      events,
      casesPerEvent,
    }))
  const statistics = new TransparencyStatisticsService(db)
  const latest = seeded.latestEditionIds
  // A warm-up, as every other part of the bench does: compiled code and the page cache filled.
  for (const eventId of latest.slice(0, 10)) {
    await statistics.forEvent(eventId)
  }
  await statistics.forAllEvents()

  const loop = monitorEventLoopDelay({ resolution: 5 })
  loop.enable()
  const oneEvent: Timing[] = []
  let historyLength = 0
  for (let run = 0; run < ONE_EVENT_RUNS; run += 1) {
    const [figures, timing] = await timed(() => statistics.forEvent(latest[run % latest.length]!))
    oneEvent.push(timing)
    historyLength = figures.history.length
  }
  const allEvents: Timing[] = []
  let counted = 0
  for (let run = 0; run < ALL_EVENTS_RUNS; run += 1) {
    const [all, timing] = await timed(() => statistics.forAllEvents())
    allEvents.push(timing)
    counted = [...all.values()].reduce((sum, figures) => sum + figures.reports, 0)
  }
  loop.disable()
  const wall = (timings: Timing[]) => timings.map(timing => timing.wallMs).sort((a, b) => a - b)
  const cpu = (timings: Timing[]) => timings.map(timing => timing.cpuMs).sort((a, b) => a - b)
  const at = (sorted: number[], share: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!
  process.stdout.write(
    `${JSON.stringify({
      events,
      cases: events * casesPerEvent,
      counted,
      historyLength,
      oneEventP50Ms: at(wall(oneEvent), 0.5),
      oneEventP99Ms: at(wall(oneEvent), 0.99),
      oneEventCpuP50Ms: at(cpu(oneEvent), 0.5),
      allEventsMedianMs: at(wall(allEvents), 0.5),
      allEventsCpuMedianMs: at(cpu(allEvents), 0.5),
      loopMaxMs: loop.max / 1e6,
    })}\n`,
  )
} finally {
  await db.close()
}
