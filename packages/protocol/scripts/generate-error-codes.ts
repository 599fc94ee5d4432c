/** errors.tsv → src/generated/error-codes.ts */
export function generateErrorCodes(tsv: string): string {
  const rows = tsv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));
  const entries = rows.map(([code, name, retriable, meaning]) => {
    if (!code || !name || !retriable || meaning === undefined) throw new Error(`bad errors.tsv row: ${code}`);
    return `  [${code}, { code: ${code}, name: ${JSON.stringify(name)}, retriable: ${retriable === 'true'}, meaning: ${JSON.stringify(meaning)} }],`;
  });
  const names = rows.map(([code, name]) => `  ${name}: ${code},`);
  return `${GENERATED_BANNER}
export interface ErrorCodeInfo {
  code: number;
  name: string;
  retriable: boolean;
  meaning: string;
}

/** Kafka's error codes: name, whether a retry may succeed, and what the code means. */
export const ERROR_CODES: ReadonlyMap<number, ErrorCodeInfo> = new Map([
${entries.join('\n')}
]);

/** Error code numbers by name, e.g. \`ErrorCode.OFFSET_OUT_OF_RANGE\` = 1. */
export const ErrorCode = {
${names.join('\n')}
} as const;
export type ErrorCodeName = keyof typeof ErrorCode;
`;
}

export const GENERATED_BANNER = `// GENERATED FILE — do not edit. Produced by packages/protocol/scripts/generate.ts from schemas/.
// Regenerate with \`pnpm --filter @kafkaline/protocol generate\`.
`;
