// One flat config for the whole repository (STYLE §9.8). Per-path blocks below encode the package
// graph of docs/architecture.md: shared imports nothing internal and stays environment-neutral,
// server imports shared, kiosk and dashboard import shared and never server, tests may import all.
// Every restriction carries a message saying why, so a newcomer learns the rule from the error.
import { builtinModules } from 'node:module'
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import { defineConfig, globalIgnores } from 'eslint/config'
import { builtinRules } from 'eslint/use-at-your-own-risk'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import vue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const root = import.meta.dirname

const TS_AND_VUE = '**/*.{ts,mts,cts,vue}'
const ALL_CODE = '**/*.{js,mjs,cjs,ts,mts,cts,vue}'
/** Tool configuration files: their tools require a default export, and they run in Node. */
const CONFIG_FILES = ['eslint.config.js', '**/vite.config.ts', '**/vitest.config.ts', '**/codegen.ts']

// ── Restrictions, composed per path (a later block replaces a rule's options, it does not merge) ──

/** Focused or skipped tests silently shrink the suite (STYLE §8.13). @vitest/eslint-plugin needs Node 22. */
const TEST_FUNCTIONS = '/^(it|test|describe|suite|bench)$/'
const focusedOrSkippedTests = [
  {
    selector: `MemberExpression[property.name=/^(only|skip)$/]:matches([object.name=${TEST_FUNCTIONS}], [object.object.name=${TEST_FUNCTIONS}])`,
    message:
      'No .only/.skip in committed tests: they silently shrink the suite (STYLE §8.13). Use skipIf/runIf with the reason in code, or delete the test.',
  },
  {
    selector: 'CallExpression[callee.name=/^(fit|fdescribe|xit|xtest|xdescribe)$/]',
    message: 'No focused (f*) or disabled (x*) tests: they silently shrink the suite (STYLE §8.13).',
  },
]

/** import.meta.env is the browser apps' environment; one file per app reads it (STYLE §8.14). */
const importMetaEnv = {
  selector:
    "MemberExpression[object.type='MetaProperty'][object.meta.name='import'][object.property.name='meta'][property.name='env']",
  message:
    'Read import.meta.env only in src/config.ts of each app and import the typed values from there (STYLE §8.14): one place to see what the build needs.',
}

/**
 * With emitDecoratorMetadata off, a decorator without an explicit type fails at schema build or maps
 * to the wrong column type, and tsc, vitest and vite-node would disagree (STYLE §8.4, habit 5).
 */
const implicitDecoratorTypes = [
  {
    selector:
      'Decorator > CallExpression[callee.name=/^(Field|Column|Arg|Args|Query|Mutation|Subscription|FieldResolver)$/][arguments.length=0]',
    message:
      'Give the decorator an explicit type: @Field(() => String), @Arg("id", () => ID), @Column({ type: "varchar", length: 200 }). Metadata is not emitted (STYLE §8.4).',
  },
  {
    selector: "Decorator > CallExpression[callee.name='Field'][arguments.0.type='ObjectExpression']",
    message:
      'Put the type first: @Field(() => String, { nullable: true }). Metadata is not emitted (STYLE §8.4).',
  },
  {
    selector:
      "Decorator > CallExpression[callee.name='Arg']:matches([arguments.length=1], [arguments.1.type='ObjectExpression'])",
    message: 'Give the argument a type: @Arg("id", () => ID). Metadata is not emitted (STYLE §8.4).',
  },
  {
    selector:
      "Decorator > CallExpression[callee.name='Column'][arguments.length=1][arguments.0.type='ObjectExpression']:not(:has(Property[key.name='type']))",
    message:
      'Say the column type: @Column({ type: "varchar", length: 200, … }). It decides the SQL type on each dialect (STYLE §8.4, §8.5).',
  },
]

/** sharp keeps no metadata unless asked (SECURITY R31); only test fixtures may write some. */
const sharpMetadataWriters = {
  selector: 'CallExpression[callee.property.name=/^(keep|with)(Exif|ExifMerge|Metadata|Xmp|IccProfile)$/]',
  message:
    'Pictures keep no metadata (SECURITY R31): no sharp keep*/with* metadata call outside test fixtures.',
}

const processEnv = {
  object: 'process',
  property: 'env',
  message:
    'Read the environment only in server/src/config/ (parsed once with zod, then passed in; STYLE §8.14). Take the value from Config instead.',
}

const nodeBuiltins = [...new Set(builtinModules.map(name => name.replace(/^node:/, '')))]

/** `import { env } from 'node:process'` is process.env by another name. */
const processEnvImport = ['process', 'node:process'].map(name => ({
  name,
  importNames: ['env'],
  message:
    'Read the environment only in server/src/config/ (STYLE §8.14); take the value from Config instead.',
}))

const withSubpaths = (/** @type {string[]} */ names) => names.flatMap(name => [name, `${name}/*`])
const group = (/** @type {string[]} */ names, /** @type {string} */ message) => ({ group: names, message })
/** A relative import that climbs out of the package into one of `dirs`. */
const climbsInto = (/** @type {string} */ dirs, /** @type {string} */ message) => ({
  regex: String.raw`^(\.\./)+(${dirs})(/|$)`,
  message,
})

const VUE = withSubpaths(['vue', 'pinia', 'vue-router', 'vue-i18n', '@vue'])
const SERVER_LIBRARIES = withSubpaths([
  'typeorm',
  'type-graphql',
  'express',
  '@apollo/server',
  'pg',
  'sqlite3',
  'ws',
])
const GRAPH = '(docs/architecture.md)'
const SHARED_ALONE = `shared imports nothing internal: every other package depends on it, never the reverse ${GRAPH}.`
const SHARED_BY_NAME =
  'Import shared by its package name, @conduct-desk/shared, so only its public entry is used (STYLE §8.15).'
const NO_NODE_IN_SHARED = `shared runs in browsers and in Node: no Node built-ins ${GRAPH}.`
const APPS_NO_SERVER = `The apps never import the server: they use server/schema.graphql through codegen and @conduct-desk/shared ${GRAPH}.`

const importRules = {
  shared: {
    paths: [...processEnvImport, ...nodeBuiltins.map(name => ({ name, message: NO_NODE_IN_SHARED }))],
    patterns: [
      group(['node:*'], NO_NODE_IN_SHARED),
      group(
        VUE,
        `shared is framework-free: the apps own Vue; put only plain types and functions here ${GRAPH}.`,
      ),
      group(
        [...SERVER_LIBRARIES, 'reflect-metadata'],
        `shared is environment-neutral: no ORM, GraphQL or server library; the apps import it too ${GRAPH}.`,
      ),
      group(['@conduct-desk/*'], SHARED_ALONE),
      climbsInto('server|kiosk|dashboard|tests', SHARED_ALONE),
    ],
  },
  server: {
    paths: processEnvImport,
    patterns: [
      group(VUE, `The server renders no UI: Vue belongs to kiosk and dashboard ${GRAPH}.`),
      group(
        withSubpaths(['@conduct-desk/kiosk', '@conduct-desk/dashboard', '@conduct-desk/tests']),
        `The server never imports an app or test support: share contracts through @conduct-desk/shared ${GRAPH}.`,
      ),
      climbsInto(
        'kiosk|dashboard|tests',
        `The server never imports an app or test support: share contracts through @conduct-desk/shared ${GRAPH}.`,
      ),
      climbsInto('shared', SHARED_BY_NAME),
    ],
  },
  /** @param {'kiosk' | 'dashboard'} app */
  app: app => {
    const other = app === 'kiosk' ? 'dashboard' : 'kiosk'
    const separate = `${app} and ${other} are separate apps: move what both need into @conduct-desk/shared ${GRAPH}.`
    return {
      paths: processEnvImport,
      patterns: [
        group(withSubpaths(['@conduct-desk/server']), APPS_NO_SERVER),
        climbsInto('server', APPS_NO_SERVER),
        group(withSubpaths([`@conduct-desk/${other}`, '@conduct-desk/tests']), separate),
        climbsInto(`${other}|tests`, separate),
        climbsInto('shared', SHARED_BY_NAME),
        group(
          SERVER_LIBRARIES,
          'A server library: the apps run in the browser and reach the server over GraphQL only.',
        ),
        group(['node:*'], 'The apps run in the browser: Node built-ins only in the config files.'),
      ],
    }
  },
}

/** Resolves `./x.js` to `./x.ts` (NodeNext style), `.vue` files and each app's `@/` alias, for import-x. */
const resolver = (/** @type {string | undefined} */ app) =>
  createNodeResolver({
    extensions: ['.ts', '.mts', '.vue', '.js', '.mjs', '.json'],
    extensionAlias: { '.js': ['.ts', '.js'], '.mjs': ['.mts', '.mjs'] },
    conditionNames: ['types', 'import', 'default'],
    ...(app === undefined ? {} : { alias: { '@': [`${root}/${app}/src`] } }),
  })

/** import-x only follows files with these extensions, parsed with these parsers (its defaults are JS-only). */
const importSettings = (/** @type {string | undefined} */ app) => ({
  'import-x/extensions': ['.ts', '.mts', '.cts', '.vue', '.js', '.mjs', '.cjs'],
  'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.mts', '.cts'], 'vue-eslint-parser': ['.vue'] },
  'import-x/resolver-next': [resolver(app)],
})

export default defineConfig([
  // Built, installed or generated files (server/schema.graphql is emitted and not JavaScript anyway).
  globalIgnores([
    '**/dist/',
    '**/node_modules/',
    '**/coverage/',
    '**/src/graphql/generated/**',
    'server/schema.graphql',
  ]),
  globalIgnores(['tests/.artifacts/', 'bench/.cache/', 'bench/results/', '**/*.d.ts']),

  js.configs.recommended,
  ...tseslint.configs.recommended.map(config => ({ ...config, files: config.files ?? [TS_AND_VUE] })),

  // Type-aware rules where the domain logic lives (server, shared); the apps and tests keep the
  // syntactic set so lint stays fast.
  ...tseslint.configs.recommendedTypeCheckedOnly.map(config => ({
    ...config,
    files: ['server/**/*.ts', 'shared/**/*.ts'],
    ignores: CONFIG_FILES,
  })),
  {
    name: 'conduct-desk/type-aware-parser',
    files: ['server/**/*.ts', 'shared/**/*.ts'],
    ignores: CONFIG_FILES,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
  },

  ...vue.configs['flat/recommended'].map(config =>
    config.rules === undefined || config.files !== undefined ? config : { ...config, files: ['**/*.vue'] },
  ),
  {
    name: 'conduct-desk/vue-parser',
    files: ['**/*.vue'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' },
    },
  },

  {
    name: 'conduct-desk/everywhere',
    files: [ALL_CODE],
    plugins: {
      'import-x': importX,
      // max-lines once more, under another name, so 300 lines warn and 500 lines fail (STYLE §8.1).
      size: { rules: { 'max-lines': builtinRules.get('max-lines') } },
    },
    settings: importSettings(),
    rules: {
      curly: ['error', 'all'],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
      'size/max-lines': ['error', { max: 500, skipBlankLines: true, skipComments: true }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-default-export': 'error',
      'import-x/no-self-import': 'error',
      'no-restricted-syntax': ['error', ...focusedOrSkippedTests],
      'no-restricted-properties': ['error', processEnv],
      'no-restricted-imports': ['error', { paths: processEnvImport }],
    },
  },
  {
    name: 'conduct-desk/typescript',
    files: [TS_AND_VUE],
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: true },
      ],
      // @ts-ignore hides errors silently; @ts-expect-error must say why (STYLE §8.12).
      '@typescript-eslint/ban-ts-comment': [
        'error',
        {
          'ts-ignore': true,
          'ts-nocheck': true,
          'ts-expect-error': 'allow-with-description',
          minimumDescriptionLength: 10,
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  // ── Package graph ──
  {
    name: 'conduct-desk/shared',
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', importRules.shared] },
  },
  {
    name: 'conduct-desk/server',
    files: ['server/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': ['error', importRules.server],
      'no-restricted-syntax': [
        'error',
        ...focusedOrSkippedTests,
        ...implicitDecoratorTypes,
        sharpMetadataWriters,
      ],
    },
  },
  {
    name: 'conduct-desk/server-test-fixtures',
    files: ['server/**/*.test.ts', 'server/test/**'],
    rules: { 'no-restricted-syntax': ['error', ...focusedOrSkippedTests, ...implicitDecoratorTypes] },
  },
  .../** @type {const} */ (['kiosk', 'dashboard']).map(app => ({
    name: `conduct-desk/${app}`,
    files: [`${app}/**/*.{ts,vue}`],
    // `parser` also for .ts files: import-x parses the .vue files they import with these options.
    languageOptions: { globals: globals.browser, parserOptions: { parser: tseslint.parser } },
    settings: importSettings(app),
    rules: {
      'no-restricted-imports': ['error', importRules.app(app)],
      'no-restricted-syntax': ['error', ...focusedOrSkippedTests, importMetaEnv],
      'vue/no-v-html': 'error',
      'vue/multi-word-component-names': 'error',
      'vue/component-name-in-template-casing': ['error', 'PascalCase', { registeredComponentsOnly: false }],
    },
  })),
  {
    name: 'conduct-desk/apps-config-module',
    files: ['{kiosk,dashboard}/src/config.ts'],
    rules: { 'no-restricted-syntax': ['error', ...focusedOrSkippedTests] },
  },

  // ── Where process.env may be read ──
  {
    // The composition root parses the environment; test harnesses and repo scripts configure themselves.
    name: 'conduct-desk/env-readers',
    files: ['server/src/config/**', 'server/test/**', 'tests/**', 'scripts/**', ...CONFIG_FILES],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    name: 'conduct-desk/env-readers-imports-server',
    files: ['server/src/config/**', 'server/test/**'],
    rules: { 'no-restricted-imports': ['error', { ...importRules.server, paths: [] }] },
  },
  {
    name: 'conduct-desk/env-readers-imports-tooling',
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    name: 'conduct-desk/node-tooling',
    files: ['tests/**/*.ts', 'scripts/**', ...CONFIG_FILES, '**/*.{mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    name: 'conduct-desk/config-files',
    files: CONFIG_FILES,
    rules: {
      'import-x/no-default-export': 'off',
      // Config files run in Node (vite, vitest, codegen): Node built-ins are fine there.
      'no-restricted-imports': 'off',
    },
  },
  {
    // A single-file component's default export is how Vue compiles it.
    name: 'conduct-desk/vue-single-file-components',
    files: ['**/*.vue'],
    rules: { 'import-x/no-default-export': 'off' },
  },

  prettier,
  {
    // eslint-config-prettier turns `curly` off (it can clash with some options); "all" never clashes.
    name: 'conduct-desk/after-prettier',
    files: [ALL_CODE],
    rules: { curly: ['error', 'all'] },
  },
])
