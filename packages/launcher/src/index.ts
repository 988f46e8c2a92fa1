export * from './embeddedPostgres';
export * from './platform';
export * from './ports';
export * from './provision';
export * from './serviceProcess';
export * from './replication';
export * from './supervisor';
export type { ImportReport } from './importCommand';
