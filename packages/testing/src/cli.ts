#!/usr/bin/env node
// kafkaline-fake-broker: runs a FakeCluster until SIGINT / SIGTERM.
//
//   kafkaline-fake-broker --port 9092 [--brokers 3] [--topic demo:3 ...] [--host 127.0.0.1] [--seed N]
//
// Prints exactly one line, `listening on HOST:PORT[,HOST:PORT...]`, once every broker listens.
// Bad arguments: a message on stderr and exit code 2. The command itself lives in
// fake-broker-command.ts, which `kafkaline fake-broker` reuses.
import { runFakeBroker } from './fake-broker-command.js';

process.exitCode = await runFakeBroker(process.argv.slice(2));
