export * from './dataScope';
export * from './devIssuer';
export * from './user';
export * from './verifier';
