export * from './columns';
export * from './csvFile';
export * from './importer';
export * from './importReport';
export * from './importArgs';
