// An in-memory stand-in for `browser.storage` with Chrome's limits on `sync` (8,192 bytes an
// item, 512 items, 102,400 bytes in all), for tests of the settings store. `failNext` makes the
// next write of an area fail as a full quota does.
type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

interface Limits {
  perItem: number;
  items: number;
  total: number;
}

const SYNC: Limits = { perItem: 8192, items: 512, total: 102_400 };
const LOCAL: Limits = { perItem: Number.POSITIVE_INFINITY, items: Number.POSITIVE_INFINITY, total: 10 * 1024 * 1024 };

const size = (key: string, value: unknown): number => key.length + JSON.stringify(value).length;

export function fakeStorage() {
  const listeners = new Set<Listener>();
  const failing = new Set<string>();
  const area = (name: 'sync' | 'local', limits: Limits) => {
    const data = new Map<string, unknown>();
    const changed = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => {
      for (const listener of listeners) listener(changes, name);
    };
    return {
      data,
      async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
        const wanted = keys === null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
        return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
      },
      async set(items: Record<string, unknown>): Promise<void> {
        if (failing.delete(name)) throw new Error(`QUOTA_BYTES quota exceeded (${name})`);
        const next = new Map(data);
        for (const [k, v] of Object.entries(items)) {
          if (size(k, v) > limits.perItem) throw new Error(`QUOTA_BYTES_PER_ITEM quota exceeded: ${k}`);
          next.set(k, structuredClone(v));
        }
        if (next.size > limits.items) throw new Error('MAX_ITEMS quota exceeded');
        if ([...next].reduce((n, [k, v]) => n + size(k, v), 0) > limits.total) throw new Error('QUOTA_BYTES quota exceeded');
        const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { oldValue: data.get(k), newValue: v }]));
        for (const [k, v] of next) data.set(k, v);
        changed(changes);
      },
      async remove(keys: string | string[]): Promise<void> {
        const changes: Record<string, { oldValue?: unknown }> = {};
        for (const k of typeof keys === 'string' ? [keys] : keys) {
          if (data.has(k)) changes[k] = { oldValue: data.get(k) };
          data.delete(k);
        }
        changed(changes);
      },
    };
  };
  return {
    sync: area('sync', SYNC),
    local: area('local', LOCAL),
    onChanged: {
      addListener: (l: Listener) => listeners.add(l),
      removeListener: (l: Listener) => listeners.delete(l),
    },
    /** The next write to `name` fails, as a full quota does. */
    failNext(name: 'sync' | 'local') {
      failing.add(name);
    },
  };
}
