#!/usr/bin/env node
// The README's test command after install (`npm test` → `pnpm run test:all`): every quality gate in
// one run, output forwarded live. Steps keep going after a failure so one run shows every problem;
// each failed step counts as one failed test. The last line is always exactly `N passed, N failed`
// (vitest's own summary is not that line), and the exit code is non-zero if anything failed.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const PINNED_PNPM = 'pnpm@10.34.9'

/** pnpm from PATH (pnpm run puts itself there), else the pinned one through npx. */
function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { cwd: root, stdio: 'ignore' })
  return probe.status === 0 ? ['pnpm'] : ['npx', '-y', PINNED_PNPM]
}

let current = null
/** vitest's JSON report goes here; removed at the end, or when the run is interrupted. */
const reportDir = mkdtempSync(path.join(tmpdir(), 'conduct-desk-vitest-'))
const killGroup = (child, signal) => {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // Already gone.
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (current !== null) {
      killGroup(current, signal)
    }
    rmSync(reportDir, { recursive: true, force: true })
    process.exit(signal === 'SIGINT' ? 130 : 143)
  })
}

/**
 * Runs one step with inherited stdout/stderr (no stdin: CI has none) in its own process group, so a
 * step that hangs (a test spinning in a synchronous loop blocks vitest's own timeouts) is killed with
 * everything it started after `timeoutMinutes`. Resolves with its exit code.
 */
function run(command, args, timeoutMinutes) {
  return new Promise(resolve => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], detached: true })
    current = child
    const timer = setTimeout(() => {
      console.error(
        `test-all: ${command} ${args.join(' ')} still running after ${timeoutMinutes} min; killing it`,
      )
      killGroup(child, 'SIGKILL')
    }, timeoutMinutes * 60_000)
    child.on('error', error => {
      console.error(`test-all: could not run ${command}: ${error.message}`)
      clearTimeout(timer)
      resolve(127)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      current = null
      resolve(code ?? (signal === null ? 1 : 128))
    })
  })
}

const seconds = ms => `${(ms / 1000).toFixed(1)} s`
const timings = []

async function step(label, command, args, timeoutMinutes = 10) {
  console.log(`\n── test-all: ${label} ──`)
  const started = Date.now()
  const code = await run(command, args, timeoutMinutes)
  const elapsed = Date.now() - started
  timings.push({ label, code, elapsed })
  console.log(
    `── test-all: ${label}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${seconds(elapsed)} ──`,
  )
  return code
}

/** Counts from vitest's JSON report; a file that failed to load counts as one failed test. */
function countTests(reportFile) {
  if (!existsSync(reportFile)) {
    return null
  }
  const report = JSON.parse(readFileSync(reportFile, 'utf8'))
  let passed = 0
  let failed = 0
  for (const file of report.testResults ?? []) {
    const results = file.assertionResults ?? []
    passed += results.filter(result => result.status === 'passed').length
    const failedHere = results.filter(result => result.status === 'failed').length
    failed += failedHere
    if (file.status === 'failed' && failedHere === 0) {
      console.log(
        `test-all: ${path.relative(root, file.name)} failed outside any test: ${file.message ?? ''}`,
      )
      failed += 1
    }
  }
  return { passed, failed }
}

const pnpm = pnpmCommand()
const [pnpmBin, ...pnpmArgs] = pnpm
const totalStart = Date.now()
let failedSteps = 0

// The gates before the tests: format, the build (which lint, types and browser tests need), lint, types.
for (const [label, args] of [
  ['format', ['format:check']],
  // The build comes before lint and typecheck: type-aware lint rules need the shared package's
  // declarations and the apps' generated GraphQL types, which only exist once built.
  ['build', ['build']],
  ['lint', ['lint']],
  ['typecheck', ['typecheck']],
]) {
  if ((await step(label, pnpmBin, [...pnpmArgs, ...args])) !== 0) {
    failedSteps += 1
  }
}
if ((await step('workspace check', process.execPath, ['scripts/check-workspace.mjs'])) !== 0) {
  failedSteps += 1
}
if ((await step('chromium', 'sh', ['scripts/ensure-chromium.sh'])) !== 0) {
  failedSteps += 1
}

/**
 * Vitest in two steps, each with its own time limit and report: the unit and integration projects,
 * then the browser and cross-package tests (which start real servers and Chromium, one file after
 * another). Both run on each database the environment offers, so each gets a generous limit.
 */
const VITEST_STEPS = [
  {
    label: 'vitest (shared, server, kiosk, dashboard)',
    projects: ['shared', 'server', 'kiosk', 'dashboard'],
  },
  { label: 'vitest (tests: built server, Chromium)', projects: ['tests'] },
]
let passed = 0
let failed = failedSteps
for (const [index, { label, projects }] of VITEST_STEPS.entries()) {
  const reportFile = path.join(reportDir, `report-${index}.json`)
  const code = await step(
    label,
    pnpmBin,
    [
      ...pnpmArgs,
      'exec',
      'vitest',
      'run',
      ...projects.flatMap(project => ['--project', project]),
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reportFile}`,
    ],
    20,
  )
  const counts = countTests(reportFile)
  if (counts === null) {
    console.log(`test-all: ${label} wrote no report; counting the step as one failure`)
    failed += 1
    continue
  }
  passed += counts.passed
  failed += counts.failed
  if (code !== 0 && counts.failed === 0) {
    // Unhandled errors, or a project that found no test files (passWithNoTests is false).
    console.log(`test-all: ${label} exited ${code} without a failed test; counting that as one failure`)
    failed += 1
  }
}
rmSync(reportDir, { recursive: true, force: true })

console.log('\n── test-all: summary ──')
for (const { label, code, elapsed } of timings) {
  console.log(`  ${code === 0 ? 'ok    ' : 'FAILED'}  ${seconds(elapsed).padStart(8)}  ${label}`)
}
console.log(`  total ${seconds(Date.now() - totalStart)}`)
console.log(`${passed} passed, ${failed} failed`)
process.exitCode = failed === 0 ? 0 : 1
