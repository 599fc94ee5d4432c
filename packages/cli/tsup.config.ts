import { defineConfig } from 'tsup';

// No `clean`: tsup builds both configs at once into dist/, and one config's clean could remove
// what the other already wrote. The package's build script empties dist/ first instead.
export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
  },
  {
    // The `kafkaline` bin: one ESM file (tsup keeps the shebang).
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
  },
]);
