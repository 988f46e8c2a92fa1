export * from './graphqlClient';
export * from './testDatabase';
export * from './testPlatform';
export * from './testServer';
export * from './subgraphUnderTest';
export * from './testUsers';
export * from './ownPostgres';
