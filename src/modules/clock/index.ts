export * from './cst-date';
export * from './work-calendar';
export * from './deadline';
