// Tables looked up by words read from a page. A plain object literal also answers for the names
// every object inherits: "constructor" or "toString" in an article would find a function.

/** The entries, and no inherited keys. */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
