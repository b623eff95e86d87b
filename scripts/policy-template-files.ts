/**
 * Every file `npm run policy:templates` writes, by its path under
 * `build/policy/`, rendered from the policy table alone, so the test can
 * render them into a temporary folder and compare them byte for byte with
 * the committed ones.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { renderAdml, renderAdmx } from './policy-template-admx';
import { examplePolicy, policySchema } from './policy-template-json';
import { renderMobileconfig } from './policy-template-profile';
import { readmeKeyTable, replaceReadmeBlock } from './policy-template-readme';
import { renderRegFile } from './policy-template-reg';

export const TEMPLATE_FILES = [
  'sprechstunde.admx',
  'de-DE/sprechstunde.adml',
  'en-US/sprechstunde.adml',
  'sprechstunde.mobileconfig',
  'policy.schema.json',
  'policy.example.json',
  'policy.example.reg',
] as const;
export type TemplateFile = (typeof TEMPLATE_FILES)[number];

/** Formatted as `prettier --check .` expects the file at that path. */
async function prettierFormat(text: string, path: string): Promise<string> {
  const options = (await resolveConfig(path)) ?? {};
  return format(text, { ...options, filepath: path });
}

export async function renderPolicyTemplates(root: string): Promise<Record<TemplateFile, Buffer>> {
  const json = async (value: unknown, name: string) =>
    Buffer.from(
      await prettierFormat(JSON.stringify(value, null, 2), join(root, 'build/policy', name)),
    );
  return {
    'sprechstunde.admx': Buffer.from(renderAdmx()),
    'de-DE/sprechstunde.adml': Buffer.from(renderAdml('de')),
    'en-US/sprechstunde.adml': Buffer.from(renderAdml('en')),
    'sprechstunde.mobileconfig': Buffer.from(renderMobileconfig()),
    'policy.schema.json': await json(policySchema(), 'policy.schema.json'),
    'policy.example.json': await json(examplePolicy(), 'policy.example.json'),
    'policy.example.reg': renderRegFile(),
  };
}

/** README's key table as Prettier formats it inside README.md. */
export async function renderReadmeKeyTable(root: string): Promise<string> {
  return prettierFormat(readmeKeyTable(), join(root, 'README.md'));
}

export async function writePolicyTemplates(root: string, outDir: string): Promise<void> {
  const files = await renderPolicyTemplates(root);
  for (const [name, content] of Object.entries(files)) {
    const path = join(outDir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
}

export async function updateReadme(root: string): Promise<void> {
  const path = join(root, 'README.md');
  const readme = await readFile(path, 'utf8');
  const updated = replaceReadmeBlock(readme, await renderReadmeKeyTable(root));
  if (updated !== readme) await writeFile(path, updated);
}
