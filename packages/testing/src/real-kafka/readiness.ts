import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import type { BrokerProcess } from './broker-process.js';
import { LOOPBACK } from './ports.js';

/** Logged by KafkaRaftServer once the controller and the broker are up and the broker is unfenced (3.9 and 4.x). */
export const READY_LINE = 'Kafka Server started';
const POLL_MS = 100;

export function fileSize(file: string): number {
  return statSync(file, { throwIfNoEntry: false })?.size ?? 0;
}

/** Bytes of `file` from `offset` on (at most `max` of them, the last ones). */
function readFrom(file: string, offset: number, max: number): string {
  const size = fileSize(file);
  const start = Math.max(offset, size - max);
  if (size <= start) return '';
  const buffer = Buffer.alloc(size - start);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, start);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('utf8');
}

/** The last `lines` lines of a log file ('' when it does not exist). */
export function logTail(file: string, lines = 40): string {
  return readFrom(file, 0, 256 * 1024).trimEnd().split('\n').slice(-lines).join('\n');
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: LOOPBACK, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface WaitForReadyInput {
  label: string;
  proc: BrokerProcess;
  logFile: string;
  /** Where this start's output begins in `logFile` (restarts append). */
  fromOffset: number;
  port: number;
  timeoutMs: number;
}

/**
 * Waits until the node logged READY_LINE (after `fromOffset`) and its PLAINTEXT port accepts a
 * connection. Fails early if the JVM exits, and at the deadline; both errors carry the log tail.
 */
export async function waitForReady(input: WaitForReadyInput): Promise<void> {
  const started = Date.now();
  const deadline = started + input.timeoutMs;
  let scanned = input.fromOffset;
  let carry = '';
  const fail = (why: string) =>
    new Error(`real-kafka: ${input.label} ${why}. Last lines of ${input.logFile}:\n${logTail(input.logFile)}`);
  for (;;) {
    const size = fileSize(input.logFile);
    if (size > scanned) {
      const text = carry + readFrom(input.logFile, scanned, size - scanned);
      scanned = size;
      if (text.includes(READY_LINE)) break;
      carry = text.slice(-READY_LINE.length);
    }
    if (input.proc.hasExited()) {
      const status = await input.proc.exited;
      throw fail(`exited during start-up (${status.signal ?? `exit code ${status.code}`})`);
    }
    if (Date.now() > deadline) throw fail(`did not log "${READY_LINE}" within ${input.timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  while (!(await canConnect(input.port))) {
    if (input.proc.hasExited() || Date.now() > deadline) throw fail(`logged "${READY_LINE}" but 127.0.0.1:${input.port} refuses connections`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}
