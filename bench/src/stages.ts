/**
 * The benchmark's stages, one after another. After each, the figures so far are saved (a later
 * failure loses nothing already measured); a stage that fails is named, with why, among the
 * figures, and the next stage runs.
 */
export class Stages {
  readonly failed: Array<{ stage: string; error: string }> = [];

  constructor(
    private readonly save: () => Promise<void>,
    private readonly log: (line: string) => void,
  ) {}

  /**
   * Runs one stage; its result, or null when it failed. `keep` puts the result among the figures
   * before they are saved, so the file never lags a stage behind.
   */
  async run<T>(name: string, stage: () => Promise<T>, keep: (result: T) => void = () => {}): Promise<T | null> {
    this.log(`stage: ${name}`);
    // How long each stage takes, so a run's length can be read off its log.
    const started = performance.now();
    try {
      const result = await stage();
      keep(result);
      this.log(`stage done in ${((performance.now() - started) / 1000).toFixed(0)} s: ${name}`);
      return result;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.failed.push({ stage: name, error: reason });
      this.log(`stage FAILED: ${name}: ${reason} (going on with the next stage)`);
      return null;
    } finally {
      await this.save();
    }
  }
}
