/**
 * The files a message shares, as Slack describes them: its own `files` and those of a message it forwards or links
 * (`attachments[].files`). Slack sends some of them as stubs (`file_access: "check_file_info"`, a Slack Connect
 * channel): those are described again by files.info before anything is decided about them.
 */

export interface SharedFile {
  id: string;
  name: string;
  mimetype?: string;
  filetype?: string;
  /** `snippet` for a text snippet made in Slack. */
  mode?: string;
  /** Bytes, as Slack says. */
  size?: number;
  /** url_private_download: the bytes, for the bot token. */
  url?: string;
}

type Json = Record<string, unknown>;

function describe(value: unknown): SharedFile | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const file = value as Json;
  if (typeof file.id !== 'string' || file.id === '') return undefined;
  const text = (key: string) => (typeof file[key] === 'string' ? (file[key] as string) : undefined);
  return {
    id: file.id,
    name: text('name') ?? text('title') ?? file.id,
    mimetype: text('mimetype'),
    filetype: text('filetype'),
    mode: text('mode'),
    size: typeof file.size === 'number' ? file.size : undefined,
    url: text('url_private_download') ?? text('url_private'),
  };
}

/** Described well enough to decide without files.info: what it is, how big, where its bytes are. */
export function isDescribed(file: SharedFile): boolean {
  return file.size !== undefined && file.url !== undefined && (file.mimetype !== undefined || file.mode !== undefined);
}

/** A file object from files.info (or an event), or undefined for anything else. */
export function sharedFile(value: unknown): SharedFile | undefined {
  return describe(value);
}

/** Every file the message shares, its own first, each once. */
export function filesOf(message: { files?: unknown; attachments?: unknown }): SharedFile[] {
  const attached = Array.isArray(message.attachments)
    ? message.attachments.flatMap((a) => (a && typeof a === 'object' ? [(a as Json).files] : []))
    : [];
  const seen = new Set<string>();
  const files: SharedFile[] = [];
  for (const list of [message.files, ...attached]) {
    for (const value of Array.isArray(list) ? list : []) {
      const file = describe(value);
      if (!file || seen.has(file.id)) continue;
      seen.add(file.id);
      files.push(file);
    }
  }
  return files;
}
