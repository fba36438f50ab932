/**
 * One asynchronous load a screen shows: loading, the data, or the IPC error (with a retry).
 * Only the latest request counts, so that switching year quickly never shows older data.
 */
import { type ApiError, toApiError } from "./api";

export class Resource<T> {
  data = $state<T | null>(null);
  error = $state<ApiError | null>(null);
  loading = $state(false);
  #seq = 0;
  #last: (() => Promise<T>) | null = null;

  /** Runs `fetcher`, keeping the data shown until the new one arrives. */
  async load(fetcher: () => Promise<T>): Promise<void> {
    this.#last = fetcher;
    const seq = ++this.#seq;
    this.loading = true;
    this.error = null;
    try {
      const data = await fetcher();
      if (seq === this.#seq) this.data = data;
    } catch (e) {
      if (seq === this.#seq) {
        this.error = toApiError(e);
        this.data = null;
      }
    } finally {
      if (seq === this.#seq) this.loading = false;
    }
  }

  /** Runs the last fetcher again (the error state's "Réessayer"). */
  retry = (): void => {
    if (this.#last) void this.load(this.#last);
  };
}
