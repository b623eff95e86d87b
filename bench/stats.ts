export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
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
