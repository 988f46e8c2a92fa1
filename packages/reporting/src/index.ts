export * from './areaScope';
export * from './highNeed';
export * from './period';
export * from './supportStart';
export * from './municipalityOffice';
export * from './scopeTable';
