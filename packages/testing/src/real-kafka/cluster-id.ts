import { randomBytes } from 'node:crypto';

/** A random KRaft cluster id: 16 bytes, URL-safe base64 without padding (22 characters), like Kafka's Uuid. */
export function randomClusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    // Kafka avoids ids starting with '-': command-line parsers take them for options.
    if (!id.startsWith('-')) return id;
  }
}
