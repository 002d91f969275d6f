// The generated documents import this one type from @graphql-typed-document-node/core, a package the
// codegen preset depends on but pnpm does not expose to this app. The type is tiny and stable, so it
// is declared here instead of adding a dependency outside the workspace catalog.
declare module '@graphql-typed-document-node/core' {
  export interface DocumentTypeDecoration<TResult, TVariables> {
    __apiType?: (variables: TVariables) => TResult
  }
}
