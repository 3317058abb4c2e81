import type { Outcome } from '../facts';

/** Follows a NextToken/Marker chain; the first error ends it. */
export async function paginate<T>(
  page: (token: string | undefined) => Promise<Outcome<{ items: T[]; next?: string }>>,
): Promise<Outcome<T[]>> {
  const items: T[] = [];
  let token: string | undefined;
  do {
    const out = await page(token);
    if (!out.ok) return out;
    items.push(...out.value.items);
    token = out.value.next;
  } while (token);
  return { ok: true, value: items };
}

/** `fn` on every item, at most `limit` at a time, results in the items' order. */
export async function mapLimit<A, B>(items: A[], limit: number, fn: (item: A) => Promise<B>): Promise<B[]> {
  const out: B[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as A);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
