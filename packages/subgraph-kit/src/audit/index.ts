export * from './auditEntry.entity';
export * from './auditLog';
export * from './auditLog.resolver';
export * from './auditRefusals';
export * from './auditTable';
export * from './auditWriter';
