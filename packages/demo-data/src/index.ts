export * from './types';
export { generateDemoData, DEFAULT_DEMO_SCALE, DEFAULT_DEMO_SEED } from './generate';
export { DEMO_TODAY } from './dates';
export { STATE_ORGANISER_NAME } from './organisers';
export { YEARS as DEMO_YEARS } from './schoolYears';
