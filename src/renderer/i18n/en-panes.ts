import type { dePanes } from './de-panes';
import type { Shape } from './shape';

export const enPanes: Shape<typeof dePanes> = {
  appointment: {
    title: 'Title',
    clientLabel: 'Client label',
    clientLabelHint: 'A pseudonym is enough; no real name needed.',
    date: 'Date',
    time: 'Time',
    dateHint: 'For example 19 May 2027',
    timeHint: 'For example 14:30',
    duration: 'Duration (minutes)',
    notes: 'Private notes',
    notesHint: 'Stored on this device only.',
    status: 'Status',
    room: 'Room',
    created: 'Created',
    updated: 'Last changed',
    minutes: '{{count}} min',
    newHeading: 'New appointment',
    editHeading: 'Edit appointment',
    over: 'This appointment is over.',
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
    serverUrl: {
      invalid:
        'Please enter the server’s address with https://, without a path after it – for example https://meet.counselling.example.',
    },
    extraOrigins: {
      invalid:
        'Each line must be an https:// or wss:// address without a path – for example wss://xmpp.counselling.example.',
    },
    dialInUrl: {
      invalid:
        'Please enter a full address starting with https://, for example https://meet.beratung.example/dialin/phoneNumberList.',
    },
    iceServers: {
      invalid:
        'Each line must be a STUN or TURN server, for example turns:turn.counselling.example:443?transport=tcp.',
      onePerType: 'Please give at most one server of each kind (stun:, turn:, turns:).',
    },
    spkiPins: {
      invalid: 'Each line must be a 44-character pin (base64 of the SHA-256 of the public key).',
    },
    list: { tooLong: 'Please give at most 20 entries.' },
    token: {
      malformed:
        'This is not a valid token. Please copy it completely from your IT department’s message.',
      unsigned: 'This token is not signed; the server will not accept it.',
      expired: 'This token has already expired. Please get a new one from your IT department.',
    },
    retentionDays: {
      invalid: 'Please enter a whole number from 1 to 3650.',
      aboveCeiling: 'Your organisation allows at most {{days}} days.',
    },
    setting: { locked: 'Set by your organisation; it cannot be changed here.' },
    displayName: { tooLong: 'Please use at most 80 characters.' },
    endToEndEncryption: { invalid: 'Please choose whether end-to-end encryption is on.' },
    access: { invalid: 'Please choose who gets into the room.' },
    summary: 'Please check the marked fields.',
  },
  policy: {
    setByOrganisation: 'Set by your organisation',
    problem: {
      title: 'Your organisation’s settings contain an error',
      line: '{{key}} in {{source}}: {{problem}}',
      wholeSource: '{{source}}: {{problem}}',
      networkClosed:
        'Until IT fixes this, Sprechstunde makes no connections. Your appointments stay readable.',
      restart: 'Your organisation changed settings that apply after a restart: {{keys}}.',
      unknownKey: 'this setting does not exist (a typo?)',
      unreadable: 'the file or registry key cannot be read',
      notJson: 'not valid JSON',
      notObject: 'not a JSON object with settings',
      notPlist: 'not a valid property list',
      tooLarge: 'too large to be a policy',
      invalid: 'the value is not valid',
      boolean: 'must be on or off (1 or 0)',
      number: 'must be a whole number in the allowed range',
      choice: 'is not one of the allowed values',
      httpsUrl: 'must be an https:// address',
      pinHash: 'must be a scrypt hash made by npm run kiosk:pin-hash',
      registryType: 'has the wrong registry type',
    },
  },
  notices: {
    movedAside: {
      appointments:
        'The appointment file could not be read ({{reason}}). It is kept for {{days}} days and then deleted automatically; until then it is at: {{path}}',
      settings:
        'The settings file could not be read ({{reason}}). It is kept for {{days}} days and then deleted automatically; until then it is at: {{path}}',
      log: 'The log could not be written ({{reason}}). What was in its place is kept for {{days}} days and then deleted automatically; until then it is at: {{path}}',
    },
    notSaved: {
      settings:
        'The settings file cannot be written. Sprechstunde runs with the settings shown, but changes are lost when it closes. Please tell your IT department.',
      log: 'The log file cannot be written, so nothing is logged for support. Sprechstunde works as usual. Please tell your IT department.',
    },
    settingsRefused:
      'These stored settings are not valid and are not used: {{values}}. The defaults apply. The file as it was is kept for {{days}} days and then deleted automatically; until then it is at: {{path}}',
    refusedValue: '{{setting}}: “{{value}}”',
    settingsRefusedNotKept:
      'These stored settings are not valid and are not used: {{values}}. The defaults apply; the settings file was left unchanged.',
    reason: {
      corrupt: 'damaged',
      'newer-version': 'created by a newer version',
      unreadable: 'not readable',
      undecryptable: 'could not be decrypted: changed, cut short, or encrypted with another key',
      'key-missing': 'its key was missing from the keychain',
      'key-invalid': 'the keychain held something that is not its key',
      unmigrated: 'unencrypted file of an earlier version with different content',
      symlink:
        'a symbolic link to another file, which Sprechstunde does not follow; only the link is moved and later deleted, never its target',
      'too-large': 'too large to be a file of Sprechstunde',
    },
    updateFailed: {
      unreachable:
        "Your organisation's update server cannot be reached. Nothing was installed; Sprechstunde keeps running in its current version and asks again tomorrow.",
      'invalid-update-info':
        "The update server's information (latest.yml) is missing or not valid. Nothing was installed; Sprechstunde keeps running in its current version. Please tell your IT department.",
      'checksum-mismatch':
        'The downloaded update does not match its checksum and was discarded. Nothing was installed; Sprechstunde keeps running in its current version. Please tell your IT department.',
      'signature-invalid':
        "The downloaded update is not signed by Sprechstunde's publisher and was discarded. Nothing was installed. Please tell your IT department.",
      failed:
        'The update could not be loaded. Nothing was installed; Sprechstunde keeps running in its current version. Please tell your IT department if this happens again.',
    },
    dismiss: 'Dismiss',
  },
  locked: {
    'keychain-unavailable': {
      title: 'Keychain not reachable',
      body: 'Sprechstunde stores your appointments encrypted only; the key lives in the system keychain, which cannot be reached or is locked right now. Until it can, no appointments are shown or saved, and nothing is stored unencrypted. Please unlock the keychain or contact your IT department, then try again.',
      action: 'Try again',
    },
    'key-missing': {
      title: 'The key to your appointments is missing',
      body: 'The system keychain no longer holds the key your appointments are encrypted with, for example after the keychain was reset. Without it the stored appointments cannot be read. If your IT department can restore the keychain, restart Sprechstunde afterwards. You can also start with an empty list: the old file is not deleted but kept.',
      action: 'Start with an empty list',
    },
    'key-invalid': {
      title: 'The key to your appointments is damaged',
      body: 'The system keychain holds an entry for your appointments’ key, but it is not a valid key – it may have been changed or stored by another program. Without the right key the stored appointments cannot be read. If your IT department can restore the keychain, restart Sprechstunde afterwards. You can also start with an empty list: the old file is not deleted but kept.',
      action: 'Start with an empty list',
    },
    stillLocked: 'That didn’t work. Please try again in a moment.',
  },
  token: {
    heading: 'Moderator access (token)',
    explanation:
      'With your personal token you join consultations as moderator. It is kept in the system keychain and never shown again.',
    none: 'No token stored. Without a token you can join consultations as a guest only.',
    noneNoGuest:
      'No token stored. Without a token you cannot join consultations: your organisation does not allow joining as a guest.',
    keychainUnavailable:
      'The system keychain cannot be reached, so whether a token is stored cannot be checked. Please try again later or ask your IT department.',
    storedUntil: 'A token is stored, valid until {{date}}.',
    storedNoExpiry: 'A token is stored (without an expiry date).',
    expired: 'The stored token expired on {{date}}. Please enter a new one.',
    expiresSoon_one: 'It expires tomorrow: please get a new one from your IT department in time.',
    expiresSoon_other:
      'It expires in {{count}} days: please get a new one from your IT department in time.',
    label: 'Token',
    save: 'Save token',
    savedWithSettings: 'Saved with “Save” below.',
    replace: 'Replace token',
    delete: 'Delete token',
    confirmDelete: {
      title: 'Delete the token?',
      body: 'Without a token you can join consultations as a guest only, until you enter one again.',
      bodyNoGuest:
        'Without a token you cannot join consultations until you enter one again: your organisation does not allow joining as a guest.',
      confirm: 'Delete token',
      keep: 'Keep',
    },
  },
  settings: {
    endToEndEncryption: 'End-to-end encryption when you and one other person are in the room',
    endToEndEncryptionHint:
      'Jitsi then encrypts audio and video so that not even the server can read them. When a third person joins, it is switched off so that everyone can take part.',
    heading: 'Settings',
    language: 'Language',
    languageSystem: 'Same as system',
    serverUrl: 'Jitsi server address',
    serverUrlHint: 'For example https://meet.counselling.example',
    network: 'Network',
    networkHint:
      'Sprechstunde connects only to this server and the addresses listed here; everything else is blocked.',
    extraOrigins: 'Other allowed addresses (one per line)',
    extraOriginsHint:
      'Only needed when your Jitsi server runs parts under other names, e.g. wss://xmpp.counselling.example.',
    iceServers: 'STUN/TURN servers (one of each kind, one per line)',
    iceServersHint:
      'Replaces the addresses the server announces; kinds not listed are not used. Empty: the server’s own announcement applies.',
    spkiPins: 'Certificate pins (SPKI, SHA-256, base64; one per line)',
    spkiPinsHint:
      'When set, Sprechstunde accepts the server only if a certificate of its chain carries one of these keys.',
    relayOnly: 'Connect through the relay only (hide IP addresses)',
    relayOnlyHint:
      'Video and audio go only through your organisation’s TURN server; nobody sees the other side’s IP address. The TURN server must be reachable over TCP or TLS for this (turns:).',
    dialInNumbersUrl: 'Dial-in numbers service (dialInNumbersUrl)',
    dialInNumbersUrlHint:
      'As dialInNumbersUrl in your Jitsi server’s config.js. Together with the conference code service, every invitation gives the phone numbers and the room’s code. It must be on your server or one of the further addresses.',
    dialInConfCodeUrl: 'Conference code service (dialInConfCodeUrl)',
    dialInConfCodeUrlHint:
      'As dialInConfCodeUrl in your Jitsi server’s config.js. Leave empty if your server offers no dial-in by phone.',
    displayName: 'Your name in video consultations',
    displayNameHint:
      'How clients see you in Jitsi. Empty: the name in your token, otherwise “Counselling”.',
    retentionDays: 'Delete past appointments after (days)',
    retentionDaysHint:
      'This many days after they ended, past appointments and all their notes are deleted from this device.',
    retentionDaysCeiling: 'Your organisation allows at most {{days}} days.',
    organisation: 'Organisation',
    organisationHint:
      'Your IT department sets these up; change them only after checking with them.',
    saved: 'Saved.',
  },
  setup: {
    heading: 'Welcome to Sprechstunde',
    intro:
      'For video consultations, Sprechstunde needs the address of your organisation’s Jitsi server. You will find it in your IT department’s message.',
    later: 'Set up later',
    offline: 'You can create and read appointments without a server, too.',
    tokenHeading: 'Your personal access',
    tokenIntro:
      'To lead consultations, Sprechstunde also needs your personal token. You will find it in the same message from your IT department. You can also enter it later in the settings.',
  },
  invitation: {
    heading: 'Invitation for the client',
    language: 'Language of the invitation',
    show: 'Show invitation and password',
    showLinkOnly: 'Show invitation',
    text: 'Invitation with link',
    copyInvitation: 'Copy invitation',
    saveIcs: 'Save calendar file (.ics)',
    passwordText: 'Password for the room',
    passwordHint:
      'Send the password separately from the link, for example by text message or over the phone.',
    copyPassword: 'Copy password',
    copied: {
      invitation: 'The invitation is on the clipboard.',
      password: 'The password is on the clipboard.',
    },
    icsSaved: 'The calendar file has been saved.',
    noDialIn:
      'The phone numbers for joining by phone could not be fetched just now, so the invitation has the link only.',
    noPassword:
      'No password to send: your client knocks, and you let them in. The room password stays with you, so nobody gets in without you.',
  },
  access: {
    heading: 'Access',
    legend: 'Who gets into the room',
    defaultLegend: 'Access for new appointments',
    password: {
      label: 'Client enters with the password',
      explain:
        'The invitation has the link and, as a separate text, the password. Whoever has both comes straight in. Anyone with only the link has to knock and waits until you let them in.',
    },
    knock: {
      label: 'Client knocks, you let them in',
      explain:
        'The invitation has only the link. Everyone, your client included, knocks and waits until you let them in. The room password is set but never handed out.',
    },
    'password-only': {
      label: 'Password only, no knocking',
      explain:
        'The invitation has the link and, as a separate text, the password. Whoever has both comes straight in. Without the password nobody gets in, and nobody can knock.',
    },
  },
  consultation: {
    join: 'Start consultation',
    running: 'The consultation is running in the meeting window.',
    disabled: {
      offline:
        'Without an internet connection no consultation can start. The appointment stays readable.',
      'not-configured': 'First enter your Jitsi server’s address in the settings.',
      'policy-closed':
        'Your organisation’s settings contain an error, so Sprechstunde makes no connections. The appointment stays readable; please tell your IT department.',
      unreachable:
        'The Jitsi server is not answering right now. You can start as soon as it is reachable again.',
      'certificate-refused':
        'The Jitsi server was refused because its certificate does not match the configured key. Please contact your IT department.',
      checking: 'Checking the connection to the Jitsi server …',
      cancelled: 'The appointment is cancelled.',
    },
    guest: {
      title: 'Join without moderator rights?',
      body: 'You need your personal access token for moderator rights; none is stored, or it has expired. As a guest you can neither set the room password nor control the lobby or admit anyone.',
      confirm: 'Join as guest',
      cancel: 'Do not join',
    },
    ended: {
      title: 'The consultation has ended',
      body: 'Mark the appointment as done?',
      markDone: 'Mark as done',
      keep: 'Not now',
    },
  },
};
