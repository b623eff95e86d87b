import type { TFunction } from 'i18next';
import type { SettingsView } from '../shared/ipc-contract';

export interface PolicyNoticeText {
  /** One line per problem: the key (or the whole source), where it was read, what is wrong. */
  problems: string[];
  /** Said while an invalid network value keeps every connection closed. */
  networkClosed: string | null;
  /** The keys IT changed that apply at the next start. */
  restart: string | null;
}

/** Whether the policy notice has anything to say: a problem, a closed network, a restart. */
export function hasPolicyNotice(managed: SettingsView['managed']): boolean {
  return managed.problems.length > 0 || managed.networkClosed || managed.restartNeeded.length > 0;
}

/**
 * What the policy notice says, in the counsellor's language. A problem is
 * mostly an i18n key (`policy.problem.*`, a setting's `validation.*`); a
 * schema's own message is not one and reads as "the value is not valid".
 */
export function policyNoticeText(
  managed: SettingsView['managed'],
  t: TFunction,
  isText: (key: string) => boolean,
): PolicyNoticeText {
  const problems = managed.problems.map(({ key, source, problem }) => {
    const what = t(isText(problem) ? problem : 'policy.problem.invalid');
    return key === null
      ? t('policy.problem.wholeSource', { source, problem: what })
      : t('policy.problem.line', { key, source, problem: what });
  });
  return {
    problems,
    networkClosed: managed.networkClosed ? t('policy.problem.networkClosed') : null,
    restart:
      managed.restartNeeded.length > 0
        ? t('policy.problem.restart', { keys: managed.restartNeeded.join(', ') })
        : null,
  };
}
