/**
 * policy.json: `/etc/sprechstunde/policy.json` on Linux and, as a file option
 * beside the registry, `%ProgramData%\Sprechstunde\policy.json` on Windows.
 * One JSON object, the table's keys with their native types.
 */
import { decodeText } from './decode-text';
import { readPolicyBytes, unreadableSource, type PolicyRead } from './source-read';

/** Null when the file does not exist. Never writes or moves it: the file is IT's. */
export async function readJsonPolicy(path: string): Promise<PolicyRead | null> {
  const bytes = await readPolicyBytes(path);
  if (bytes === null || !Buffer.isBuffer(bytes)) return bytes;
  let json: unknown;
  try {
    // decodeText drops a BOM (Notepad) and reads UTF-16 (PowerShell 5's Out-File).
    json = JSON.parse(decodeText(bytes));
  } catch (error) {
    return unreadableSource(path, 'policy.problem.malformed', (error as Error).message);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    return unreadableSource(path, 'policy.problem.notObject', 'the file is not one JSON object');
  return { source: path, values: json as Record<string, unknown> };
}
