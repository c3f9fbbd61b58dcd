import type { CodegenConfig } from '@graphql-codegen/cli';

// The backend's exported SDL (`make schema`) is the contract: a breaking API change shows up
// here as a typecheck failure.
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSON: 'unknown', Decimal: 'string', Date: 'string' },
        skipTypename: false,
      },
    },
  },
};

export default config;
