// The generated documents import this one type from '@graphql-typed-document-node/core', a package
// the kiosk does not depend on directly (under pnpm it is not resolvable from here). It is a
// type-only contract of two lines, declared here instead of adding a dependency for it.
declare module '@graphql-typed-document-node/core' {
  export interface DocumentTypeDecoration<TResult, TVariables> {
    __apiType?: (variables: TVariables) => TResult
  }
}
