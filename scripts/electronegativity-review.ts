import { parse } from 'yaml';
import { z } from 'zod';
import type { Finding } from './electronegativity-scan';

/**
 * One reviewed finding: the check, the file, a piece of the source line it points
 * at (not a line number, which every edit above it would shift), and why it is safe.
 */
const reviewedEntrySchema = z.strictObject({
  check: z.string().regex(/^[A-Z_]+$/),
  file: z.string().min(1),
  match: z.string().min(1),
  reason: z.string().trim().min(40),
});
export type ReviewedEntry = z.infer<typeof reviewedEntrySchema>;

export const reviewedListSchema = z.array(reviewedEntrySchema);

/** The reviewed list from its YAML text; throws with the zod issues if it is malformed. */
export function parseReviewedList(text: string): ReviewedEntry[] {
  return reviewedListSchema.parse(parse(text) ?? []);
}

function covers(entry: ReviewedEntry, finding: Finding): boolean {
  return (
    entry.check === finding.check &&
    entry.file === finding.file &&
    finding.source.includes(entry.match)
  );
}

/**
 * Findings no entry covers (they fail the lint), and entries that cover no
 * finding (stale: the code changed, so the review no longer says anything).
 */
export function review(
  findings: readonly Finding[],
  reviewed: readonly ReviewedEntry[],
): { unreviewed: Finding[]; stale: ReviewedEntry[] } {
  return {
    unreviewed: findings.filter((finding) => !reviewed.some((entry) => covers(entry, finding))),
    stale: reviewed.filter((entry) => !findings.some((finding) => covers(entry, finding))),
  };
}
