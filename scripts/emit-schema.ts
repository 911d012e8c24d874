// npm run schema: writes the sorted SDL to schema/schema.graphql.
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { printHubSchema } from '../src/server/schema';

mkdirSync('schema', { recursive: true });
writeFileSync('schema/schema.graphql', printHubSchema());
console.log('schema/schema.graphql written');
