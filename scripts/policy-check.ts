// Admin check of the network decision, with IT's policy files: npm run policy:check -- [--policy <file>]... <settings.json> <urls.txt>
import { runPolicyCheck } from '../src/main/network/policy-check';

process.exitCode = await runPolicyCheck(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
