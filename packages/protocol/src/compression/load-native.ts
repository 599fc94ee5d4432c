import { createRequire } from 'node:module';
import { KafkaError } from '../errors.js';

// A real require for this module's location. Testing `typeof require` is not enough: the ESM bundle
// defines a `require` shim that throws "Dynamic require is not supported" when called. The CJS
// build gets import.meta.url from tsup's shims (tsup.config.ts).
const requireModule: NodeJS.Require = createRequire(import.meta.url);

/** A codec whose native package cannot load here: an installation problem, not bad data. */
export class CodecUnavailableError extends KafkaError {
  readonly packageName: string;

  constructor(packageName: string, cause: unknown) {
    super(
      `The native package '${packageName}' failed to load on ${process.platform}-${process.arch} (node ${process.version}): ` +
        `${cause instanceof Error ? cause.message : String(cause)}. Reinstall dependencies without --no-optional so its prebuilt binary is present.`,
      { code: 'CODEC_UNAVAILABLE', retriable: false, cause },
    );
    this.packageName = packageName;
  }
}

export type NativeLoad<T> = { module: T; error: null } | { module: null; error: CodecUnavailableError };

/**
 * Loads a package with a native binary on first use. Such packages ship one optional registry
 * package per platform; when that one is missing (unusual platform, optional dependencies
 * skipped) only the codec that needs it fails, with an error saying what to install, instead of
 * the whole protocol package failing to import.
 */
export function loadNative<T>(name: string): NativeLoad<T> {
  try {
    return { module: requireModule(name) as T, error: null };
  } catch (cause) {
    return { module: null, error: new CodecUnavailableError(name, cause) };
  }
}
