/**
 * A memo of at most `capacity` entries: the oldest entry is dropped when a new one would exceed it,
 * so memory stays bounded whatever the requests. The dashboard's data do not change while it runs,
 * so entries never go stale.
 */
export class BoundedCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(readonly capacity: number) {}

  /** The value for `key`, computed by `make` (and kept) when absent. Errors thrown by `make` are not kept. */
  get(key: string, make: () => T): T {
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit;
    const value = make();
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
