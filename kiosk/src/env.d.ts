/// <reference types="vite/client" />

// The variables documented in .env.example; read only by src/config.ts.
interface ImportMetaEnv {
  readonly VITE_GRAPHQL_URL?: string
  readonly VITE_IDLE_RESET_SECONDS?: string
  readonly VITE_IDLE_WARNING_SECONDS?: string
  readonly VITE_EVENT_REFRESH_SECONDS?: string
  readonly VITE_REQUEST_TIMEOUT_SECONDS?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
