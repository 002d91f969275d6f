import { describe, expect, it } from 'vitest'
import { runServerUntilExit } from './support/start-server.js'

// A misconfigured server must stop at once with one line that names the setting, not start half-way
// or print a stack trace (habit 7: configuration is parsed once, at start, and fails fast).
describe('the built server refuses a bad configuration', () => {
  it.each<{ setting: string; env: Record<string, string> }>([
    { setting: 'PORT', env: { PORT: 'abc' } },
    { setting: 'DATABASE_URL', env: { DATABASE_URL: 'mysql://x' } },
    { setting: 'DATA_DIR', env: { DATA_DIR: '/proc/nonexistent/dir' } },
  ])('$setting: exits 1 with one stderr line naming it', async ({ setting, env }) => {
    const exit = await runServerUntilExit(env)

    const lines = exit.stderr.split('\n').filter(line => line.trim() !== '')
    const output = `stdout:\n${exit.stdout}\nstderr:\n${exit.stderr}`
    expect(exit.killed, `still running after 15 s (hung or listening); ${output}`).toBe(false)
    expect(exit.code, output).toBe(1)
    expect(lines, exit.stderr).toHaveLength(1)
    expect(lines[0]).toContain(setting)
    expect(exit.stdout).not.toMatch(/listening on/)
  })
})
