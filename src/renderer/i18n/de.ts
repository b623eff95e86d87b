export const de = {
  app: { title: 'Sprechstunde' },
  calendarFile: {
    open: 'Aus Kalenderdatei importieren …',
    dropHere: 'Kalenderdatei (.ics) hier ablegen, um Termine daraus zu importieren',
    oneFileOnly: 'Bitte legen Sie nur eine Kalenderdatei auf einmal ab.',
    notIcsFile:
      '„{{name}}“ ist keine Kalenderdatei. Wählen Sie eine Datei mit der Endung .ics, wie Outlook, Google Kalender, Nextcloud oder Thunderbird sie exportieren.',
    done: 'Kalenderdatei importiert: {{added}}, {{updated}}.',
    added_one: '{{count}} neuer Termin',
    added_other: '{{count}} neue Termine',
    updated_one: '{{count}} aktualisiert',
    updated_other: '{{count}} aktualisiert',
  },
  nav: {
    today: 'Heute',
    upcoming: 'Anstehend',
    past: 'Vergangen',
    newAppointment: 'Neuer Termin',
    settings: 'Einstellungen',
    views: 'Terminansicht',
    skipToMain: 'Zum Hauptbereich springen',
  },
  list: {
    label: 'Termine',
    filter: 'Termine filtern',
    filterPlaceholder: 'Titel oder Kürzel suchen …',
    empty: 'Keine Termine.',
    noMatch: 'Kein Termin passt zum Filter.',
    untitledClient: 'ohne Kürzel',
  },
  empty: {
    first: {
      heading: 'Noch keine Termine',
      body: 'Legen Sie Ihren ersten Termin an. Den Link für die ratsuchende Person bekommen Sie gleich danach.',
      action: 'Ersten Termin anlegen',
    },
    choose: {
      heading: 'Kein Termin geöffnet',
      body: 'Wählen Sie einen Termin aus der Liste aus oder legen Sie einen neuen an.',
      action: 'Termin anlegen',
    },
  },
  status: { planned: 'Geplant', done: 'Erledigt', cancelled: 'Abgesagt' },
  actions: {
    save: 'Speichern',
    discard: 'Verwerfen',
    edit: 'Bearbeiten',
    cancelAppointment: 'Termin absagen',
    reactivate: 'Wieder einplanen',
    delete: 'Löschen',
    close: 'Schließen',
    copyLink: 'Link kopieren',
    linkCopied: 'Der Link ist in der Zwischenablage.',
  },
  errors: {
    'invalid-request': 'Die Eingabe wurde nicht angenommen.',
    'untrusted-sender': 'Die Anfrage kam nicht aus der App und wurde abgewiesen.',
    'unknown-channel': 'Diese Funktion gibt es nicht.',
    'not-in-this-mode': 'Diese Funktion gibt es in dieser Betriebsart nicht.',
    'not-found': 'Der Termin existiert nicht mehr.',
    'server-not-configured':
      'Dafür braucht Sprechstunde die Adresse Ihres Jitsi-Servers. Bitte tragen Sie sie in den Einstellungen ein.',
    'storage-failed':
      'Speichern ist fehlgeschlagen. Ihre Änderung wurde nicht übernommen; bitte versuchen Sie es erneut.',
    'disk-full':
      'Der Datenträger ist voll. Ihre Änderung wurde nicht gespeichert und nicht übernommen; bitte schaffen Sie Platz oder wenden Sie sich an Ihre IT.',
    'keychain-unavailable':
      'Der Schlüsselbund des Systems ist nicht erreichbar. Es wurde nichts gespeichert.',
    'store-locked': 'Die Terminliste ist gesperrt, solange ihr Schlüssel nicht verfügbar ist.',
    'server-unreachable':
      'Der Jitsi-Server ist gerade nicht erreichbar. Bitte prüfen Sie die Internetverbindung und versuchen Sie es gleich noch einmal.',
    'token-required':
      'Für Moderationsrechte brauchen Sie Ihren persönlichen Zugangsschlüssel (Token).',
    'consultation-running': 'Es läuft bereits eine Beratung. Bitte beenden Sie diese zuerst.',
    'no-consultation': 'Es läuft gerade keine Beratung.',
    'meeting-window-failed':
      'Das Beratungsfenster konnte nicht geladen werden und wurde wieder geschlossen. Bitte versuchen Sie es erneut; wenn es wieder nicht klappt, wenden Sie sich an Ihre IT.',
    'meeting-spec-already-read':
      'Die Zugangsdaten dieser Beratung wurden schon abgerufen und werden nicht noch einmal herausgegeben. Bitte schließen Sie das Fenster und starten Sie die Beratung neu.',
    'setting-locked': 'Das legt Ihre Organisation fest; es ist hier nicht änderbar.',
    'policy-invalid':
      'Die Vorgaben Ihrer Organisation für Sprechstunde enthalten einen Fehler, deshalb werden keine Verbindungen aufgebaut. Ihre Termine bleiben lesbar. Bitte wenden Sie sich an Ihre IT.',
    'guest-join-not-allowed':
      'Ihre Organisation erlaubt den Beitritt nur mit Ihrem persönlichen Zugangsschlüssel. Bitte tragen Sie ihn in den Einstellungen ein.',
    internal: 'Etwas ist schiefgegangen. Bitte versuchen Sie es erneut.',
  },
  connection: {
    offline: 'Offline – Ihre Termine bleiben lesbar.',
    reachable: 'Server erreichbar',
    unreachable: 'Server nicht erreichbar',
    'not-configured': 'Kein Server eingerichtet',
    'policy-closed': 'Keine Verbindungen: Die Vorgaben Ihrer Organisation enthalten einen Fehler',
    'certificate-refused':
      'Verbindung zu {{host}} abgelehnt: Sein Zertifikat passt zu keinem hinterlegten Pin. Bitte informieren Sie Ihre IT.',
    checking: 'Verbindung wird geprüft …',
  },
  /** The main window's warning that the moderator token expires. */
  tokenBanner: {
    'expires-soon_one': 'Ihr Moderations-Token läuft morgen ab.',
    'expires-soon_other': 'Ihr Moderations-Token läuft in {{count}} Tagen ab.',
    expired: 'Ihr Moderations-Token ist abgelaufen.',
    open: 'Zu den Einstellungen',
  },
  privacy: {
    heading: 'Datenschutzbericht',
    live: 'Während dieser Beratung blockiert',
    summary_one: '{{count}} Anfrage an {{hosts}} fremde Server blockiert.',
    summary_other: '{{count}} Anfragen an {{hosts}} fremde Server blockiert.',
    none: 'Keine Anfrage an fremde Server – es musste nichts blockiert werden.',
    otherHosts: 'ungültige oder weitere Adressen',
    host: 'Server',
    count: 'Anfragen',
  },
  links: {
    refused: {
      'other-server':
        'Dieser Link gehört zu einem anderen Videoserver als dem, der in Sprechstunde eingerichtet ist. Es wurde nichts geöffnet.',
      'no-server-configured':
        'Links zu Beratungen lassen sich erst öffnen, wenn der Videoserver eingerichtet ist. Es wurde nichts geöffnet.',
      'unknown-appointment':
        'Dieser Link gehört zu keinem Termin in Ihrer Liste. Es wurde nichts geöffnet.',
      cancelled: 'Dieser Termin ist abgesagt. Es wurde keine Beratung gestartet.',
      'store-locked':
        'Ihre Termine sind gerade gesperrt, deshalb konnte der Link nicht geöffnet werden.',
      'too-many': 'Es kamen viele Links auf einmal. Nur die letzten wurden geöffnet.',
      other:
        'Diesen Link kann Sprechstunde nicht öffnen: Es öffnet nur Links zu Ihren eigenen Terminen. Es wurde nichts geöffnet.',
    },
    join: {
      title: 'Beratung starten?',
      body: 'Die Beratung „{{title}}“ jetzt starten?',
      confirm: 'Jetzt starten',
      cancel: 'Abbrechen',
    },
  },
  /** When a window cannot show its view (a bug, or a part of the app that did not load). */
  crash: {
    heading: 'Da ist etwas schiefgegangen',
    main: {
      body: 'Sprechstunde konnte diese Ansicht nicht anzeigen. Ihre Termine sind gespeichert. Laden Sie das Fenster neu; geschieht es wieder, wenden Sie sich bitte an Ihre IT.',
      action: 'Fenster neu laden',
    },
    meeting: {
      body: 'Das Beratungsfenster kann nicht weiter angezeigt werden. Verlassen Sie die Beratung und starten Sie sie im Hauptfenster neu.',
      action: 'Beratung verlassen',
    },
    kiosk: {
      body: 'Hier hat etwas nicht geklappt. Bitte beginnen Sie neu oder sagen Sie dem Personal Bescheid.',
      action: 'Neu beginnen',
    },
  },
};
