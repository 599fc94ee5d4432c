import { defineConfig } from 'tsup';

export default defineConfig({
  // The MultiProcessConsumer worker is its own entry: worker threads load it by file name, next to index.js / index.cjs.
  entry: { index: 'src/index.ts', 'multiprocess-worker': 'src/multiprocess/worker.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  // import.meta.url in the CommonJS build (the worker file is found relative to it).
  shims: true,
});
