// Summarises a V8 .cpuprofile (node --cpu-prof): self time per function and per area of the
// code (our packages, the Node runtime, GC), so the hot path reads at a glance.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Which part of the stack a frame belongs to, from its script URL. */
export function area(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const ours = /packages\/(protocol|network|consumer|testing)\//.exec(url);
  if (ours) return `@kafkaline/${ours[1]}`;
  const dependency = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dependency) return dependency[1] as string;
  if (url.startsWith('node:')) return 'node runtime';
  if (url.includes('/bench/')) return 'bench harness';
  return url;
}

function shortUrl(url: string): string {
  const i = url.indexOf('/packages/');
  return i >= 0 ? url.slice(i + 10) : url.replace(/^file:\/\//, '');
}

/** Self milliseconds per function (name, file:line) and per area, largest first. */
export function selfTimes(profile: CpuProfile): { total: number; functions: [string, number][]; areas: [string, number][] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const functions = new Map<string, number>();
  const areas = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (node === undefined) return;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') return;
    total += ms;
    const name = `${functionName || '(anonymous)'} ${url ? `${shortUrl(url)}:${lineNumber + 1}` : ''}`.trim();
    functions.set(name, (functions.get(name) ?? 0) + ms);
    const a = area(url, functionName);
    areas.set(a, (areas.get(a) ?? 0) + ms);
  });
  const sorted = (m: Map<string, number>) => [...m].sort((x, y) => y[1] - x[1]);
  return { total, functions: sorted(functions), areas: sorted(areas) };
}

export function summarizeProfile(file: string, top = 25): string {
  const { total, functions, areas } = selfTimes(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
  const pct = (ms: number) => `${((ms / total) * 100).toFixed(1).padStart(5)}%`;
  const lines = [`busy ${total.toFixed(0)} ms (idle excluded); self time by area:`];
  for (const [name, ms] of areas) lines.push(`  ${pct(ms)} ${ms.toFixed(0).padStart(6)} ms  ${name}`);
  lines.push(`top ${top} functions by self time:`);
  for (const [name, ms] of functions.slice(0, top)) lines.push(`  ${pct(ms)} ${ms.toFixed(0).padStart(6)} ms  ${name}`);
  return lines.join('\n');
}
