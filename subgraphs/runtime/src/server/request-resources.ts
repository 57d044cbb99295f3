/**
 * What one request holds until its answer is sent (a read transaction's connection): released
 * once the response is ready, whether the request succeeded or not, so nothing outlives it.
 */
export class RequestResources {
  private readonly releases: Array<() => Promise<void>> = [];

  /** Runs `release` when the request's answer is ready. */
  onRelease(release: () => Promise<void>): void {
    this.releases.push(release);
  }

  /** Releases everything, each even if another failed; the first failure is thrown after. */
  async release(): Promise<void> {
    const results = await Promise.allSettled(this.releases.splice(0).map((release) => release()));
    const failed = results.find((result): result is PromiseRejectedResult => result.status === "rejected");
    if (failed) throw failed.reason;
  }
}
