export type Alignment = 'left' | 'right';

export interface Column {
  header: string;
  align: Alignment;
}

/**
 * Rows under headers, each column as wide as its widest cell, two spaces apart; numbers are
 * right-aligned. Trailing spaces are trimmed so the output diffs cleanly.
 */
export function renderTable(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = columns.map((column, i) => Math.max(column.header.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    columns
      .map((column, i) => {
        const cell = cells[i] ?? '';
        const width = widths[i] as number;
        return column.align === 'right' ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...rows.map(line)].join('\n') + '\n';
}

/** A count, or '-' when it is unknown (e.g. no committed offset); plain digits stay greppable. */
export function formatCount(value: number | null): string {
  return value === null ? '-' : String(value);
}
