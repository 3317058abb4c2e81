/**
 * What the bot remembers about the alerts it answered, so an alarm that fires every minute gets one answer and then
 * a count: per channel and catalogue entry, how often it was seen since when, and where the answer is. Shared by
 * every instance through the idempotency table when there is one (dynamodb.ts), else kept in this process.
 */

/** A repeat within this time is counted into the first answer; after it, the error is answered afresh. */
export const ALERT_WINDOW_MS = 24 * 60 * 60 * 1000;

/** The answer a repeat is counted into. */
interface AlertReply {
  channel: string;
  ts: string;
  /**
   * The answer's diagnosis, packed as the modal packs it (diagnosis-value.ts: ids, numbers and the redacted excerpts
   * the answer shows), so a repeat re-renders the first answer, not the latest alert.
   */
  packed: string;
}

export interface AlertSighting {
  /** Sightings in the window, this one included: 1 is the first, which answers. */
  count: number;
  /** The first sighting (epoch ms). */
  since: number;
  /** Unset until the first sighting's answer is posted. */
  reply?: AlertReply;
}

export interface AlertLedger {
  /** Counts one sighting of `key` at `now`. */
  sight(key: string, now: number): Promise<AlertSighting>;
  /** The first sighting's answer is posted: later sightings are counted into it. Returns the count by now. */
  answered(key: string, reply: AlertReply, now: number): Promise<AlertSighting>;
}

/** Keys one process keeps at most: alerts are few, and the oldest go first. */
const MAX_KEYS = 10_000;

export function createMemoryAlertLedger(): AlertLedger {
  const sightings = new Map<string, AlertSighting>();
  const live = (key: string, now: number) => {
    const found = sightings.get(key);
    return found && now - found.since < ALERT_WINDOW_MS ? found : undefined;
  };
  return {
    async sight(key, now) {
      const found = live(key, now);
      if (found) {
        found.count += 1;
        return { ...found };
      }
      sightings.delete(key);
      sightings.set(key, { count: 1, since: now });
      if (sightings.size > MAX_KEYS) sightings.delete(sightings.keys().next().value as string);
      return { count: 1, since: now };
    },
    async answered(key, reply, now) {
      const found = live(key, now) ?? { count: 1, since: now };
      found.reply = reply;
      sightings.set(key, found);
      return { ...found };
    },
  };
}
