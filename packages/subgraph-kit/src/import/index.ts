export * from './columns';
export * from './constraintRefusal';
export * from './csvFile';
export * from './importer';
export * from './importReport';
export * from './importArgs';
