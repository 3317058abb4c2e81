import type { FollowUp } from '../types';

export const followUps: FollowUp[] = [
  {
    id: 'sms-mfa-no-phone-number/add-phone',
    questions: {
      en: [
        'how do I add a phone number to the user?',
        'set phone_number with the cli',
        'how can the user add their phone',
        'how do I update phone_number for the user',
        'should the user register a phone number first',
      ],
      ja: [
        'ユーザーに電話番号を追加するには？',
        'CLI で phone_number を設定したい',
        'ユーザー自身が電話番号を登録する方法',
        'phone_number を登録する方法',
        '管理者がアカウントに電話番号を登録するには',
      ],
    },
    answer: {
      en: {
        text: 'Set `phone_number` (the user with `UpdateUserAttributes`, or an admin), then turn SMS MFA on for the user. It does not need to be verified first.',
        code: 'aws cognito-idp admin-update-user-attributes --user-pool-id <pool-id> --username <username> \\\n  --user-attributes Name=phone_number,Value=+15555550100\naws cognito-idp admin-set-user-mfa-preference --user-pool-id <pool-id> --username <username> \\\n  --sms-mfa-settings Enabled=true,PreferredMfa=true',
      },
      ja: {
        text: '`phone_number` を設定し (ユーザー本人は `UpdateUserAttributes`、または管理者)、その後ユーザーの SMS MFA を有効にします。事前の検証は不要です。',
        code: 'aws cognito-idp admin-update-user-attributes --user-pool-id <pool-id> --username <username> \\\n  --user-attributes Name=phone_number,Value=+815055550100\naws cognito-idp admin-set-user-mfa-preference --user-pool-id <pool-id> --username <username> \\\n  --sms-mfa-settings Enabled=true,PreferredMfa=true',
      },
    },
  },
  {
    id: 'sms-mfa-no-phone-number/format',
    questions: {
      en: ['what format should the phone number be in?', 'do I need the country code', 'is 090 ok or does it need +81'],
      ja: [
        '電話番号はどの形式で登録しますか？',
        '国番号は必要ですか',
        '090 から始まる番号のままでいいですか',
        '国内形式の番号で大丈夫ですか、+81 が必要ですか',
        '電話番号は E.164 形式である必要がありますか',
      ],
    },
    answer: {
      en: {
        text: 'E.164: `+`, country code and number, no spaces or dashes: `+15555550100`; a Japanese `090-1234-5678` becomes `+819012345678` (drop the leading 0).',
      },
      ja: {
        text: 'E.164 形式 (`+`、国番号、番号。スペースやハイフンなし) です。たとえば `090-1234-5678` は先頭の 0 を取って `+819012345678` になります。',
      },
    },
  },
];
