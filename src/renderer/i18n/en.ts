import type { de } from './de';
import type { Shape } from './shape';

export const en: Shape<typeof de> = {
  app: { title: 'Sprechstunde' },
  calendarFile: {
    open: 'Import from calendar file…',
    dropHere: 'Drop a calendar file (.ics) here to import its appointments',
    oneFileOnly: 'Please drop one calendar file at a time.',
    notIcsFile:
      '“{{name}}” is not a calendar file. Choose a file ending in .ics, as Outlook, Google Calendar, Nextcloud or Thunderbird export them.',
    done: 'Calendar file imported: {{added}}, {{updated}}.',
    added_one: '{{count}} new appointment',
    added_other: '{{count}} new appointments',
    updated_one: '{{count}} updated',
    updated_other: '{{count}} updated',
  },
  nav: {
    today: 'Today',
    upcoming: 'Upcoming',
    past: 'Past',
    newAppointment: 'New appointment',
    settings: 'Settings',
    views: 'Appointment view',
    skipToMain: 'Skip to main content',
  },
  list: {
    label: 'Appointments',
    filter: 'Filter appointments',
    filterPlaceholder: 'Search title or label …',
    empty: 'No appointments.',
    noMatch: 'No appointment matches the filter.',
    untitledClient: 'no label',
  },
  empty: {
    first: {
      heading: 'No appointments yet',
      body: 'Create your first appointment. You get the link for your client right after.',
      action: 'Create the first appointment',
    },
    choose: {
      heading: 'No appointment open',
      body: 'Choose an appointment from the list, or create a new one.',
      action: 'Create an appointment',
    },
  },
  status: { planned: 'Planned', done: 'Done', cancelled: 'Cancelled' },
  actions: {
    save: 'Save',
    discard: 'Discard',
    edit: 'Edit',
    cancelAppointment: 'Cancel appointment',
    reactivate: 'Reinstate',
    delete: 'Delete',
    close: 'Close',
    copyLink: 'Copy link',
    linkCopied: 'Link copied to the clipboard.',
  },
  errors: {
    'invalid-request': 'The input was not accepted.',
    'untrusted-sender': 'The request did not come from the app and was refused.',
    'unknown-channel': 'This function does not exist.',
    'not-in-this-mode': 'This function is not available in this mode.',
    'not-found': 'The appointment no longer exists.',
    'server-not-configured':
      'Sprechstunde needs your Jitsi server’s address for this. Please enter it in the settings.',
    'storage-failed': 'Saving failed. Your change was not applied; please try again.',
    'disk-full':
      'The disk is full. Your change was neither saved nor applied; please free some space or contact your IT department.',
    'keychain-unavailable': 'The system keychain cannot be reached. Nothing was saved.',
    'store-locked': 'The appointment list is locked while its key is not available.',
    'server-unreachable':
      'The Jitsi server cannot be reached right now. Please check the internet connection and try again in a moment.',
    'token-required': 'You need your personal access token for moderator rights.',
    'consultation-running': 'A consultation is already running. Please end it first.',
    'no-consultation': 'No consultation is running.',
    'meeting-window-failed':
      'The consultation window could not be loaded and was closed again. Please try again; if it fails again, contact your IT department.',
    'meeting-spec-already-read':
      'This consultation’s access data has already been handed out and is not given out a second time. Please close the window and start the consultation again.',
    'setting-locked': 'Your organisation sets this; it cannot be changed here.',
    'policy-invalid':
      'Your organisation’s settings for Sprechstunde contain an error, so no connections are made. Your appointments stay readable. Please tell your IT department.',
    'guest-join-not-allowed':
      'Your organisation does not allow joining without your personal access token. Please enter it in the settings.',
    internal: 'Something went wrong. Please try again.',
  },
  connection: {
    offline: 'Offline – your appointments stay readable.',
    reachable: 'Server reachable',
    unreachable: 'Server not reachable',
    'not-configured': 'No server set up',
    'policy-closed': 'No connections: your organisation’s settings contain an error',
    'certificate-refused':
      'Connection to {{host}} refused: its certificate matches none of the configured pins. Please tell your IT department.',
    checking: 'Checking connection …',
  },
  tokenBanner: {
    'expires-soon_one': 'Your moderator token expires tomorrow.',
    'expires-soon_other': 'Your moderator token expires in {{count}} days.',
    expired: 'Your moderator token has expired.',
    open: 'Open settings',
  },
  privacy: {
    heading: 'Privacy report',
    live: 'Blocked during this consultation',
    summary_one: '{{count}} request to {{hosts}} third-party servers blocked.',
    summary_other: '{{count}} requests to {{hosts}} third-party servers blocked.',
    none: 'No requests to third-party servers – nothing had to be blocked.',
    otherHosts: 'invalid or further addresses',
    host: 'Server',
    count: 'Requests',
  },
  links: {
    refused: {
      'other-server':
        'This link is for a different video server from the one set up in Sprechstunde. Nothing was opened.',
      'no-server-configured':
        'Links to consultations can only be opened once the video server is set up. Nothing was opened.',
      'unknown-appointment':
        'This link is not for any appointment in your list. Nothing was opened.',
      cancelled: 'This appointment is cancelled. No consultation was started.',
      'store-locked':
        'Your appointments are locked at the moment, so the link could not be opened.',
      'too-many': 'Many links arrived at once. Only the most recent ones were opened.',
      other:
        'Sprechstunde cannot open this link: it only opens links to your own appointments. Nothing was opened.',
    },
    join: {
      title: 'Start consultation?',
      body: 'Start the consultation “{{title}}” now?',
      confirm: 'Start now',
      cancel: 'Cancel',
    },
  },
  crash: {
    heading: 'Something went wrong',
    main: {
      body: 'Sprechstunde could not show this view. Your appointments are saved. Reload the window; if it happens again, please contact your IT department.',
      action: 'Reload window',
    },
    meeting: {
      body: 'The consultation window cannot go on showing. Leave the consultation and start it again from the main window.',
      action: 'Leave consultation',
    },
    kiosk: {
      body: 'Something did not work here. Please start again, or let the staff know.',
      action: 'Start again',
    },
  },
};
