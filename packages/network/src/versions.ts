import {
  type ApiDescriptor,
  type ApiName,
  type ApiVersionsResponse,
  Apis,
  ApiKey,
  apiVersionsSupported,
  decodeResponseFrame,
  ErrorCode,
  KafkaBrokerError,
  KafkaProtocolError,
} from '@kafkaline/protocol';
import { type BrokerLocation, UnsupportedVersionError, type VersionRange } from './errors.js';

/**
 * The ApiVersions version sent first on every connection. v3 is the first flexible version
 * (carries our software name and version); brokers that do not know it answer in v0 with
 * UNSUPPORTED_VERSION and, from 2.4, their own ApiVersions range, and we ask again.
 */
export const FIRST_API_VERSIONS_VERSION = 3;

const clientRanges = new Map<number, VersionRange>(
  apiVersionsSupported.map((api) => [api.apiKey, { min: api.minVersion, max: api.maxStableVersion }]),
);

/** The versions of an API this client can speak: the codec's range without unreleased versions. */
export function clientRange(api: ApiDescriptor): VersionRange {
  return clientRanges.get(api.apiKey) ?? { min: api.minVersion, max: api.maxVersion };
}

/** What one broker said it supports, and the version this client uses for each API with it. */
export class BrokerVersions {
  private readonly picked = new Map<number, number>();

  constructor(
    private readonly ranges: ReadonlyMap<number, VersionRange>,
    private readonly where: BrokerLocation,
  ) {}

  static fromResponse(response: ApiVersionsResponse, where: BrokerLocation): BrokerVersions {
    const ranges = new Map<number, VersionRange>();
    for (const key of response.apiKeys) ranges.set(key.apiKey, { min: key.minVersion, max: key.maxVersion });
    return new BrokerVersions(ranges, where);
  }

  /** The broker's advertised range for an API, or null when it does not list the API. */
  brokerRange(apiKey: number): VersionRange | null {
    return this.ranges.get(apiKey) ?? null;
  }

  /**
   * The highest version both sides support, optionally no higher than `cap` (used when a newer
   * version needs something the caller lacks, such as topic ids). Throws UnsupportedVersionError
   * naming both ranges when there is none.
   */
  pick(name: ApiName, cap = Number.POSITIVE_INFINITY): number {
    const api = Apis[name] as ApiDescriptor;
    const uncapped = cap === Number.POSITIVE_INFINITY;
    if (uncapped) {
      const cached = this.picked.get(api.apiKey);
      if (cached !== undefined) return cached;
    }
    const ours = clientRange(api);
    const theirs = this.brokerRange(api.apiKey);
    const max = theirs === null ? -1 : Math.min(ours.max, theirs.max, cap);
    const min = theirs === null ? 0 : Math.max(ours.min, theirs.min);
    if (theirs === null || max < min) {
      throw new UnsupportedVersionError(name, api.apiKey, ours, theirs, this.where);
    }
    if (uncapped) this.picked.set(api.apiKey, max);
    return max;
  }

  /** Whether `version` of an API is inside the broker's range and ours. */
  supports(name: ApiName, version: number): boolean {
    const api = Apis[name] as ApiDescriptor;
    const ours = clientRange(api);
    const theirs = this.brokerRange(api.apiKey);
    return theirs !== null && version >= Math.max(ours.min, theirs.min) && version <= Math.min(ours.max, theirs.max);
  }
}

/**
 * Decodes an ApiVersions response. A broker that rejects our version answers with a v0 body
 * (error UNSUPPORTED_VERSION) whatever version we asked for; the error code is the first body
 * field in every version, so it is read first to choose the layout.
 */
export function decodeApiVersionsResponse(version: number, payload: Uint8Array): ApiVersionsResponse {
  if (payload.length >= 6) {
    const errorCode = (payload[4] as number) * 256 + (payload[5] as number);
    if (errorCode === ErrorCode.UNSUPPORTED_VERSION && version !== 0) {
      return decodeResponseFrame(Apis.ApiVersions, 0, payload).body;
    }
  }
  return decodeResponseFrame(Apis.ApiVersions, version, payload).body;
}

/**
 * Runs the ApiVersions exchange: v3 first, then the highest version the broker says it has
 * (v0 if it does not say), per the ApiVersions fallback rule.
 */
export async function negotiateVersions(
  exchange: (version: number) => Promise<ApiVersionsResponse>,
  where: BrokerLocation,
): Promise<BrokerVersions> {
  let version = FIRST_API_VERSIONS_VERSION;
  let response = await exchange(version);
  if (response.errorCode === ErrorCode.UNSUPPORTED_VERSION) {
    const advertised = response.apiKeys.find((key) => key.apiKey === ApiKey.ApiVersions);
    const retryVersion = advertised === undefined ? 0 : Math.min(version, advertised.maxVersion);
    if (retryVersion >= version) {
      throw new KafkaProtocolError(
        `Broker at ${where.host}:${where.port} refused ApiVersions v${version} although it advertises v${advertised?.minVersion}-v${advertised?.maxVersion}`,
      );
    }
    version = retryVersion;
    response = await exchange(version);
  }
  if (response.errorCode !== 0) {
    throw new KafkaBrokerError(response.errorCode, { api: `ApiVersions v${version}` });
  }
  return BrokerVersions.fromResponse(response, where);
}
