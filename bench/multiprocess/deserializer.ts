// The deserializers the MultiProcessConsumer workers run in the benchmark (and the single
// consumer runs inline).

/** UTF-8 JSON → object: the whole parsed object crosses to the parent (a structured clone). */
export function parseJson(value: Uint8Array | null): unknown {
  return value === null ? null : JSON.parse(Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('utf8'));
}

interface OrderLine {
  quantity: number;
  unitPrice: number;
}

/**
 * The same parse, reduced to what a consumer acts on (id, total, line count): the CPU work stays
 * the same, only a small object crosses to the parent.
 */
export function summarizeOrder(value: Uint8Array | null): { orderId: string; total: number; lines: number } | null {
  const order = parseJson(value) as { orderId: string; lines: OrderLine[] } | null;
  if (order === null) return null;
  let total = 0;
  for (const line of order.lines) total += line.quantity * line.unitPrice;
  return { orderId: order.orderId, total, lines: order.lines.length };
}
