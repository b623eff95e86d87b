/**
 * README's reference of every policy key, between the markers
 * `<!-- policy-keys:start -->` and `<!-- policy-keys:end -->`. Only the
 * block is generated; the text around it is written by hand.
 */
import { policyKeys, policyTable, type PolicySpec } from '../src/shared/policy';
import { describeValue, registryType } from './policy-template-wording';

export const README_START = '<!-- policy-keys:start -->';
export const README_END = '<!-- policy-keys:end -->';

const cell = (text: string) => text.replaceAll('|', '\\|');

function defaultCell(spec: PolicySpec): string {
  if (spec.default === null) return 'none';
  if (Array.isArray(spec.default) && spec.default.length === 0) return '`[]`';
  return `\`${describeValue(spec.default, 'en')}\``;
}

function row(key: (typeof policyKeys)[number]): string[] {
  const spec: PolicySpec = policyTable[key];
  const type = spec.choices
    ? spec.choices.map((choice) => `\`${choice}\``).join(', ')
    : spec.range
      ? `${spec.kind}, ${spec.range.min}–${spec.range.max}`
      : spec.kind;
  const sets = spec.setting ? `sets and locks \`${spec.setting}\`` : 'IT only';
  const invalid = spec.network ? '; invalid: network closed' : '';
  return [
    `\`${key}\``,
    type,
    registryType[spec.kind],
    sets + invalid,
    defaultCell(spec),
    spec.applies === 'live' ? 'live' : 'at restart',
    cell(spec.description.en),
    cell(spec.description.de),
  ];
}

/** The markdown table, unformatted: the writer passes it through Prettier as README is. */
export function readmeKeyTable(): string {
  const header = [
    'key',
    'type',
    'registry',
    'sets / locks',
    'default',
    'applies',
    'description',
    'Beschreibung',
  ];
  const lines = [header, header.map(() => '---'), ...policyKeys.map(row)];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n') + '\n';
}

/** README with the block between the markers replaced; the markers must be there. */
export function replaceReadmeBlock(readme: string, block: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${README_START} … ${README_END}`);
  return `${readme.slice(0, start + README_START.length)}\n\n${block.trimEnd()}\n\n${readme.slice(end)}`;
}

/** The block between the markers as README holds it, or null without markers. */
export function readmeBlock(readme: string): string | null {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) return null;
  return readme.slice(start + README_START.length, end).trim() + '\n';
}
