import { defineConfig } from 'vitest/config'

// One runner for the whole repository; each package is a project with its own environment.
export default defineConfig({
  test: {
    projects: ['shared', 'server', 'kiosk', 'dashboard', 'tests'],
    passWithNoTests: false,
  },
})
