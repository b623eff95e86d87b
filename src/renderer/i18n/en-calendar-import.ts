import type { deCalendarImport } from './de-calendar-import';
import type { Shape } from './shape';

/** The calendar import dialog's texts: loaded with the dialog, not at start. */
export const enCalendarImport: Shape<typeof deCalendarImport> = {
  calendarImport: {
    title: 'Import appointments from a calendar file',
    file: 'File: {{name}}',
    period: 'Period',
    periodHint:
      'Appointments from now until the end of the period are imported; repeating ones become single appointments.',
    weeks_one: 'The next week',
    weeks_other: 'The next {{count}} weeks',
    takeDescription: 'Copy the description into the private notes',
    takeDescriptionWarning:
      'Calendar descriptions often contain clients’ names or details. Only copy them if you really need them here.',
    cancel: 'Cancel',
    changeOptions: 'Back to the options',
    showPreview: 'Show preview',
    reading: 'Reading the calendar file…',
    readFailed: 'The file could not be read. Check that it is still there and try again.',
    refusedTitle: 'This file cannot be imported',
    unchangedNote: 'Nothing has been changed.',
    caption: 'Preview: what the import will change',
    counts: 'New: {{add}} · Updated: {{update}} · Skipped: {{skip}}',
    column: { change: 'Change', title: 'Title', when: 'Date and time', note: 'Note' },
    kind: { add: 'New', update: 'Updated', skip: 'Skipped' },
    allDay: 'all day',
    before: 'before',
    now: 'now',
    cancelledInCalendar: 'Cancelled in the calendar: it will be cancelled here.',
    renamed: 'Title or status changed.',
    more: '… and {{count}} more',
    nothingToImport:
      'Nothing to import: every appointment in the file is skipped or already up to date.',
    confirmNote: 'Nothing is saved until you confirm.',
    confirm_one: 'Import {{count}} appointment',
    confirm_other: 'Import {{count}} appointments',
    importing: 'Importing appointments…',
    expired: 'The preview has expired. Please choose the file again.',
    skipReasons: {
      'all-day': 'All day (a holiday or an absence, say), not a consultation.',
      'outside-window':
        'Already over, or after the chosen period. For later appointments, choose a longer period.',
      cancelled: 'Cancelled in the calendar.',
      'no-title': 'No title. Give it a title in your calendar and import the file again.',
      'too-short': 'Shorter than {{min}} minutes, or without an end.',
      'too-long': 'Longer than {{hours}} hours: more a block of time than a consultation.',
      unchanged: 'Already imported and unchanged since.',
      duplicate: 'Appears twice in the file; only the first is imported.',
    },
    errors: {
      'too-large':
        'The file is larger than 10 MB. Export a shorter period from your calendar and try again.',
      'not-ics':
        'This is not a calendar file. Export your calendar as an .ics (iCalendar) file and choose that.',
      'broken-folding':
        'The file is damaged: some lines have been broken apart, perhaps by an email program. Export the calendar again and import the new file.',
      malformed:
        'The file is damaged and cannot be read. Export the calendar again and import the new file.',
      'unknown-time-zone':
        'The file uses a time zone the app does not know ({{timeZone}}). Export the calendar again with its time zones, or ask your IT department.',
      'event-without-start':
        'An appointment in the file has no start time, so the file cannot be imported. Add one in your calendar and export it again.',
      'too-many-events':
        'The file contains more than {{max}} appointments. Export a shorter period and try again.',
      'too-many-occurrences':
        'In the chosen period, the repeating appointments come to more than {{max}} single ones. Choose a shorter period.',
    },
  },
};
