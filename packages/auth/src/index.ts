export * from './dataScope';
export * from './demoUsers';
export * from './devIssuer';
export * from './subgraphSignature';
export * from './user';
export * from './verifier';
