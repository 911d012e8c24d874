export * from './types';
export { ORGANIZATIONS } from './organizations';
export { MATTERS } from './matters';
export { CHANNEL_RULES } from './channel-rules';
export { USERS } from './users';
export { DOCUMENT_PREFIXES } from './document-prefixes';
export { STAFF } from './staff';
