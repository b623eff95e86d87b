/**
 * What the templates say about a policy key, in German and English, read from
 * the policy table only: the ADML explanations and README's reference say it
 * the same way.
 */
import type { PolicyKind, PolicySpec } from '../src/shared/policy';

export type TemplateLanguage = 'de' | 'en';

const words = {
  de: {
    none: 'kein Wert',
    emptyList: 'leere Liste',
    locks: (setting: string) => `Setzt und sperrt die Einstellung „${setting}“ der Beratungskraft.`,
    itOnly: 'Nur die IT setzt diesen Wert; die Beratungskraft hat dafür keine Einstellung.',
    without: (value: string) => `Ohne Richtlinie: ${value}.`,
    live: 'Eine Änderung gilt sofort, ohne Neustart.',
    restart: 'Eine Änderung gilt nach einem Neustart der App.',
    network:
      'Ein ungültiger Wert hält das Netzwerk geschlossen: Nur die App selbst lädt, die Termine bleiben lesbar.',
    invalid: 'Ein ungültiger Wert gilt nicht: Dann gilt der Standardwert, gesperrt.',
    boolean: 'Aktiviert setzt true (1), Deaktiviert setzt false (0).',
    list: 'Ein Eintrag je Zeile.',
    example: 'Beispiel:',
  },
  en: {
    none: 'none',
    emptyList: 'empty list',
    locks: (setting: string) => `Sets and locks the counsellor's setting "${setting}".`,
    itOnly: 'Only IT sets this value; the counsellor has no setting for it.',
    without: (value: string) => `Without policy: ${value}.`,
    live: 'A change applies at once, without a restart.',
    restart: 'A change applies when the app is next started.',
    network:
      "An invalid value keeps the network closed: nothing but the app's own bundle loads, appointments stay readable.",
    invalid: 'An invalid value does not apply: the default applies instead, locked.',
    boolean: 'Enabled sets true (1), Disabled sets false (0).',
    list: 'One entry per line.',
    example: 'Example:',
  },
} as const;

export function wordsFor(language: TemplateLanguage) {
  return words[language];
}

/** A scalar of the table (string, number, boolean) as text. */
function scalarText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A table value as text: lists joined, `null` and `[]` named. */
export function describeValue(value: unknown, language: TemplateLanguage): string {
  if (value === null || value === undefined) return words[language].none;
  if (Array.isArray(value))
    return value.length === 0 ? words[language].emptyList : value.map(scalarText).join(', ');
  return scalarText(value);
}

/** The explanation GPO shows beside a key (ADML `_Explain`), line by line. */
export function explainLines(spec: PolicySpec, language: TemplateLanguage): string[] {
  const w = words[language];
  const lines: string[] = [spec.description[language], ''];
  lines.push(spec.setting ? w.locks(spec.setting) : w.itOnly);
  lines.push(w.without(describeValue(spec.default, language)));
  lines.push(spec.applies === 'live' ? w.live : w.restart);
  lines.push(spec.network ? w.network : w.invalid);
  if (spec.kind === 'boolean') lines.push(w.boolean);
  if (spec.kind === 'list') lines.push(w.list);
  lines.push('', `${w.example} ${exampleText(spec)}`);
  return lines;
}

function exampleText(spec: PolicySpec): string {
  return Array.isArray(spec.example)
    ? spec.example.map(scalarText).join(' · ')
    : scalarText(spec.example);
}

/** How each kind is stored in the registry (the reader's contract, see PolicyKind). */
export const registryType: Record<PolicyKind, string> = {
  string: 'REG_SZ',
  boolean: 'REG_DWORD (0/1)',
  number: 'REG_DWORD',
  list: 'subkey, REG_SZ `1`, `2`, …',
};
