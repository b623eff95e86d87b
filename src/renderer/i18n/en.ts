import type { de } from './de';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

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
    banner: {
      'expires-soon_one': 'Your moderator token expires tomorrow.',
      'expires-soon_other': 'Your moderator token expires in {{count}} days.',
      expired: 'Your moderator token has expired.',
      open: 'Open settings',
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
  deviceCheck: {
    heading: 'Check your equipment',
    checking: 'Checking …',
    again: 'Check again',
    neverBlocks: 'This check is only there to help: you can join at any time.',
    camera: {
      heading: 'Camera',
      preview: 'Your camera preview',
      checking: 'Starting the camera …',
      ok: 'Your camera works.',
      denied:
        'Sprechstunde is not allowed to use the camera. Allow access in your computer’s privacy settings.',
      missing: 'No camera found.',
      error: 'The camera does not start. Another program may be using it.',
    },
    microphone: {
      heading: 'Microphone',
      level: 'Your microphone level',
      checking: 'Say something: the bar should move.',
      ok: 'Your microphone works.',
      silent: 'Your microphone picks up nothing. Is it muted?',
      denied:
        'Sprechstunde is not allowed to use the microphone. Allow access in your computer’s privacy settings.',
      missing: 'No microphone found.',
      error: 'The microphone does not start. Another program may be using it.',
    },
    speakers: {
      heading: 'Speakers',
      play: 'Play test sound',
      question: 'Did you hear the test sound?',
      heard: 'I heard it',
      notHeard: 'I heard nothing',
      status: {
        untested: 'Play the test sound to check your speakers or headphones.',
        heard: 'Your speakers work.',
        notHeard: 'You did not hear the test sound.',
      },
    },
    choose: {
      camera: 'Use camera',
      microphone: 'Use microphone',
      speaker: 'Play sound through',
      unnamed: {
        camera: 'Camera {{number}}',
        microphone: 'Microphone {{number}}',
        speaker: 'Speaker {{number}}',
      },
    },
    download: {
      checking: 'Measuring the download speed …',
      failed: 'The download speed could not be measured.',
      enough:
        'Download: about {{kbps, number}} kbit/s – enough for video (at least {{minimum, number}} kbit/s needed).',
      slow: 'Download: only about {{kbps, number}} kbit/s – video needs at least {{minimum, number}} kbit/s.',
    },
    connection: {
      heading: 'Connection to the server',
      checking: 'Checking the connection to the server …',
      reachable: 'Server reachable (HTTPS {{https}} ms, WebSocket {{websocket}} ms)',
      websocketFailed:
        'Server reachable (HTTPS {{https}} ms), but the WebSocket connection failed.',
      unreachable: 'Server not reachable.',
      timeout: 'The server did not answer in time.',
      offline: 'No internet connection.',
    },
    verdict: {
      speakersPending: 'Nearly done: play the test sound and tell us whether you heard it.',
      good: 'All set.',
      limited: 'Limited:',
      blocked: 'The consultation cannot work like this:',
    },
    reasons: {
      offline: 'This computer is not connected to the internet. Check the Wi-Fi or network cable.',
      serverUnreachable: 'The server cannot be reached. Check the internet connection.',
      microphoneDenied:
        'Without a microphone the client cannot hear you. Allow Sprechstunde to use the microphone.',
      microphoneMissing:
        'Without a microphone the client cannot hear you. Plug in a headset or microphone.',
      microphoneError:
        'Without a microphone the client cannot hear you. Close programs that use the microphone and check again.',
      websocketFailed:
        'The server answers, but its real-time connection (WebSocket) does not get through. If the consultation does not start, contact your IT department.',
      slow: 'The connection is slow. If the picture stutters, switch your camera off.',
      slowDownload:
        'The connection is too slow for video: below 2,000 kbit/s, the minimum for video consultations. The picture may freeze; if it does, turn your camera off.',
      cameraDenied: 'Sprechstunde is not allowed to use the camera: audio only is possible.',
      cameraMissing: 'No camera found: audio only is possible.',
      cameraError:
        'The camera does not start: audio only is possible. Close programs that use the camera and check again.',
      microphoneSilent:
        'Your microphone picks up nothing. Say something; if the bar stays empty, check the mute switch on your headset or device.',
      speakersNotHeard:
        'You could not hear the test sound: turn the volume up, check the output device, or put on a headset.',
    },
  },
  kiosk: {
    windowTitle: 'Video counselling',
    languages: 'Language',
    heading: 'Welcome to video counselling',
    intro: 'Enter the code or link from your invitation and your name. Then you can start.',
    loading: 'One moment, please …',
    input: {
      label: 'Code or link from your invitation',
      hint: 'You can also paste the whole text of the invitation here.',
    },
    name: {
      label: 'Your name',
      hint: 'This is how the others in the session see you. A first name is enough.',
    },
    join: 'Join',
    connecting: 'Connecting …',
    connectingHint: 'The session opens in its own window in a moment.',
    unreachable:
      'The counselling server cannot be reached right now. The terminal keeps trying by itself. Please wait a moment.',
    joinFailed: 'That did not work. Please try again or ask the staff for help.',
    error: {
      empty: 'Please enter the code or link from your invitation.',
      otherHost:
        'This link does not lead to our counselling server. Please use the link from your counselling centre’s invitation.',
      malformed:
        'We do not recognise this code. Please check it, or paste the whole text of the invitation.',
      nameEmpty: 'Please enter your name.',
      nameTooLong: 'The name is too long. Please shorten it (80 characters at most).',
    },
    thanks: {
      heading: 'Thank you. Everything has been deleted.',
      body: 'Your name, your code and everything from the session have been removed from this terminal. The start page will appear again in a moment.',
    },
    outOfOrder: {
      heading: 'This terminal is out of order at the moment.',
      body: 'Please ask the staff for help.',
      technical:
        'For staff: kiosk mode has no valid server address (ServerUrl) in the organisation’s policy. The terminal checks again every 10 seconds.',
    },
    exit: {
      heading: 'Leave kiosk mode',
      intro: 'For staff only.',
      pin: 'PIN',
      confirm: 'Leave',
      cancel: 'Cancel',
      wrong: 'Wrong PIN. Next try in {{seconds}} s.',
      wrongNow: 'Wrong PIN. Please try again.',
      ending: 'Sprechstunde is closing …',
      failed: 'The PIN could not be checked. Please try again.',
    },
    check: {
      intro: 'Test your camera and sound here. Then the session begins.',
      heading: 'Test camera and sound',
      neverBlocks: 'This test is only here to help. You can start at any time.',
      again: 'Test again',
      camera: {
        preview: 'How others see you',
        denied: 'The camera is blocked on this terminal. Please tell the staff.',
        missing: 'No camera found. Please tell the staff.',
        error: 'The camera does not start. Please tell the staff.',
      },
      microphone: {
        level: 'How loud you sound',
        checking: 'Say something: the bar should move.',
        silent: 'We cannot hear you yet. Please speak a little louder.',
        denied: 'The microphone is blocked on this terminal. Please tell the staff.',
        missing: 'No microphone found. Please tell the staff.',
        error: 'The microphone does not start. Please tell the staff.',
      },
      speakers: {
        heading: 'Sound',
        play: 'Play a test sound',
        question: 'Did you hear the test sound?',
        heard: 'Yes, I heard it',
        notHeard: 'No, I heard nothing',
        status: {
          untested: 'Play the test sound to check that you can hear.',
          heard: 'You can hear the sound.',
          notHeard: 'You did not hear the test sound.',
        },
      },
      download: {
        checking: 'Testing the internet connection …',
        failed: 'The internet connection could not be tested.',
        enough: 'The internet connection is fast enough for picture and sound.',
        slow: 'The internet connection is slow. The picture may freeze.',
      },
      connection: {
        heading: 'Internet',
        checking: 'Testing the connection …',
        reachable: 'Connected.',
        websocketFailed:
          'The connection is unreliable. If the session does not start, please tell the staff.',
        unreachable: 'The counselling service cannot be reached. Please tell the staff.',
        timeout: 'The counselling service does not answer. Please tell the staff.',
        offline: 'This terminal has no internet. Please tell the staff.',
      },
      verdict: {
        speakersPending: 'Nearly done: play the test sound and tell us whether you heard it.',
        good: 'Everything works.',
        limited: 'Not everything works:',
        blocked: 'The session cannot start like this:',
      },
      reasons: {
        offline: 'This terminal has no internet. Please tell the staff.',
        serverUnreachable: 'The counselling service cannot be reached. Please tell the staff.',
        microphoneDenied: 'Without a microphone, nobody can hear you. Please tell the staff.',
        microphoneMissing: 'Without a microphone, nobody can hear you. Please tell the staff.',
        microphoneError: 'Without a microphone, nobody can hear you. Please tell the staff.',
        websocketFailed:
          'The connection is unreliable. If the session does not start, please tell the staff.',
        slow: 'The connection is slow. If the picture freezes, turn your camera off during the session.',
        slowDownload:
          'The connection is slow. If the picture freezes, turn your camera off during the session.',
        cameraDenied: 'The camera does not work. You can still talk, just without a picture.',
        cameraMissing: 'The camera does not work. You can still talk, just without a picture.',
        cameraError: 'The camera does not work. You can still talk, just without a picture.',
        microphoneSilent:
          'We cannot hear you yet. Say something. If the bar stays empty, please tell the staff.',
        speakersNotHeard:
          'You cannot hear the test sound. Put on the headset or turn the volume up. If that does not help, please tell the staff.',
      },
    },
    meeting: {
      panel: 'Controls',
      microphoneOff: 'Microphone off',
      microphoneOn: 'Microphone on',
      cameraOff: 'Camera off',
      cameraOn: 'Camera on',
      help: {
        heading: 'Problems with picture or sound?',
        lowerQuality: 'Picture stutters: lower the quality',
        audioOnly: 'Sound only, no picture',
        echo: 'Echo or whistling?',
        echoHint:
          'Echo usually comes from speakers close to the microphone. Put on the headset or turn the volume down.',
        staff: 'Still not working? The staff will be glad to help.',
      },
      done: {
        microphoneOff: 'Your microphone is off.',
        microphoneOn: 'Your microphone is on.',
        cameraOff: 'Your camera is off.',
        cameraOn: 'Your camera is on.',
        lowerQuality: 'The picture quality is lowered.',
        audioOnly: 'Your camera is off; only sound is sent.',
      },
      leave: 'Leave the session',
    },
  },
};
