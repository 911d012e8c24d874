import { readFileSync } from 'node:fs';
import { printHubSchema } from '../../src/server/schema';

describe('schema artifact', () => {
  it('schema/schema.graphql is current: run `npm run schema` and commit it', () => {
    const committed = readFileSync('schema/schema.graphql', 'utf8');
    expect(printHubSchema()).toBe(committed);
  });
});
