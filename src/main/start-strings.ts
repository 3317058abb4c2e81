/** What `npm start` prints itself, per language (the locale's); logs written after the start stay English. */
import type { Phrases } from '../checks/localized';

export const START_STRINGS: Phrases<{
  debugWarning: string;
  socket: string;
  http: (port: number, path: string) => string;
}> = {
  en: {
    debugWarning: 'LOG_LEVEL=debug logs raw Slack payloads, including what people paste: do not use it in production.',
    socket: 'Cognito MFA bot is connected to Slack in Socket Mode.',
    http: (port, path) => `Cognito MFA bot is listening on port ${port}: POST ${path}`,
  },
  ja: {
    debugWarning:
      'LOG_LEVEL=debug では、貼り付けられた内容を含む Slack のペイロードがそのままログに出ます。本番環境では使わないでください。',
    socket: 'Cognito MFA ボットは Socket Mode で Slack に接続しました。',
    http: (port, path) => `Cognito MFA ボットはポート ${port} で待ち受けています: POST ${path}`,
  },
};
