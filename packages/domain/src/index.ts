export * from './organiserType';
export * from './schoolForm';
