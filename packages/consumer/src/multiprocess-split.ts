/**
 * Which partitions each worker of a MultiProcessConsumer owns (kafka-python 0.9.4+): with
 * `partitionsPerProc` set, the worker count is ceil(P / partitionsPerProc); partitions are then
 * striped round-robin, so worker i gets every workers-th partition starting at index i.
 * 4 partitions, 2 workers → [0, 2], [1, 3]; 5 partitions, 2 per worker → [0, 3], [1, 4], [2].
 */
export function splitPartitions(partitions: readonly number[], numProcs: number, partitionsPerProc: number): number[][] {
  const workers = partitionsPerProc > 0 ? Math.max(1, Math.ceil(partitions.length / partitionsPerProc)) : numProcs;
  const chunks: number[][] = Array.from({ length: workers }, () => []);
  partitions.forEach((partition, i) => {
    chunks[i % workers]?.push(partition);
  });
  return chunks;
}
