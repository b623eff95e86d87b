import type { TFunction } from 'i18next';
import type { E2eeDecision } from '../../shared/e2ee';
import type { Announcement } from '../../shared/meeting-state';

/** What the panel says about end-to-end encryption: what was asked for, or why not. */
export function e2eeText(t: TFunction, e2ee: E2eeDecision): string {
  return e2ee.requested
    ? t('meeting.e2ee.asked')
    : t(`meeting.e2ee.${e2ee.reason === 'one-to-one' ? 'waiting' : e2ee.reason}`);
}

/** An announcement from the meeting reducer in the UI language, for the live region. */
export function announcementText(t: TFunction, announcement: Announcement): string {
  if (announcement.about === 'e2ee') return e2eeText(t, announcement.e2ee);
  const name = announcement.name || t('meeting.knocking.unnamed');
  return t(`meeting.announce.${announcement.about}`, { name });
}
