import { redact } from '../secrets';

/** `+819012345678` -> `+81******5678`: enough to recognise a number, not enough to dial it. */
export function maskPhone(phone: string): string {
  const p = phone.trim();
  if (p.length <= 7) return '*'.repeat(p.length);
  return `${p.slice(0, 3)}${'*'.repeat(p.length - 7)}${p.slice(-4)}`;
}

// A username that is a phone number (pools that sign in by phone take it as an alias): E.164 with what people type.
const PHONE_LIKE = /^\+?\d[\d ().-]{6,}\d$/;

/**
 * The username as the bot shows it (the ack, the report, a shared report): a phone number masked like any other,
 * and anything that looks like a secret redacted, since a report can be shared in a channel.
 */
export function shownUsername(username: string): string {
  return PHONE_LIKE.test(username) && username.replace(/\D/g, '').length >= 8 ? maskPhone(username) : redact(username);
}
