export * from './graphqlClient';
export * from './importFile';
export * from './propertyRuns';
export * from './testDatabase';
export * from './testPlatform';
export * from './testServer';
export * from './subgraphUnderTest';
export * from './testUsers';
