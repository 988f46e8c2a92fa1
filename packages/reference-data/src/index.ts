export * from './counties';
export * from './municipalities';
export * from './offices';
export * from './officeMap';
export * from './indicators';
export * from './areaSizes';
