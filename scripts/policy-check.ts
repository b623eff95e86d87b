// Admin check of the network policy: npm run policy:check -- <config.json> <urls.txt>
import { runPolicyCheck } from '../src/main/network/policy-check';

process.exitCode = await runPolicyCheck(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
