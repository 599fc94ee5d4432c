// A small scripted Kafka cluster for the network tests: real request/response frames encoded with
// @kafkaline/protocol, over in-memory byte streams, with hooks to hold, reorder, corrupt or cut
// any response. It knows just enough Kafka to serve the client's requests.
import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import type { Duplex } from 'node:stream';
import {
  type ApiName,
  Apis,
  apiFor,
  apiVersionsSupported,
  decodeRequestBody,
  decodeRequestFrameHeader,
  encodeResponseFrame,
  ErrorCode,
  ZERO_UUID,
} from '@kafkaline/protocol';
import { FrameDecoder } from '../../src/framing.js';
import type { SocketTarget } from '../../src/transport.js';
import { duplexPair } from './duplex-pair.js';
import { ManualClock } from '@kafkaline/testing';

export type Ranges = Map<number, [number, number]>;

/** What a 4.3 broker advertises: exactly what the codec implements (stable versions). */
export function kafka4Ranges(): Ranges {
  return new Map(apiVersionsSupported.map((a) => [a.apiKey, [a.minVersion, a.maxStableVersion]]));
}

/** Kafka 2.1's ranges for the APIs a consumer uses. */
export function kafka21Ranges(): Ranges {
  return new Map<number, [number, number]>([
    [0, [0, 7]],
    [1, [0, 10]],
    [2, [0, 4]],
    [3, [0, 7]],
    [8, [0, 6]],
    [9, [0, 5]],
    [10, [0, 2]],
    [11, [0, 3]],
    [12, [0, 2]],
    [13, [0, 2]],
    [14, [0, 2]],
    [15, [0, 2]],
    [16, [0, 2]],
    [17, [0, 1]],
    [18, [0, 2]],
    [36, [0, 0]],
  ]);
}

export interface Request {
  nodeId: number;
  api: ApiName;
  version: number;
  correlationId: number;
  // biome-ignore lint/suspicious/noExplicitAny: decoded bodies of many APIs
  body: any;
  connection: ServerConnection;
}

/**
 * What a hook does with a request: undefined = default handling; `{ body }` = answer with this
 * body; 'hold' = answer later via `release`; 'drop' = never answer; `{ raw }` = write these bytes.
 */
export type Reply = undefined | 'hold' | 'drop' | { body: unknown } | { raw: Buffer[]; thenClose?: boolean };

export class ServerConnection {
  readonly decoder = new FrameDecoder(64 * 1024 * 1024);
  authenticated = false;
  closed = false;
  scram: { clientFirstBare: string; serverFirst: string; nonce: string } | null = null;
  oauthRejected = false;

  constructor(
    readonly socket: Duplex,
    readonly nodeId: number,
  ) {
    socket.on('close', () => {
      this.closed = true;
    });
    socket.on('error', () => {});
  }

  write(bytes: Buffer): void {
    if (!this.closed) this.socket.write(bytes);
  }

  destroy(): void {
    this.socket.destroy();
  }
}

export interface ScriptedBroker {
  nodeId: number;
  host: string;
  port: number;
  up: boolean;
  ranges: Ranges;
  /** 2.4+ brokers list their ApiVersions range when refusing a version; 2.1 sends an empty list. */
  advertiseOnUnsupported: boolean;
}

interface PartitionState {
  leader: number;
  epoch: number;
  highWatermark: number;
}

export interface ScriptedClusterOptions {
  brokers?: number;
  topics?: Record<string, number>;
  ranges?: Ranges;
  /** For OAUTHBEARER, `password` is the token the broker accepts. */
  sasl?: { mechanism: 'PLAIN' | 'SCRAM-SHA-256' | 'SCRAM-SHA-512' | 'OAUTHBEARER'; username: string; password: string };
}

export class ScriptedCluster {
  readonly clock = new ManualClock(1_000_000);
  readonly brokers = new Map<number, ScriptedBroker>();
  readonly topics = new Map<string, { id: string; partitions: PartitionState[] }>();
  readonly requests: Request[] = [];
  readonly connections: ServerConnection[] = [];
  readonly connectAttempts: SocketTarget[] = [];
  readonly committed = new Map<string, number>();
  coordinator: number;
  sasl: ScriptedClusterOptions['sasl'] | null;
  /** Set to make SCRAM's final server signature wrong (a server that does not know the password). */
  forgeScramSignature = false;
  hook: ((request: Request) => Reply) | null = null;
  private readonly held: Array<{ request: Request; release: (body?: unknown) => void }> = [];

  constructor(options: ScriptedClusterOptions = {}) {
    const count = options.brokers ?? 3;
    for (let id = 1; id <= count; id++) {
      this.brokers.set(id, { nodeId: id, host: `broker${id}.test`, port: 9092, up: true, ranges: options.ranges ?? kafka4Ranges(), advertiseOnUnsupported: true });
    }
    this.coordinator = 1;
    this.sasl = options.sasl ?? null;
    let next = 0;
    for (const [name, partitions] of Object.entries(options.topics ?? {})) {
      const id = Buffer.from(createHash('md5').update(name).digest()).toString('base64url');
      this.topics.set(name, {
        id,
        partitions: Array.from({ length: partitions }, () => ({ leader: (next++ % count) + 1, epoch: 0, highWatermark: 100 })),
      });
    }
  }

  get bootstrap(): string[] {
    return [...this.brokers.values()].map((b) => `${b.host}:${b.port}`);
  }

  broker(id: number): ScriptedBroker {
    const broker = this.brokers.get(id);
    if (!broker) throw new Error(`no broker ${id}`);
    return broker;
  }

  partition(topic: string, partition: number): PartitionState {
    const state = this.topics.get(topic)?.partitions[partition];
    if (!state) throw new Error(`no partition ${topic}/${partition}`);
    return state;
  }

  /** Moves leadership and bumps the leader epoch, as a controller would. */
  moveLeader(topic: string, partition: number, to: number): void {
    const state = this.partition(topic, partition);
    state.leader = to;
    state.epoch++;
  }

  stopBroker(id: number): void {
    this.broker(id).up = false;
    for (const c of this.connections) if (c.nodeId === id) c.destroy();
  }

  startBroker(id: number): void {
    this.broker(id).up = true;
  }

  requestsTo(api: ApiName, nodeId?: number): Request[] {
    return this.requests.filter((r) => r.api === api && (nodeId === undefined || r.nodeId === nodeId));
  }

  get heldCount(): number {
    return this.held.length;
  }

  /** Answers the oldest held request (with its default answer unless a body is given). */
  release(body?: unknown): void {
    const entry = this.held.shift();
    if (!entry) throw new Error('no held request');
    entry.release(body);
  }

  /** Answers the newest held request first (to test out-of-order responses). */
  releaseNewest(body?: unknown): void {
    const entry = this.held.pop();
    if (!entry) throw new Error('no held request');
    entry.release(body);
  }

  readonly socketFactory = async (target: SocketTarget): Promise<Duplex> => {
    this.connectAttempts.push(target);
    const broker = [...this.brokers.values()].find((b) => b.host === target.host && b.port === target.port);
    if (!broker?.up) {
      throw Object.assign(new Error(`connect ECONNREFUSED ${target.host}:${target.port}`), { code: 'ECONNREFUSED' });
    }
    const [client, server] = duplexPair();
    this.serve(server, broker.nodeId);
    return client;
  };

  /** Serves Kafka on a server-side stream (in-memory, or a real TCP/TLS socket). */
  serve(socket: Duplex, nodeId: number): ServerConnection {
    const connection = new ServerConnection(socket, nodeId);
    this.connections.push(connection);
    socket.on('data', (chunk: Buffer) => {
      for (const frame of connection.decoder.push(chunk)) this.onFrame(connection, frame);
    });
    return connection;
  }

  private onFrame(connection: ServerConnection, payload: Buffer): void {
    const { header, reader, api } = decodeRequestFrameHeader(payload);
    if (!api) throw new Error(`scripted cluster got unknown api ${header.requestApiKey}`);
    const version = header.requestApiVersion;
    const request: Request = {
      nodeId: connection.nodeId,
      api: api.name,
      version,
      correlationId: header.correlationId,
      body: api.apiKey === Apis.ApiVersions.apiKey && version > 4 ? {} : decodeRequestBody(api, version, reader),
      connection,
    };
    this.requests.push(request);
    const gated = this.sasl && !connection.authenticated && !['ApiVersions', 'SaslHandshake', 'SaslAuthenticate'].includes(api.name);
    if (gated) {
      connection.destroy();
      return;
    }
    const reply = this.hook?.(request);
    // Answer on a later turn, as a real broker over a socket would.
    setImmediate(() => this.answer(request, reply));
  }

  private answer(request: Request, reply: Reply): void {
    if (request.connection.closed) return;
    if (reply === 'drop') return;
    if (reply === 'hold') {
      this.held.push({ request, release: (body) => this.respond(request, body ?? this.defaultAnswer(request)) });
      return;
    }
    if (reply !== undefined && 'raw' in reply) {
      for (const chunk of reply.raw) request.connection.write(chunk);
      if (reply.thenClose) request.connection.destroy();
      return;
    }
    this.respond(request, reply !== undefined ? reply.body : this.defaultAnswer(request));
  }

  respond(request: Request, body: unknown): void {
    if (body === undefined) return;
    const special = request.api === 'ApiVersions' && (body as { _asVersion?: number })._asVersion !== undefined;
    const version = special ? (body as { _asVersion: number })._asVersion : request.version;
    request.connection.write(encodeResponseFrame(apiFor(request.api).apiKey, version, request.correlationId, body as never));
  }

  /** Encodes the default answer to a request as a frame, for tests that cut it into pieces. */
  frameFor(request: Request, body?: unknown): Buffer {
    return encodeResponseFrame(apiFor(request.api).apiKey, request.version, request.correlationId, (body ?? this.defaultAnswer(request)) as never);
  }

  defaultAnswer(request: Request): unknown {
    const broker = this.broker(request.nodeId);
    const v = request.version;
    const b = request.body;
    switch (request.api) {
      case 'ApiVersions': {
        const [, max] = broker.ranges.get(18) ?? [0, 0];
        if (v > max) {
          return {
            _asVersion: 0,
            errorCode: ErrorCode.UNSUPPORTED_VERSION,
            apiKeys: broker.advertiseOnUnsupported ? [{ apiKey: 18, minVersion: 0, maxVersion: max }] : [],
          };
        }
        return { errorCode: 0, apiKeys: [...broker.ranges].map(([apiKey, [minVersion, maxVersion]]) => ({ apiKey, minVersion, maxVersion })) };
      }
      case 'Metadata':
        return this.metadata(b.topics === null || (v === 0 && b.topics.length === 0) ? null : b.topics.map((t: { name: string }) => t.name));
      case 'FindCoordinator': {
        const c = this.broker(this.coordinator);
        if (v >= 4) return { coordinators: b.coordinatorKeys.map((key: string) => ({ key, nodeId: c.nodeId, host: c.host, port: c.port, errorCode: 0 })) };
        return { errorCode: 0, nodeId: c.nodeId, host: c.host, port: c.port };
      }
      case 'Fetch':
        return this.fetch(request);
      case 'ListOffsets':
        return {
          topics: b.topics.map((t: { name: string; partitions: Array<{ partitionIndex: number; timestamp: bigint }> }) => ({
            name: t.name,
            partitions: t.partitions.map((p) => {
              const state = this.topics.get(t.name)?.partitions[p.partitionIndex];
              if (!state) return { partitionIndex: p.partitionIndex, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION };
              if (state.leader !== request.nodeId) return { partitionIndex: p.partitionIndex, errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER };
              const offset = p.timestamp === -2n ? 0n : BigInt(state.highWatermark);
              return { partitionIndex: p.partitionIndex, errorCode: 0, timestamp: -1n, offset, leaderEpoch: state.epoch };
            }),
          })),
        };
      case 'OffsetCommit': {
        const notCoordinator = request.nodeId !== this.coordinator;
        return {
          topics: b.topics.map((t: { name: string; topicId: string; partitions: Array<{ partitionIndex: number; committedOffset: bigint }> }) => {
            const name = v >= 10 ? this.nameById(t.topicId) : t.name;
            return {
              name: t.name,
              topicId: t.topicId,
              partitions: t.partitions.map((p) => {
                if (!notCoordinator) this.committed.set(`${b.groupId}/${name}/${p.partitionIndex}`, Number(p.committedOffset));
                return { partitionIndex: p.partitionIndex, errorCode: notCoordinator ? ErrorCode.NOT_COORDINATOR : 0 };
              }),
            };
          }),
        };
      }
      case 'OffsetFetch':
        return this.offsetFetch(request);
      case 'JoinGroup':
        return {
          errorCode: request.nodeId === this.coordinator ? 0 : ErrorCode.NOT_COORDINATOR,
          generationId: 1,
          protocolType: 'consumer',
          protocolName: b.protocols[0]?.name ?? null,
          leader: 'member-1',
          memberId: 'member-1',
          members: [{ memberId: 'member-1', metadata: b.protocols[0]?.metadata ?? new Uint8Array(0) }],
        };
      case 'SyncGroup':
        return {
          errorCode: request.nodeId === this.coordinator ? 0 : ErrorCode.NOT_COORDINATOR,
          protocolType: 'consumer',
          protocolName: 'range',
          assignment: b.assignments.find((a: { memberId: string }) => a.memberId === b.memberId)?.assignment ?? new Uint8Array(0),
        };
      case 'Heartbeat':
        return { errorCode: request.nodeId === this.coordinator ? 0 : ErrorCode.NOT_COORDINATOR };
      case 'LeaveGroup':
        return v >= 3
          ? { errorCode: 0, members: b.members.map((m: { memberId: string; groupInstanceId: string | null }) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, errorCode: 0 })) }
          : { errorCode: 0 };
      case 'SaslHandshake': {
        const offered = this.sasl ? [this.sasl.mechanism] : [];
        return { errorCode: offered.includes(b.mechanism) ? 0 : ErrorCode.UNSUPPORTED_SASL_MECHANISM, mechanisms: offered };
      }
      case 'SaslAuthenticate':
        return this.saslAuthenticate(request);
      default:
        throw new Error(`scripted cluster has no default answer for ${request.api}`);
    }
  }

  nameById(id: string): string {
    for (const [name, t] of this.topics) if (t.id === id) return name;
    return '';
  }

  metadata(names: string[] | null) {
    const wanted = names ?? [...this.topics.keys()];
    return {
      brokers: [...this.brokers.values()].filter((b) => b.up).map((b) => ({ nodeId: b.nodeId, host: b.host, port: b.port, rack: null })),
      clusterId: 'scripted',
      controllerId: 1,
      topics: wanted.map((name) => {
        const t = this.topics.get(name);
        if (!t) return { errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, name, topicId: ZERO_UUID, partitions: [] };
        return {
          errorCode: 0,
          name,
          topicId: t.id,
          partitions: t.partitions.map((p, i) => ({
            errorCode: 0,
            partitionIndex: i,
            leaderId: p.leader,
            leaderEpoch: p.epoch,
            replicaNodes: [p.leader],
            isrNodes: [p.leader],
          })),
        };
      }),
    };
  }

  private fetch(request: Request) {
    const v = request.version;
    return {
      throttleTimeMs: 0,
      responses: request.body.topics.map((t: { topic: string; topicId: string; partitions: Array<{ partition: number; fetchOffset: bigint }> }) => {
        const name = v >= 13 ? this.nameById(t.topicId) : t.topic;
        return {
          topic: t.topic,
          topicId: t.topicId,
          partitions: t.partitions.map((p) => {
            const state = this.topics.get(name)?.partitions[p.partition];
            const base = { partitionIndex: p.partition, highWatermark: BigInt(state?.highWatermark ?? -1), abortedTransactions: null, records: null };
            if (!state) return { ...base, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION };
            if (state.leader !== request.nodeId) return { ...base, errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER };
            return { ...base, errorCode: 0, records: Buffer.from(`${name}/${p.partition}@${p.fetchOffset} from ${request.nodeId}`) };
          }),
        };
      }),
    };
  }

  private offsetFetch(request: Request) {
    const v = request.version;
    const b = request.body;
    const notCoordinator = request.nodeId !== this.coordinator;
    const groupId: string = v >= 8 ? b.groups[0].groupId : b.groupId;
    const topics: Array<{ name: string; topicId?: string; partitionIndexes: number[] }> = (v >= 8 ? b.groups[0].topics : b.topics) ?? [];
    const partitions = (name: string, indexes: number[]) =>
      indexes.map((partitionIndex) => ({
        partitionIndex,
        committedOffset: BigInt(this.committed.get(`${groupId}/${name}/${partitionIndex}`) ?? -1),
        committedLeaderEpoch: -1,
        metadata: '',
        errorCode: 0,
      }));
    const code = notCoordinator ? ErrorCode.NOT_COORDINATOR : 0;
    if (v >= 8) {
      return {
        groups: [
          {
            groupId,
            errorCode: code,
            topics: code ? [] : topics.map((t) => ({ name: t.name, topicId: t.topicId ?? ZERO_UUID, partitions: partitions(v >= 10 ? this.nameById(t.topicId ?? '') : t.name, t.partitionIndexes) })),
          },
        ],
      };
    }
    return { errorCode: code, topics: code ? [] : topics.map((t) => ({ name: t.name, partitions: partitions(t.name, t.partitionIndexes) })) };
  }

  private saslAuthenticate(request: Request) {
    const sasl = this.sasl;
    const connection = request.connection;
    const failed = (message: string) => ({ errorCode: ErrorCode.SASL_AUTHENTICATION_FAILED, errorMessage: message, authBytes: new Uint8Array(0) });
    if (!sasl) return failed('SASL not enabled');
    const token = Buffer.from(request.body.authBytes).toString('utf8');
    if (sasl.mechanism === 'PLAIN') {
      const [, user, password] = token.split('\u0000');
      if (user !== sasl.username || password !== sasl.password) return failed('Authentication failed: Invalid username or password');
      connection.authenticated = true;
      return { errorCode: 0, errorMessage: null, authBytes: new Uint8Array(0) };
    }
    if (sasl.mechanism === 'OAUTHBEARER') {
      if (connection.oauthRejected) return failed('Authentication failed: invalid_token');
      const bearer = /auth=Bearer ([^\u0001]+)\u0001/.exec(token)?.[1];
      if (bearer !== sasl.password) {
        connection.oauthRejected = true;
        return { errorCode: 0, errorMessage: null, authBytes: Buffer.from('{"status":"invalid_token"}') };
      }
      connection.authenticated = true;
      return { errorCode: 0, errorMessage: null, authBytes: new Uint8Array(0), sessionLifetimeMs: 3_600_000n };
    }
    const algorithm = sasl.mechanism === 'SCRAM-SHA-256' ? 'sha256' : 'sha512';
    const salt = Buffer.from('scripted-salt');
    const salted = pbkdf2Sync(sasl.password, salt, 4096, algorithm === 'sha256' ? 32 : 64, algorithm);
    if (connection.scram === null) {
      const clientFirstBare = token.slice(3);
      const nonce = /r=([^,]+)/.exec(clientFirstBare)?.[1] ?? '';
      const serverNonce = nonce + randomBytes(12).toString('base64');
      const serverFirst = `r=${serverNonce},s=${salt.toString('base64')},i=4096`;
      connection.scram = { clientFirstBare, serverFirst, nonce: serverNonce };
      return { errorCode: 0, errorMessage: null, authBytes: Buffer.from(serverFirst) };
    }
    const withoutProof = token.slice(0, token.lastIndexOf(',p='));
    const proof = Buffer.from(token.slice(token.lastIndexOf(',p=') + 3), 'base64');
    const authMessage = `${connection.scram.clientFirstBare},${connection.scram.serverFirst},${withoutProof}`;
    const storedKey = createHash(algorithm).update(createHmac(algorithm, salted).update('Client Key').digest()).digest();
    const signature = createHmac(algorithm, storedKey).update(authMessage).digest();
    const clientKey = Buffer.from(proof.map((byte, i) => byte ^ (signature[i] as number)));
    const user = /n=([^,]+)/.exec(connection.scram.clientFirstBare)?.[1];
    if (user !== sasl.username || !createHash(algorithm).update(clientKey).digest().equals(storedKey)) {
      return failed(`Authentication failed during authentication due to invalid credentials with SASL mechanism ${sasl.mechanism}`);
    }
    const serverKey = createHmac(algorithm, salted).update('Server Key').digest();
    const serverSignature = this.forgeScramSignature ? randomBytes(serverKey.length) : createHmac(algorithm, serverKey).update(authMessage).digest();
    connection.authenticated = true;
    return { errorCode: 0, errorMessage: null, authBytes: Buffer.from(`v=${serverSignature.toString('base64')}`) };
  }
}
