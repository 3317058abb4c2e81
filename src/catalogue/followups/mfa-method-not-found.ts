import type { FollowUp } from '../types';

export const followUps: FollowUp[] = [
  {
    id: 'mfa-method-not-found/cause',
    questions: {
      en: [
        'what causes no mfa mechanism registered?',
        'why does cognito say there is no mfa method',
        'the user has mfa, why this error',
        'when does MFAMethodNotFoundException happen',
        'what makes it say no mfa mechanism',
      ],
      ja: [
        'No MFA mechanism registered の原因は？',
        'MFA の方法が見つからないと言われるのはなぜですか',
        'MFAMethodNotFoundException はいつ発生しますか',
      ],
    },
    answer: {
      en: {
        text: "Cognito found no MFA factor it can use for this user: MFA applies (required, or the user enabled it) but the user has no usable factor, e.g. SMS is the only factor and the user has no `phone_number`, or the user's preferred factor is no longer enabled in the pool.",
      },
      ja: {
        text: 'Cognito がこのユーザーに使える MFA の要素を見つけられませんでした。MFA が適用される (必須、またはユーザーが有効化済み) のに使える要素がない状態です。たとえば SMS しか要素がないのにユーザーに `phone_number` がない、ユーザーの優先要素がプールで無効になっている、などです。',
      },
    },
  },
  {
    id: 'mfa-method-not-found/fix',
    questions: {
      en: [
        'how do I fix it for this user?',
        'how can I check what mfa the user and the pool have',
        'what should I change',
        'what should I check on the pool and the user',
        'how can the user sign in again, add a phone number or set up totp',
      ],
      ja: [
        'このユーザーはどう直せばいいですか？',
        'ユーザーとプールの MFA 設定を確認するには',
        '何を変更すれば解決しますか',
      ],
    },
    answer: {
      en: {
        text: "Compare the pool's enabled factors with the user's: give the user a factor the pool allows (a `phone_number` for SMS, TOTP set up, an `email` for email MFA), or enable TOTP in the pool so users without a factor get the `MFA_SETUP` challenge.",
        code: 'aws cognito-idp get-user-pool-mfa-config --user-pool-id <pool-id>\naws cognito-idp admin-get-user --user-pool-id <pool-id> --username <username>',
      },
      ja: {
        text: 'プールで有効な要素とユーザーの要素を比べます。プールが許可する要素をユーザーに用意する (SMS なら `phone_number`、TOTP の設定、E メール MFA なら `email`) か、プールで TOTP を有効にして要素のないユーザーが `MFA_SETUP` チャレンジを受けられるようにします。',
        code: 'aws cognito-idp get-user-pool-mfa-config --user-pool-id <pool-id>\naws cognito-idp admin-get-user --user-pool-id <pool-id> --username <username>',
      },
    },
  },
];
