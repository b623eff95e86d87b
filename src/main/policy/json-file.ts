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
  return bytes === null || !Buffer.isBuffer(bytes) ? bytes : jsonPolicyRead(path, bytes);
}

export function jsonPolicyRead(source: string, bytes: Uint8Array): PolicyRead {
  let json: unknown;
  try {
    // decodeText drops a BOM (Notepad) and reads UTF-16 (PowerShell 5's Out-File).
    json = JSON.parse(decodeText(bytes));
  } catch (error) {
    return unreadableSource(source, 'policy.problem.notJson', (error as Error).message);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    return unreadableSource(source, 'policy.problem.notObject', 'the file is not one JSON object');
  return { source, values: json as Record<string, unknown> };
}
