#!/usr/bin/env node
// Repository rules that no compiler or linter sees (STYLE §8.8, §8.9, habit 4):
//   1. every workspace package implements the script contract build / typecheck / test,
//   2. no junk-drawer folder names (helpers, utils, misc, common, new…, old…) in the repository,
//   3. server/schema.graphql, the reviewed API contract the apps generate from, is what the code emits.
// Prints one line per problem and exits 1 if there is any. Leaves the working tree as it found it.
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const problems = []

/** The `packages:` list of pnpm-workspace.yaml (plain names only; this repository uses no globs). */
function workspacePackages() {
  const yaml = readFileSync(path.join(root, 'pnpm-workspace.yaml'), 'utf8')
  const dirs = []
  let inPackages = false
  for (const line of yaml.split('\n')) {
    if (/^packages:\s*$/.test(line)) {
      inPackages = true
    } else if (inPackages && /^\s+-\s+/.test(line)) {
      dirs.push(
        line
          .replace(/^\s+-\s+/, '')
          .replace(/['"]/g, '')
          .trim(),
      )
    } else if (inPackages && /^\S/.test(line)) {
      inPackages = false
    }
  }
  return dirs
}

const REQUIRED_SCRIPTS = ['build', 'typecheck', 'test']

function checkScriptContract() {
  const dirs = workspacePackages()
  if (dirs.length === 0) {
    problems.push('pnpm-workspace.yaml: no packages listed')
  }
  for (const dir of dirs) {
    if (dir.includes('*')) {
      problems.push(
        `pnpm-workspace.yaml: glob "${dir}" is not supported by this check; list packages by name`,
      )
      continue
    }
    const file = path.join(root, dir, 'package.json')
    if (!existsSync(file)) {
      problems.push(`${dir}/package.json: missing (listed in pnpm-workspace.yaml)`)
      continue
    }
    const scripts = JSON.parse(readFileSync(file, 'utf8')).scripts ?? {}
    for (const name of REQUIRED_SCRIPTS) {
      if (typeof scripts[name] !== 'string' || scripts[name].trim() === '') {
        problems.push(
          `${dir}/package.json: no "${name}" script (every package implements ${REQUIRED_SCRIPTS.join(', ')})`,
        )
      }
    }
  }
}

// Exact junk-drawer names, and names that age: "new", "old" and "new-x", "old_x", "newStore", "old2"…
// ("news" or "older-events" are ordinary words and pass).
const FORBIDDEN_EXACT = new Set(['helpers', 'helper', 'utils', 'util', 'misc', 'common'])
const AGEING_PREFIX = /^(new|old)(.*)$/i
function isForbidden(name) {
  if (FORBIDDEN_EXACT.has(name.toLowerCase())) {
    return true
  }
  const ageing = AGEING_PREFIX.exec(name)
  return ageing !== null && !/^[a-z]/.test(ageing[2] ?? '')
}

function checkFolderNames() {
  // Tracked files plus new ones not yet added (but not ignored ones such as node_modules or dist).
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  const reported = new Set()
  for (const file of out.split('\0')) {
    const parts = file.split('/').slice(0, -1)
    for (let i = 0; i < parts.length; i++) {
      const name = parts[i]
      const dir = parts.slice(0, i + 1).join('/')
      if (isForbidden(name) && !reported.has(dir)) {
        reported.add(dir)
        problems.push(
          `${dir}/: folder name "${name}" is banned (STYLE §8.8): put technical code in platform/<capability>/, the rest in its feature`,
        )
      }
    }
  }
}

function checkSchemaFresh() {
  const schema = path.join(root, 'server', 'schema.graphql')
  if (!existsSync(schema)) {
    problems.push(
      'server/schema.graphql: missing; run `pnpm --filter @conduct-desk/server schema:emit` and commit it',
    )
    return
  }
  const backupDir = mkdtempSync(path.join(tmpdir(), 'conduct-desk-schema-'))
  const backup = path.join(backupDir, 'schema.graphql')
  copyFileSync(schema, backup)
  try {
    const emit = spawnSync('pnpm', ['--filter', '@conduct-desk/server', 'schema:emit'], {
      cwd: root,
      encoding: 'utf8',
    })
    if (emit.error !== undefined || emit.status !== 0) {
      const detail = `${emit.stdout ?? ''}${emit.stderr ?? ''}`.trim() || String(emit.error)
      problems.push(
        `server/schema.graphql: could not emit the schema (is @conduct-desk/shared built?):\n${detail}`,
      )
      return
    }
    if (readFileSync(schema, 'utf8') !== readFileSync(backup, 'utf8')) {
      const diff = spawnSync('git', ['diff', '--no-index', '--no-color', '--', backup, schema], {
        encoding: 'utf8',
      })
      problems.push(
        'server/schema.graphql: stale; it differs from what the resolvers emit. Run `pnpm codegen` and commit the result (- committed, + emitted):\n' +
          diff.stdout.split('\n').slice(0, 60).join('\n'),
      )
    }
  } finally {
    copyFileSync(backup, schema)
    rmSync(backupDir, { recursive: true, force: true })
  }
}

checkScriptContract()
checkFolderNames()
checkSchemaFresh()

if (problems.length > 0) {
  for (const problem of problems) {
    console.error(`check-workspace: ${problem}`)
  }
  console.error(`check-workspace: ${problems.length} problem(s)`)
  process.exit(1)
}
console.log('check-workspace: script contract, folder names and schema.graphql are fine')
