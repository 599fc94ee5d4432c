/** A 1 KB JSON order event: nested objects, arrays, strings and numbers, as services exchange. */
export function orderJson(i: number): string {
  const order = {
    orderId: `ord-${1_000_000_000 + i}`,
    createdAt: new Date(1_700_000_000_000 + i * 1000).toISOString(),
    status: ['PAID', 'PACKED', 'SHIPPED'][i % 3],
    currency: 'EUR',
    customer: { id: 10_000 + (i % 5000), name: `Customer ${i % 5000}`, email: `customer${i % 5000}@example.com`, tier: i % 4 === 0 ? 'gold' : 'standard' },
    shipping: { street: `${(i % 300) + 1} Example Street`, city: 'Berlin', zip: String(10_000 + (i % 9000)), country: 'DE', express: i % 5 === 0 },
    lines: Array.from({ length: 5 }, (_, k) => ({
      sku: `SKU-${(i * 7 + k) % 100_000}`,
      title: `Catalogue product number ${k} with a longer name`,
      quantity: k + 1,
      unitPrice: Math.round(((i % 100) + k * 0.75) * 100) / 100,
    })),
    tags: ['web', 'promo-spring', i % 2 === 0 ? 'returning' : 'new'],
    notes: 'Leave the parcel at the front door if nobody answers the bell.',
  };
  return JSON.stringify(order);
}
