export * from './policySql';
export * from './requestTransaction';
export * from './runtimeRole';
