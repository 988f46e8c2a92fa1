export * from './lifecycle';
export * from './naturalKeys';
export * from './organiserType';
export * from './schoolForm';
