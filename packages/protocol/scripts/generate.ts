/**
 * Turns Kafka's JSON message schemas (schemas/*.json) and error table (schemas/errors.tsv) into
 * TypeScript codecs under src/generated/. Run with `pnpm generate`; CI regenerates and checks
 * that nothing changed.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_BANNER, generateErrorCodes } from './generate-error-codes.js';
import { apiNameOf, fileNameOf, generateModule } from './generate-messages.js';
import { loadSchemas, type MessageModel } from './schema.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaDir = join(packageDir, 'schemas');
const outDir = join(packageDir, 'src', 'generated');

const messages = loadSchemas(schemaDir);
const groups = new Map<string, MessageModel[]>();
for (const message of messages) {
  const name = apiNameOf(message);
  groups.set(name, [...(groups.get(name) ?? []), message].sort((a, b) => a.name.localeCompare(b.name) * -1));
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'error-codes.ts'), generateErrorCodes(readFileSync(join(schemaDir, 'errors.tsv'), 'utf8')));

const exportLines: string[] = [];
for (const [name, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
  const file = fileNameOf(name);
  writeFileSync(join(outDir, `${file}.ts`), generateModule(group));
  exportLines.push(`export * from './${file}.js';`);
}

interface Api {
  name: string;
  file: string;
  apiKey: number;
  request: MessageModel;
  response: MessageModel;
}
const apis: Api[] = [];
for (const [name, group] of groups) {
  const request = group.find((m) => m.type === 'request');
  const response = group.find((m) => m.type === 'response');
  if (!request || !response || request.apiKey === null) continue;
  apis.push({ name, file: fileNameOf(name), apiKey: request.apiKey, request, response });
}
apis.sort((a, b) => a.apiKey - b.apiKey);

const imports = apis
  .map(
    (a) =>
      `import { type ${a.name}Request, type ${a.name}RequestInput, type ${a.name}Response, type ${a.name}ResponseInput, encode${a.name}RequestBody, decode${a.name}RequestBody, encode${a.name}ResponseBody, decode${a.name}ResponseBody } from './${a.file}.js';`,
  )
  .join('\n');

const flexMin = (m: MessageModel) => (m.flexibleVersions ? String(m.flexibleVersions.min) : 'null');
const index = `${GENERATED_BANNER}import type { Reader } from '../primitives/reader.js';
import type { Writer } from '../primitives/writer.js';
${imports}

${exportLines.join('\n')}

/** Kafka API keys by name. */
export const ApiKey = {
${apis.map((a) => `  ${a.name}: ${a.apiKey},`).join('\n')}
} as const;
export type ApiName = keyof typeof ApiKey;

/** Decoded and encoder-input body types of every API, by name. */
export interface ApiMessages {
${apis
  .map(
    (a) =>
      `  ${a.name}: { request: ${a.name}Request; requestInput: ${a.name}RequestInput; response: ${a.name}Response; responseInput: ${a.name}ResponseInput };`,
  )
  .join('\n')}
}

export interface ApiDescriptor<N extends ApiName = ApiName> {
  name: N;
  apiKey: number;
  /** Lowest and highest version this library can encode and decode. */
  minVersion: number;
  maxVersion: number;
  /** First flexible (compact, tagged-field) version, or null when the API never is. */
  firstFlexibleVersion: number | null;
  /** Kafka marks the highest version unreleased: brokers do not advertise it by default. */
  latestVersionUnstable: boolean;
  encodeRequest(w: Writer, version: number, body: ApiMessages[N]['requestInput']): void;
  decodeRequest(r: Reader, version: number): ApiMessages[N]['request'];
  encodeResponse(w: Writer, version: number, body: ApiMessages[N]['responseInput']): void;
  decodeResponse(r: Reader, version: number): ApiMessages[N]['response'];
}

/** Every API this library implements, by name. */
export const Apis: { readonly [N in ApiName]: ApiDescriptor<N> } = {
${apis
  .map(
    (a) =>
      `  ${a.name}: { name: '${a.name}', apiKey: ${a.apiKey}, minVersion: ${a.request.validVersions.min}, maxVersion: ${a.request.validVersions.max}, firstFlexibleVersion: ${flexMin(a.request)}, latestVersionUnstable: ${a.request.latestVersionUnstable}, encodeRequest: encode${a.name}RequestBody, decodeRequest: decode${a.name}RequestBody, encodeResponse: encode${a.name}ResponseBody, decodeResponse: decode${a.name}ResponseBody },`,
  )
  .join('\n')}
};
`;
writeFileSync(join(outDir, 'index.ts'), index);
console.log(`generated ${readdirSync(outDir).length} files in src/generated from ${messages.length} schemas`);
