// Types for the dashboard's GraphQL results, generated from the named operations in schema/operations against the
// API schema clients see. The output (src/gql/) is generated at every build and type-check and is not committed, so
// it can never drift: an operation or schema change that breaks a page fails the build's type-check.
//
// Trusted documents (issue #14): every operation is also persisted, its SHA-256 hash embedded in the generated
// document and written with its text to src/gql/persisted-documents.json. The dashboard sends only the hash; the
// build copies the manifest into dist/, from where the gateway loads it and accepts those documents alone for every
// role but analysts. An operation added to schema/operations is in the next build's manifest with no hand step.
import { addTypenameSelectionDocumentTransform, type ClientPresetConfig } from '@graphql-codegen/client-preset';
import type { CodegenConfig } from '@graphql-codegen/cli';

const presetConfig: ClientPresetConfig = {
  fragmentMasking: false,
  persistedDocuments: { hashAlgorithm: 'sha256' },
};

const config: CodegenConfig = {
  schema: '../schema/api.graphql',
  // The interventions and digest pages' own documents: their mutations cannot run as written in the named-operation
  // tests.
  documents: ['../schema/operations/*.graphql', './src/interventions/*.graphql', './src/digest/*.graphql'],
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig,
      // Apollo's cache adds __typename to what it sends; the gateway runs the persisted text, so it must hold them.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { LocalDate: 'string', DateTime: 'string' } },
    },
  },
  silent: true,
};

export default config;
