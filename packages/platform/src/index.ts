export * from './envNames';
export * from './subgraphList';
export * from './listen';
export * from './shutdown';
export * from './subgraphTimeouts';
export * from './replication';
export * from './log';
export * from './tracing';
