/**
 * A metric label whose values a caller chooses (an operation's name, a client's): the first `max`
 * distinct values get a series of their own, later ones count under `overflow`, so a caller
 * inventing names cannot grow the series without bound. Values longer than `maxLength` are cut.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(
    private readonly max: number,
    private readonly overflow = "other",
    private readonly maxLength = 100,
  ) {}

  of(value: string): string {
    const label = value.slice(0, this.maxLength);
    if (this.seen.has(label)) return label;
    if (this.seen.size >= this.max) return this.overflow;
    this.seen.add(label);
    return label;
  }
}
