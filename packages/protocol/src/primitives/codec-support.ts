// Small helpers the generated codecs share; kept out of the generated files so they stay data-like.
import { KafkaProtocolError } from '../errors.js';

export const EMPTY_BYTES: Uint8Array = new Uint8Array(0);

export class UnsupportedVersionError extends KafkaProtocolError {
  constructor(message: string, version: number, min: number, max: number) {
    super(`${message} version ${version} is not supported by this codec (supported: ${min}-${max})`, {
      code: 'UNSUPPORTED_VERSION',
    });
  }
}

export function checkVersion(message: string, version: number, min: number, max: number): void {
  if (!Number.isInteger(version) || version < min || version > max) {
    throw new UnsupportedVersionError(message, version, min, max);
  }
}

/** Java's rule: a non-default, non-ignorable field that the chosen version cannot carry is an error. */
export function fieldNotInVersion(field: string, version: number): KafkaProtocolError {
  return new KafkaProtocolError(
    `Field ${field} has a non-default value but version ${version} cannot carry it; use a version that has the field or leave it unset`,
  );
}

export function nullNotAllowed(field: string, version: number): KafkaProtocolError {
  return new KafkaProtocolError(`Field ${field} is null, but version ${version} does not allow null for it`);
}

/** Deep comparison of a value with a default value (structs, arrays, primitives, bytes). */
export function isDeepDefault(value: unknown, def: unknown): boolean {
  if (value === def) return true;
  if (value === null || def === null || typeof value !== 'object' || typeof def !== 'object') return false;
  if (value instanceof Uint8Array || def instanceof Uint8Array) {
    return value instanceof Uint8Array && def instanceof Uint8Array && Buffer.compare(value, def) === 0;
  }
  if (Array.isArray(value) || Array.isArray(def)) {
    return (
      Array.isArray(value) &&
      Array.isArray(def) &&
      value.length === def.length &&
      value.every((item, i) => isDeepDefault(item, def[i]))
    );
  }
  const defaults = def as Record<string, unknown>;
  const actual = value as Record<string, unknown>;
  return Object.keys(defaults).every((key) => actual[key] === undefined || isDeepDefault(actual[key], defaults[key]));
}
