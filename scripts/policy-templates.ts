// The templates for IT, from src/shared/policy.ts: npm run policy:templates
// writes build/policy/ and README's table of policy keys.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { updateReadme, writePolicyTemplates } from './policy-template-files';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await writePolicyTemplates(root, join(root, 'build/policy'));
await updateReadme(root);
console.log('wrote build/policy/ and the policy keys in README.md');
