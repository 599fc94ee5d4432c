// A minimal Kafka client for tests: frames requests with the protocol package's codecs, reads
// response frames, and exposes the raw bytes so tests can compare them byte for byte.
import type { Duplex } from 'node:stream';
import { type ApiMessages, type ApiName, Apis, decodeResponseFrame, encodeRequestFrame } from '@kafkaline/protocol';

export class RawClient {
  private buffered = Buffer.alloc(0);
  private readonly frames: Buffer[] = [];
  private waiters: Array<(frame: Buffer | null) => void> = [];
  private correlationId = 0;
  closed = false;

  constructor(readonly stream: Duplex) {
    stream.on('data', (chunk: Buffer) => {
      this.buffered = Buffer.concat([this.buffered, chunk]);
      while (this.buffered.length >= 4) {
        const size = this.buffered.readInt32BE(0);
        if (this.buffered.length < 4 + size) break;
        this.deliver(this.buffered.subarray(4, 4 + size));
        this.buffered = this.buffered.subarray(4 + size);
      }
    });
    const end = () => {
      this.closed = true;
      for (const waiter of this.waiters.splice(0)) waiter(null);
    };
    stream.on('close', end);
    stream.on('end', end);
    stream.on('error', end);
  }

  private deliver(frame: Buffer): void {
    const waiter = this.waiters.shift();
    if (waiter) waiter(Buffer.from(frame));
    else this.frames.push(Buffer.from(frame));
  }

  /** The next response frame (payload after the size prefix), or null when the connection closed first. */
  nextFrame(): Promise<Buffer | null> {
    const frame = this.frames.shift();
    if (frame) return Promise.resolve(frame);
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Writes raw bytes (for malformed-input tests). */
  writeRaw(bytes: Uint8Array): void {
    this.stream.write(bytes);
  }

  /** Sends a request without waiting; returns its correlation id. */
  send<N extends ApiName>(api: N, version: number, body: ApiMessages[N]['requestInput'], clientId = 'raw-client'): number {
    const correlationId = ++this.correlationId;
    this.stream.write(encodeRequestFrame<N>({ apiKey: Apis[api].apiKey, apiVersion: version, correlationId, clientId }, body));
    return correlationId;
  }

  /** Sends a request and decodes its response; null when the broker closed the connection instead. */
  async request<N extends ApiName>(api: N, version: number, body: ApiMessages[N]['requestInput']): Promise<ApiMessages[N]['response'] | null> {
    const result = await this.requestRaw(api, version, body);
    return result?.body ?? null;
  }

  async requestRaw<N extends ApiName>(api: N, version: number, body: ApiMessages[N]['requestInput']): Promise<{ body: ApiMessages[N]['response']; bytes: Buffer } | null> {
    const correlationId = this.send(api, version, body);
    const frame = await this.nextFrame();
    if (frame === null) return null;
    const decoded = decodeResponseFrame(Apis[api], version, frame);
    if (decoded.correlationId !== correlationId) throw new Error(`correlation id ${decoded.correlationId} != ${correlationId}`);
    return { body: decoded.body as ApiMessages[N]['response'], bytes: frame };
  }

  close(): void {
    this.stream.destroy();
  }
}

/** Waits until `predicate` holds, polling on real time (for foreign clients only). */
export async function eventually(predicate: () => boolean, timeoutMs = 10000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Lets pending ticks and immediates run (in-process streams deliver on later ticks). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}
