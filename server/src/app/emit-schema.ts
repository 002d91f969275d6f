import path from 'node:path'
import { buildApiSchema } from './build-schema.js'

// Writes server/schema.graphql, the contract the apps generate their typed operations from.
const target = path.resolve(import.meta.dirname, '..', '..', 'schema.graphql')
await buildApiSchema({ emitSchemaFile: target })
console.log(`schema written to ${target}`)
