/**
 * Turns Kafka's JSON message schemas (schemas/*.json) and error table (schemas/errors.tsv) into
 * TypeScript codecs under src/generated/. Run with `pnpm generate`; CI regenerates and checks
 * that nothing changed.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateErrorCodes } from './generate-error-codes.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaDir = join(packageDir, 'schemas');
const outDir = join(packageDir, 'src', 'generated');

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'error-codes.ts'), generateErrorCodes(readFileSync(join(schemaDir, 'errors.tsv'), 'utf8')));
console.log(`generated ${readdirSync(outDir).length} files in src/generated`);
