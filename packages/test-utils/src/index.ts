export * from './graphqlClient';
export * from './metrics';
export * from './testDatabase';
export * from './testPlatform';
export * from './testServer';
export * from './subgraphUnderTest';
export * from './testUsers';
