import { describe, expect, it } from 'vitest';
import { defaultProvince, defaultRegion, homeScope, landingPath } from './landing';

const who = (role: Parameters<typeof landingPath>[0]['role'], scopeCode: string | null) => ({ role, scopeCode });

describe('where each role lands (one rule for every page)', () => {
  it('sends each role to its own start page', () => {
    for (const [role, scopeCode, start] of [
      ['ADMIN', null, '/overview?scope=national'],
      ['PROVINCE_HEAD', '15', '/overview?scope=15'],
      ['REGENCY_OFFICER', '15.71', '/overview?scope=15.71'],
      ['COUNTER_OPERATOR', '15.71', '/loket'],
      ['KIOSK', '15.71', '/kios'],
    ] as const)
      expect(landingPath(who(role, scopeCode)), role).toBe(start);
  });

  it('opens province pages on the actor’s own province, the demo province for an administrator', () => {
    expect(defaultProvince(who('ADMIN', null))).toBe('15');
    expect(defaultProvince(who('PROVINCE_HEAD', '16'))).toBe('16');
    expect(defaultProvince(who('REGENCY_OFFICER', '16.02'))).toBe('16');
    expect(defaultRegion(who('REGENCY_OFFICER', '16.02'))).toBe('16.02');
    expect(defaultRegion(who('PROVINCE_HEAD', '16'))).toBe('16');
    expect(defaultRegion(who('ADMIN', null))).toBe('15');
    expect(homeScope(who('ADMIN', '15'))).toBe('national');
  });
});
