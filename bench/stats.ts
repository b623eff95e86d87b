import { medianOf } from '../src/shared/median';

/** The median of a bench's non-empty timings. */
export function median(values: number[]): number {
  const middle = medianOf(values);
  if (middle === null) throw new Error('no timings to take the median of');
  return middle;
}

export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

export interface Row {
  measure: string;
  result: string;
  goal: string;
  met: boolean;
}

export function table(rows: Row[]): string {
  const lines = ['| measure | result | goal | met |', '|---|---|---|---|'];
  for (const row of rows) {
    lines.push(`| ${row.measure} | ${row.result} | ${row.goal} | ${row.met ? 'yes' : '**no**'} |`);
  }
  return lines.join('\n');
}
