/**
 * Splits a seek delta over N partitions the way kafka-python does for whence 0 and 2: floor
 * division, with the remainder going one each to the first partitions.
 * seek(-10, 2) over 3 partitions → [-3, -3, -4]; seek(10, 0) → [4, 3, 3].
 */
export function spreadDelta(delta: number, partitions: number): number[] {
  if (partitions <= 0) return [];
  const share = Math.floor(delta / partitions);
  const remainder = delta - share * partitions;
  return Array.from({ length: partitions }, (_, i) => (i < remainder ? share + 1 : share));
}
