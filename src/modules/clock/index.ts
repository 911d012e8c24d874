// The pure deadline engine: no database, no clock inside, no module of the hub.
export * from './cst-date';
export * from './work-calendar';
export * from './deadline';
