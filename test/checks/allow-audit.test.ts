import { checkAllowed } from '../../src/checks/allow';
import { auditLine } from '../../src/checks/audit';

const OPEN = { accounts: [], allowedPools: [], allowedUsers: [], allowedChannels: [] };
const caller = { user: 'U123', channel: 'C456', poolId: 'eu-west-1_AbCdEfGhI' };

describe('checkAllowed', () => {
  it('allows everyone when no list is set', () => {
    expect(checkAllowed(caller, OPEN)).toEqual({ ok: true });
  });

  it('refuses users, channels and pools off their lists, saying which list', () => {
    const saying = (en: string, ja: string) => ({
      ok: false,
      reason: { en: expect.stringContaining(en), ja: expect.stringContaining(ja) },
    });
    expect(checkAllowed(caller, { ...OPEN, allowedUsers: ['U999'] })).toEqual(
      saying('MFA_CHECK_ALLOWED_USERS', '(MFA_CHECK_ALLOWED_USERS) に含まれていません'),
    );
    expect(checkAllowed(caller, { ...OPEN, allowedChannels: ['C999'] })).toEqual(
      saying('MFA_CHECK_ALLOWED_CHANNELS', 'このチャンネルでは /mfa-check を使えません'),
    );
    expect(checkAllowed(caller, { ...OPEN, allowedPools: ['us-east-1_*'] })).toEqual(
      saying('eu-west-1_AbCdEfGhI is not on the list', 'ユーザープール eu-west-1_AbCdEfGhI は'),
    );
  });

  it('matches pools exactly or by * pattern', () => {
    expect(checkAllowed(caller, { ...OPEN, allowedPools: ['eu-west-1_*'] }).ok).toBe(true);
    expect(checkAllowed(caller, { ...OPEN, allowedPools: ['eu-west-1_AbCdEfGhI'] }).ok).toBe(true);
    expect(checkAllowed(caller, { ...OPEN, allowedPools: ['eu-west-1_AbCdEfGh'] }).ok).toBe(false);
  });
});

describe('auditLine', () => {
  it('is one JSON line with who, where, pool and counts, without the username', () => {
    const line = auditLine({
      who: 'U123',
      where: 'C456',
      team: 'T1',
      ref: { poolId: 'eu-west-1_AbCdEfGhI', region: 'eu-west-1', alias: { alias: 'prod' } },
      userChecked: true,
      outcome: 'ok',
      counts: { fail: 1, warn: 0, unknown: 0, pass: 12 },
      durationMs: 412.7,
      at: new Date('2026-11-26T08:00:00Z'),
    });
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({
      event: 'mfa_check',
      at: '2026-11-26T08:00:00.000Z',
      who: 'U123',
      where: 'C456',
      team: 'T1',
      pool: 'eu-west-1_AbCdEfGhI',
      region: 'eu-west-1',
      alias: 'prod',
      userChecked: true,
      outcome: 'ok',
      counts: { fail: 1, warn: 0, unknown: 0, pass: 12 },
      durationMs: 413,
    });
  });

  it('records a refusal with its reason', () => {
    const line = JSON.parse(
      auditLine({
        who: 'U1',
        where: 'C1',
        ref: { poolId: 'p', region: 'r' },
        userChecked: false,
        outcome: 'refused',
        reason: 'user-not-allowed',
        at: new Date(0),
      }),
    );
    expect(line).toMatchObject({ outcome: 'refused', reason: 'user-not-allowed' });
    expect(line.counts).toBeUndefined();
  });
});
