import type { de } from './de';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const en: Shape<typeof de> = {
  app: { title: 'Sprechstunde' },
  nav: {
    today: 'Today',
    upcoming: 'Upcoming',
    past: 'Past',
    newAppointment: 'New appointment',
    settings: 'Settings',
    views: 'Appointment view',
  },
  list: {
    label: 'Appointments',
    filter: 'Filter appointments',
    filterPlaceholder: 'Search title or label …',
    empty: 'No appointments.',
    noMatch: 'No appointment matches the filter.',
    untitledClient: 'no label',
  },
  appointment: {
    title: 'Title',
    clientLabel: 'Client label',
    clientLabelHint: 'A pseudonym is enough; no real name needed.',
    date: 'Date',
    time: 'Time',
    duration: 'Duration (minutes)',
    notes: 'Private notes',
    notesHint: 'Stored on this device only.',
    status: 'Status',
    room: 'Room',
    created: 'Created',
    updated: 'Changed',
    minutes: '{{count}} min',
    none: 'Select an appointment on the left or create a new one.',
    newHeading: 'New appointment',
    editHeading: 'Edit appointment',
  },
  status: { planned: 'Planned', done: 'Done', cancelled: 'Cancelled' },
  actions: {
    save: 'Save',
    discard: 'Discard',
    edit: 'Edit',
    cancelAppointment: 'Cancel appointment',
    reactivate: 'Plan again',
    delete: 'Delete',
    close: 'Close',
  },
  confirmDelete: {
    title: 'Delete appointment?',
    body: 'The appointment “{{title}}” and all its notes will be deleted from this device. This cannot be undone.',
    confirm: 'Delete for good',
    keep: 'Keep',
  },
  validation: {
    title: {
      required: 'Please enter a title.',
      tooLong: 'The title is too long (200 characters at most).',
    },
    clientLabel: { tooLong: 'The label is too long (100 characters at most).' },
    start: { invalid: 'Please enter a valid date and time.' },
    duration: {
      invalid: 'Please enter the duration as a whole number of minutes.',
      range: 'The duration must be between 5 and 480 minutes.',
    },
    notes: { tooLong: 'The notes are too long (20,000 characters at most).' },
    id: { invalid: 'This appointment is not valid.' },
    serverUrl: { invalid: 'Please enter a complete https:// address.' },
    summary: 'Please check the marked fields.',
  },
  errors: {
    'invalid-request': 'The input was not accepted.',
    'untrusted-sender': 'The request did not come from the app and was refused.',
    'unknown-channel': 'This function does not exist.',
    'not-found': 'The appointment no longer exists.',
    'storage-failed': 'Saving failed. Your change was not applied; please try again.',
    internal: 'Something went wrong. Please try again.',
  },
  notices: {
    movedAside: {
      appointments:
        'The appointment file could not be read ({{reason}}). It was not deleted but moved to: {{path}}',
      settings:
        'The settings file could not be read ({{reason}}). It was not deleted but moved to: {{path}}',
    },
    reason: {
      corrupt: 'damaged',
      'newer-version': 'created by a newer version',
      unreadable: 'not readable',
    },
    dismiss: 'Dismiss',
  },
  connection: {
    offline: 'Offline – your appointments stay readable.',
    reachable: 'Server reachable',
    unreachable: 'Server not reachable',
    'not-configured': 'No server set up',
    checking: 'Checking connection …',
  },
  settings: {
    heading: 'Settings',
    language: 'Language',
    languageSystem: 'Same as system',
    serverUrl: 'Jitsi server address',
    serverUrlHint: 'For example https://meet.counselling.example',
    saved: 'Saved.',
  },
};
