import type { KafkaRecord, RecordHeader } from '@kafkaline/protocol';

/**
 * How a worker hands messages to the parent: one `postMessage` per batch of messages, made of
 * three buffers that are transferred (moved, not copied) plus, with a deserializer, one array of
 * deserialized values that is structured-cloned.
 *
 * - `numbers`: per message, NUMBERS_PER_MESSAGE float64 (partition, offset, timestamp, magic,
 *   attributes); offsets and timestamps are safe integers, so float64 holds them exactly.
 * - `layout`: per message, key length, value length, header count; then per header, key length
 *   and value length. A length of -1 is null; a value length of -2 means "see `values[i]`".
 * - `bytes`: keys, raw values and header keys/values, back to back in the order of `layout`.
 */
export interface WireBatch {
  count: number;
  numbers: Float64Array;
  layout: Int32Array;
  bytes: Uint8Array;
  /** Deserialized values (index = message index), or null when values travel as bytes. */
  values: unknown[] | null;
}

const NUMBERS_PER_MESSAGE = 5;
const NULL_LENGTH = -1;
const DESERIALIZED = -2;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export interface RecordOfPartition {
  partition: number;
  record: KafkaRecord;
}

/** Packs records (with values already deserialized when `values` is given) into a WireBatch. */
export function encodeWireBatch(records: readonly RecordOfPartition[], values: unknown[] | null): WireBatch {
  const count = records.length;
  const numbers = new Float64Array(count * NUMBERS_PER_MESSAGE);
  let layoutLength = count * 3;
  let byteLength = 0;
  const headerKeys: Uint8Array[] = [];
  for (const { record } of records) {
    byteLength += record.key?.length ?? 0;
    if (values === null) byteLength += record.value?.length ?? 0;
    layoutLength += record.headers.length * 2;
    for (const header of record.headers) {
      const key = encoder.encode(header.key);
      headerKeys.push(key);
      byteLength += key.length + (header.value?.length ?? 0);
    }
  }
  const layout = new Int32Array(layoutLength);
  const bytes = new Uint8Array(byteLength);
  let l = 0;
  let b = 0;
  let h = 0;
  const put = (data: Uint8Array | null): number => {
    if (data === null) return NULL_LENGTH;
    bytes.set(data, b);
    b += data.length;
    return data.length;
  };
  records.forEach(({ partition, record }, i) => {
    const n = i * NUMBERS_PER_MESSAGE;
    numbers[n] = partition;
    numbers[n + 1] = record.offset;
    numbers[n + 2] = record.timestamp;
    numbers[n + 3] = record.magic;
    numbers[n + 4] = record.attributes;
    layout[l++] = put(record.key);
    layout[l++] = values === null ? put(record.value) : DESERIALIZED;
    layout[l++] = record.headers.length;
    for (const header of record.headers) {
      layout[l++] = put(headerKeys[h++] as Uint8Array);
      layout[l++] = put(header.value);
    }
  });
  return { count, numbers, layout, bytes, values };
}

/** The buffers to list in postMessage's transfer list. */
export function transferList(batch: WireBatch): ArrayBuffer[] {
  return [batch.numbers.buffer as ArrayBuffer, batch.layout.buffer as ArrayBuffer, batch.bytes.buffer as ArrayBuffer];
}

/** One message as the parent rebuilds it; key, value and header values are views into `bytes`. */
export interface UnpackedMessage<V> {
  partition: number;
  offset: number;
  timestamp: number;
  magic: number;
  attributes: number;
  key: Uint8Array | null;
  value: V;
  headers: readonly RecordHeader[];
}

const NO_HEADERS: readonly RecordHeader[] = Object.freeze([]);

/** Reads a WireBatch message by message, in order, without copying bytes. */
export class WireBatchReader<V> {
  private index = 0;
  private l = 0;
  private b = 0;

  constructor(private readonly batch: WireBatch) {}

  get remaining(): number {
    return this.batch.count - this.index;
  }

  next(): UnpackedMessage<V> {
    const { numbers, layout, values } = this.batch;
    const i = this.index++;
    const n = i * NUMBERS_PER_MESSAGE;
    const key = this.take(layout[this.l++] as number);
    const valueLength = layout[this.l++] as number;
    const value = (valueLength === DESERIALIZED ? (values as unknown[])[i] : this.take(valueLength)) as V;
    const headerCount = layout[this.l++] as number;
    let headers = NO_HEADERS;
    if (headerCount > 0) {
      const list: RecordHeader[] = [];
      for (let k = 0; k < headerCount; k++) {
        const headerKey = this.take(layout[this.l++] as number);
        list.push({ key: decoder.decode(headerKey ?? undefined), value: this.take(layout[this.l++] as number) });
      }
      headers = list;
    }
    return {
      partition: numbers[n] as number,
      offset: numbers[n + 1] as number,
      timestamp: numbers[n + 2] as number,
      magic: numbers[n + 3] as number,
      attributes: numbers[n + 4] as number,
      key,
      value,
      headers,
    };
  }

  private take(length: number): Uint8Array | null {
    if (length < 0) return null;
    const view = this.batch.bytes.subarray(this.b, this.b + length);
    this.b += length;
    return view;
  }
}
