import { mentions, stripMention } from '../../src/slack/incoming';

describe("the bot's own mention", () => {
  test('is found with or without a label, and only for its own id', () => {
    expect(mentions('<@U0BOT> hi', 'U0BOT')).toBe(true);
    expect(mentions('hi <@U0BOT|cognito-mfa>', 'U0BOT')).toBe(true);
    expect(mentions('<@U0BOT2> hi', 'U0BOT')).toBe(false);
    expect(mentions('<@U0BOT hi', 'U0BOT')).toBe(false);
    expect(mentions('<@U0BOT> hi', undefined)).toBe(false);
  });

  test('is stripped; other mentions stay', () => {
    expect(stripMention('<@U0BOT|cognito-mfa> ask <@U0ALICE> about <@U0BOT>', 'U0BOT')).toBe('ask <@U0ALICE> about');
    expect(stripMention(' <@U0BOT> ', undefined)).toBe('<@U0BOT>');
  });

  test('a label stops at the next entity', () => {
    expect(stripMention('<@U0BOT|<@U0BOT> x', 'U0BOT')).toBe('<@U0BOT|  x');
  });
});
