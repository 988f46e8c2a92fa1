// Types for the dashboard's GraphQL results, generated from the named operations in schema/operations against the
// API schema clients see. The output (src/gql/) is generated at every build and type-check and is not committed, so
// it can never drift: an operation or schema change that breaks a page fails the build's type-check.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../schema/api.graphql',
  // The interventions pages' own documents: their mutations cannot run as written in the named-operation tests.
  documents: ['../schema/operations/*.graphql', './src/interventions/*.graphql'],
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { LocalDate: 'string', DateTime: 'string' } },
    },
  },
  silent: true,
};

export default config;
