import { ContextReads } from '../../../src/core/context-reads';
import { Role } from '../../../src/core/enums';
import type { Viewer } from '../../../src/core/viewer';

const EXPIRES = '2026-12-05T08:00:00Z';
const fuyang: Viewer = { userId: 'u1', username: 'mediator.fuyang', roles: [Role.HANDLER], organizationId: 'org-fy', tokenExpiresAt: new Date(EXPIRES) };
const fuyangColleague: Viewer = { ...fuyang, userId: 'u2', username: 'colleague', tokenExpiresAt: new Date(EXPIRES) };
const gongshu: Viewer = { ...fuyang, userId: 'u3', username: 'mediator.gongshu', organizationId: 'org-gs' };
const fuyangReviewer: Viewer = { ...fuyang, roles: [Role.HANDLER, Role.REVIEWER] };

describe('ContextReads', () => {
  it('an execution that read nothing of the viewer fits every viewer', () => {
    const reads = new ContextReads(fuyang);
    expect([fuyang, gongshu, fuyangReviewer].map((v) => reads.fits(v))).toEqual([true, true, true]);
  });

  it('fits exactly the viewers with the same value in every property read', () => {
    const reads = new ContextReads(fuyang);
    expect(reads.viewer.organizationId).toBe('org-fy');
    expect(reads.viewer.roles.includes(Role.HANDLER)).toBe(true);
    expect(reads.fits(fuyangColleague)).toBe(true);
    expect(reads.fits(gongshu)).toBe(false);
    // Roles compare by content, not by array identity, and order counts.
    expect(reads.fits({ ...fuyang, roles: [Role.HANDLER] })).toBe(true);
    expect(reads.fits(fuyangReviewer)).toBe(false);
    expect(reads.fits({ ...fuyang, roles: [Role.REVIEWER, Role.HANDLER] })).toBe(false);
  });

  it('compares dates by instant and a property asked for with `in` like one read', () => {
    const reads = new ContextReads(fuyang);
    void reads.viewer.tokenExpiresAt;
    expect(reads.fits(fuyangColleague)).toBe(true);
    expect(reads.fits({ ...fuyang, tokenExpiresAt: new Date('2026-12-05T09:00:00Z') })).toBe(false);
    const asked = new ContextReads(fuyang);
    expect('mustChangePassword' in asked.viewer).toBe(false);
    expect(asked.fits(fuyangColleague)).toBe(true);
    expect(asked.fits({ ...fuyang, mustChangePassword: true })).toBe(false);
  });

  it('listing the properties (a spread) depends on all of them', () => {
    const reads = new ContextReads(fuyang);
    const copy = { ...reads.viewer };
    expect(copy.username).toBe('mediator.fuyang');
    expect(reads.fits({ ...fuyang, tokenExpiresAt: new Date(EXPIRES) })).toBe(true);
    expect(reads.fits(fuyangColleague)).toBe(false);
    expect(reads.fits({ ...fuyang, tokenGeneration: 2 })).toBe(false);
  });

  it('once something of the request alone was read, the result fits nobody, not even the same viewer', () => {
    const reads = new ContextReads(fuyang);
    reads.markOwn();
    expect(reads.fits(fuyang)).toBe(false);
  });
});
