import type { z } from 'zod';
import type { privacyReportSchema } from './appointment';

/**
 * What the app blocked during one consultation: a count per host and in total.
 * Hosts only, never paths or queries; nothing else is kept. The schema is in
 * appointment.ts and imported as a type only: the first screen loads no zod.
 */
export type PrivacyReport = z.infer<typeof privacyReportSchema>;

/** Beyond this many distinct hosts a page cannot make the report grow: the rest count as one. */
export const MAX_REPORTED_HOSTS = 200;
/** Where requests without a host (not URLs, or past the limit) are counted. */
export const OTHER_HOSTS = '*';

export const emptyPrivacyReport: PrivacyReport = Object.freeze({ total: 0, hosts: [] });

export interface PrivacyTally {
  add(host: string | null, count?: number): void;
  report(): PrivacyReport;
}

export function createPrivacyTally(start: PrivacyReport = emptyPrivacyReport): PrivacyTally {
  const counts = new Map(start.hosts.map(({ host, count }) => [host, count]));
  let total = start.total;
  return {
    add(host, count = 1) {
      total += count;
      const key =
        host && (counts.has(host) || counts.size < MAX_REPORTED_HOSTS) ? host : OTHER_HOSTS;
      counts.set(key, (counts.get(key) ?? 0) + count);
    },
    report() {
      const hosts = [...counts].map(([host, count]) => ({ host, count }));
      // Most blocked first, then by name, so the report reads the same every time.
      hosts.sort((a, b) => b.count - a.count || a.host.localeCompare(b.host));
      return { total, hosts };
    },
  };
}

/** Adds a later consultation's report to an earlier one of the same appointment. */
export function mergePrivacyReports(earlier: PrivacyReport | undefined, later: PrivacyReport) {
  const tally = createPrivacyTally(earlier);
  for (const { host, count } of later.hosts) tally.add(host, count);
  return tally.report();
}
