// What the orchestrator hands one contender process, and what that process reports back.

/** The same fetch settings for every client: Kafka's per-partition default, a 100 ms long poll. */
export const FETCH = Object.freeze({
  maxWaitMs: 100,
  minBytes: 1,
  /** Per partition: Kafka's max.partition.fetch.bytes default. */
  partitionMaxBytes: 1_048_576,
  /** Per request: Kafka's fetch.max.bytes default. */
  maxBytes: 52_428_800,
});

export interface ContenderJob {
  contender: string;
  bootstrap: string[];
  topic: string;
  partitions: number;
  expectedMessages: number;
  expectedBytes: number;
  /** Fresh for every run: clients that need a group (kafkajs, platformatic) start with no offsets and no old members. */
  groupId: string;
}

export interface ContenderResult {
  messages: number;
  /** Key + value bytes handed to the application. */
  bytes: number;
  /** From just before the client is constructed (modules already loaded) to the first message. */
  firstMessageMs: number;
  /** From the same start to the last expected message. */
  lastMessageMs: number;
  /** process.cpuUsage() from the start to the last message, user + system (all threads). */
  cpuMs: number;
  /** process.resourceUsage().maxRSS at exit, in bytes (the process's peak, loader included). */
  maxRssBytes: number;
  /** RSS after the modules loaded, before the client was constructed: the share of maxRSS the harness costs. */
  baseRssBytes: number;
  /** How long closing the client took after the last message. */
  closeMs: number;
}

/** The line a contender process prints its result on. */
export const RESULT_PREFIX = 'E2E-RESULT ';
