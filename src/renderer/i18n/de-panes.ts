/**
 * The main window's texts that come with its panes (part `panes`): an appointment's
 * details, the forms, settings, notices and the locked store. Not in the start bundle.
 */
export const dePanes = {
  appointment: {
    title: 'Titel',
    clientLabel: 'Kürzel der ratsuchenden Person',
    clientLabelHint: 'Ein Pseudonym genügt, kein Klarname nötig.',
    date: 'Datum',
    time: 'Uhrzeit',
    dateHint: 'Zum Beispiel 19.05.2027',
    timeHint: 'Zum Beispiel 14:30',
    duration: 'Dauer (Minuten)',
    notes: 'Private Notizen',
    notesHint: 'Nur auf diesem Gerät gespeichert.',
    status: 'Status',
    room: 'Raum',
    created: 'Angelegt',
    updated: 'Geändert',
    minutes: '{{count}} Min.',
    newHeading: 'Neuer Termin',
    editHeading: 'Termin bearbeiten',
    over: 'Dieser Termin ist vorbei.',
  },
  confirmDelete: {
    title: 'Termin löschen?',
    body: 'Der Termin „{{title}}“ wird mit allen Notizen von diesem Gerät gelöscht. Das lässt sich nicht rückgängig machen.',
    confirm: 'Endgültig löschen',
    keep: 'Behalten',
  },
  validation: {
    title: {
      required: 'Bitte geben Sie einen Titel ein.',
      tooLong: 'Der Titel ist zu lang (höchstens 200 Zeichen).',
    },
    clientLabel: { tooLong: 'Das Kürzel ist zu lang (höchstens 100 Zeichen).' },
    start: { invalid: 'Bitte geben Sie ein gültiges Datum und eine Uhrzeit ein.' },
    duration: {
      invalid: 'Bitte geben Sie die Dauer als ganze Zahl in Minuten ein.',
      range: 'Die Dauer muss zwischen 5 und 480 Minuten liegen.',
    },
    notes: { tooLong: 'Die Notizen sind zu lang (höchstens 20.000 Zeichen).' },
    id: { invalid: 'Dieser Termin ist ungültig.' },
    serverUrl: {
      invalid:
        'Bitte geben Sie die Adresse des Servers mit https:// ein, ohne Pfad dahinter – zum Beispiel https://meet.beratung.example.',
    },
    extraOrigins: {
      invalid:
        'Jede Zeile muss eine Adresse mit https:// oder wss:// sein, ohne Pfad – zum Beispiel wss://xmpp.beratung.example.',
    },
    dialInUrl: {
      invalid:
        'Bitte geben Sie eine vollständige Adresse mit https:// ein, zum Beispiel https://meet.beratung.example/dialin/phoneNumberList.',
    },
    iceServers: {
      invalid:
        'Jede Zeile muss ein STUN- oder TURN-Server sein, zum Beispiel turns:turn.beratung.example:443?transport=tcp.',
      onePerType: 'Bitte höchstens einen Server je Art (stun:, turn:, turns:) angeben.',
    },
    spkiPins: {
      invalid:
        'Jede Zeile muss ein Pin aus 44 Zeichen sein (base64 des SHA-256 des öffentlichen Schlüssels).',
    },
    list: { tooLong: 'Bitte höchstens 20 Einträge angeben.' },
    token: {
      malformed:
        'Das ist kein gültiger Token. Bitte kopieren Sie ihn vollständig aus der Nachricht Ihrer IT.',
      unsigned: 'Dieser Token ist nicht signiert und wird vom Server nicht angenommen.',
      expired: 'Dieser Token ist bereits abgelaufen. Bitte besorgen Sie einen neuen bei Ihrer IT.',
    },
    retentionDays: {
      invalid: 'Bitte geben Sie eine ganze Zahl von 1 bis 3650 ein.',
      aboveCeiling: 'Ihre Organisation erlaubt höchstens {{days}} Tage.',
    },
    setting: { locked: 'Von Ihrer Organisation festgelegt; hier nicht änderbar.' },
    displayName: { tooLong: 'Bitte höchstens 80 Zeichen.' },
    endToEndEncryption: {
      invalid: 'Bitte wählen Sie, ob die Ende-zu-Ende-Verschlüsselung an ist.',
    },
    access: { invalid: 'Bitte wählen Sie, wer in den Raum kommt.' },
    summary: 'Bitte prüfen Sie die markierten Felder.',
  },
  policy: {
    setByOrganisation: 'Von Ihrer Organisation festgelegt',
    problem: {
      title: 'Die Vorgaben Ihrer Organisation enthalten einen Fehler',
      line: '{{key}} in {{source}}: {{problem}}',
      wholeSource: '{{source}}: {{problem}}',
      networkClosed:
        'Bis die IT das behebt, baut Sprechstunde keine Verbindungen auf. Ihre Termine bleiben lesbar.',
      restart: 'Ihre Organisation hat Vorgaben geändert, die nach einem Neustart gelten: {{keys}}.',
      unknownKey: 'diese Einstellung gibt es nicht (ein Tippfehler?)',
      unreadable: 'die Datei oder der Registrierungsschlüssel ist nicht lesbar',
      notJson: 'kein gültiges JSON',
      notObject: 'kein JSON-Objekt mit Einstellungen',
      notPlist: 'keine gültige Property-Liste',
      tooLarge: 'zu groß für eine Vorgabendatei',
      invalid: 'der Wert ist ungültig',
      boolean: 'muss ein oder aus sein (1 oder 0)',
      number: 'muss eine ganze Zahl im erlaubten Bereich sein',
      choice: 'ist keiner der erlaubten Werte',
      httpsUrl: 'muss eine https://-Adresse sein',
      pinHash: 'muss ein scrypt-Hash von npm run kiosk:pin-hash sein',
      registryType: 'hat den falschen Registrierungstyp',
    },
  },
  notices: {
    movedAside: {
      appointments:
        'Die Termindatei konnte nicht gelesen werden ({{reason}}). Sie bleibt {{days}} Tage lang erhalten und wird danach automatisch gelöscht; bis dahin liegt sie unter: {{path}}',
      settings:
        'Die Einstellungsdatei konnte nicht gelesen werden ({{reason}}). Sie bleibt {{days}} Tage lang erhalten und wird danach automatisch gelöscht; bis dahin liegt sie unter: {{path}}',
      log: 'Das Protokoll konnte nicht geschrieben werden ({{reason}}). Was an seiner Stelle lag, bleibt {{days}} Tage lang erhalten und wird danach automatisch gelöscht; bis dahin liegt es unter: {{path}}',
    },
    notSaved: {
      settings:
        'Die Einstellungsdatei lässt sich nicht schreiben. Sprechstunde läuft mit den angezeigten Einstellungen weiter, Änderungen gehen beim Schließen aber verloren. Bitte wenden Sie sich an Ihre IT.',
      log: 'Die Protokolldatei lässt sich nicht schreiben, für den Support wird nichts protokolliert. Sprechstunde arbeitet wie gewohnt. Bitte wenden Sie sich an Ihre IT.',
    },
    settingsRefused:
      'Diese gespeicherten Einstellungen sind ungültig und werden nicht verwendet: {{values}}. Es gelten die Standardwerte. Die Datei, wie sie war, wird {{days}} Tage lang aufbewahrt und dann automatisch gelöscht; bis dahin liegt sie unter: {{path}}',
    refusedValue: '{{setting}}: „{{value}}“',
    settingsRefusedNotKept:
      'Diese gespeicherten Einstellungen sind ungültig und werden nicht verwendet: {{values}}. Es gelten die Standardwerte; die Einstellungsdatei blieb unverändert.',
    reason: {
      corrupt: 'beschädigt',
      'newer-version': 'von einer neueren Version angelegt',
      unreadable: 'nicht lesbar',
      undecryptable:
        'nicht entschlüsselbar: verändert, gekürzt oder mit einem anderen Schlüssel verschlüsselt',
      'key-missing': 'ihr Schlüssel fehlte im Schlüsselbund',
      'key-invalid': 'im Schlüsselbund lag statt ihres Schlüssels etwas anderes',
      unmigrated: 'unverschlüsselte Datei einer früheren Version mit abweichendem Inhalt',
      symlink:
        'eine Verknüpfung (symbolischer Link) auf eine andere Datei, der Sprechstunde nicht folgt; verschoben und später gelöscht wird nur die Verknüpfung, nie ihr Ziel',
      'too-large': 'zu groß, um eine Datei von Sprechstunde zu sein',
    },
    updateFailed: {
      unreachable:
        'Der Update-Server Ihrer Organisation ist nicht erreichbar. Es wurde nichts installiert; Sprechstunde läuft in der bisherigen Version weiter und fragt morgen wieder.',
      'invalid-update-info':
        'Die Update-Angaben des Servers (latest.yml) fehlen oder sind ungültig. Es wurde nichts installiert; Sprechstunde läuft in der bisherigen Version weiter. Bitte sagen Sie Ihrer IT Bescheid.',
      'checksum-mismatch':
        'Das heruntergeladene Update stimmt nicht mit seiner Prüfsumme überein und wurde verworfen. Es wurde nichts installiert; Sprechstunde läuft in der bisherigen Version weiter. Bitte sagen Sie Ihrer IT Bescheid.',
      'signature-invalid':
        'Das heruntergeladene Update ist nicht vom Herausgeber von Sprechstunde signiert und wurde verworfen. Es wurde nichts installiert. Bitte sagen Sie Ihrer IT Bescheid.',
      failed:
        'Das Update konnte nicht geladen werden. Es wurde nichts installiert; Sprechstunde läuft in der bisherigen Version weiter. Bitte sagen Sie Ihrer IT Bescheid, wenn das wieder vorkommt.',
    },
    dismiss: 'Ausblenden',
  },
  locked: {
    'keychain-unavailable': {
      title: 'Schlüsselbund nicht erreichbar',
      body: 'Sprechstunde speichert Ihre Termine nur verschlüsselt; der Schlüssel liegt im Schlüsselbund des Systems. Der Schlüsselbund ist gerade nicht erreichbar oder gesperrt. Solange das so ist, werden keine Termine angezeigt oder gespeichert – und nichts wird unverschlüsselt abgelegt. Bitte entsperren Sie den Schlüsselbund oder wenden Sie sich an Ihre IT und versuchen Sie es dann erneut.',
      action: 'Erneut versuchen',
    },
    'key-missing': {
      title: 'Der Schlüssel für Ihre Termine fehlt',
      body: 'Im Schlüsselbund des Systems fehlt der Schlüssel, mit dem Ihre Termine verschlüsselt sind, etwa nach einem Zurücksetzen des Schlüsselbunds. Ohne ihn lassen sich die gespeicherten Termine nicht lesen. Kann Ihre IT den Schlüsselbund wiederherstellen, starten Sie Sprechstunde danach neu. Sie können auch mit einer leeren Terminliste beginnen: Die alte Datei wird nicht gelöscht, sondern aufbewahrt.',
      action: 'Mit leerer Terminliste beginnen',
    },
    'key-invalid': {
      title: 'Der Schlüssel zu Ihren Terminen ist beschädigt',
      body: 'Im Schlüsselbund des Systems liegt zwar ein Eintrag für den Schlüssel Ihrer Termine, aber kein gültiger Schlüssel – vielleicht wurde er verändert oder von einem anderen Programm gespeichert. Ohne den richtigen Schlüssel lassen sich die gespeicherten Termine nicht lesen. Kann Ihre IT den Schlüsselbund wiederherstellen, starten Sie Sprechstunde danach neu. Sie können auch mit einer leeren Liste beginnen: Die alte Datei wird nicht gelöscht, sondern aufbewahrt.',
      action: 'Mit leerer Liste beginnen',
    },
    stillLocked: 'Das hat nicht geklappt. Bitte versuchen Sie es gleich noch einmal.',
  },
  token: {
    heading: 'Moderationszugang (Token)',
    explanation:
      'Mit Ihrem persönlichen Token treten Sie Beratungen als Moderatorin oder Moderator bei. Er wird im Schlüsselbund des Systems gespeichert und danach nie wieder angezeigt.',
    none: 'Kein Token gespeichert. Ohne Token können Sie Beratungen nur als Gast beitreten.',
    noneNoGuest:
      'Kein Token gespeichert. Ohne Token können Sie keiner Beratung beitreten: Ihre Organisation erlaubt keinen Beitritt als Gast.',
    keychainUnavailable:
      'Der Schlüsselbund des Systems ist nicht erreichbar, daher lässt sich nicht prüfen, ob ein Token gespeichert ist. Bitte versuchen Sie es später erneut oder wenden Sie sich an Ihre IT.',
    storedUntil: 'Ein Token ist gespeichert, gültig bis {{date}}.',
    storedNoExpiry: 'Ein Token ist gespeichert (ohne Ablaufdatum).',
    expired:
      'Der gespeicherte Token ist am {{date}} abgelaufen. Bitte hinterlegen Sie einen neuen.',
    expiresSoon_one:
      'Er läuft morgen ab – bitte besorgen Sie rechtzeitig einen neuen bei Ihrer IT.',
    expiresSoon_other:
      'Er läuft in {{count}} Tagen ab – bitte besorgen Sie rechtzeitig einen neuen bei Ihrer IT.',
    label: 'Token',
    save: 'Token speichern',
    savedWithSettings: 'Wird mit „Speichern“ unten gespeichert.',
    replace: 'Token ersetzen',
    delete: 'Token löschen',
    confirmDelete: {
      title: 'Token löschen?',
      body: 'Ohne Token können Sie Beratungen nur als Gast beitreten, bis Sie wieder einen hinterlegen.',
      bodyNoGuest:
        'Ohne Token können Sie keiner Beratung beitreten, bis Sie wieder einen hinterlegen: Ihre Organisation erlaubt keinen Beitritt als Gast.',
      confirm: 'Token löschen',
      keep: 'Behalten',
    },
  },
  settings: {
    endToEndEncryption:
      'Ende-zu-Ende-Verschlüsselung, wenn Sie und eine weitere Person im Raum sind',
    endToEndEncryptionHint:
      'Jitsi verschlüsselt dann Ton und Bild so, dass nicht einmal der Server sie lesen kann. Kommt eine dritte Person dazu, wird sie ausgeschaltet, damit alle teilnehmen können.',
    heading: 'Einstellungen',
    language: 'Sprache',
    languageSystem: 'Wie das System',
    serverUrl: 'Adresse des Jitsi-Servers',
    serverUrlHint: 'Zum Beispiel https://meet.beratung.example',
    network: 'Netzwerk',
    networkHint:
      'Sprechstunde verbindet sich nur mit diesem Server und den hier genannten Adressen; alles andere wird blockiert.',
    extraOrigins: 'Weitere erlaubte Adressen (eine je Zeile)',
    extraOriginsHint:
      'Nur nötig, wenn Ihr Jitsi-Server Teile unter anderen Namen betreibt, etwa wss://xmpp.beratung.example.',
    iceServers: 'STUN-/TURN-Server (einer je Art und Zeile)',
    iceServersHint:
      'Ersetzt die vom Server angekündigten Adressen; nicht genannte Arten werden nicht verwendet. Leer: die Angaben des Servers gelten.',
    spkiPins: 'Zertifikats-Pins (SPKI, SHA-256, base64; einer je Zeile)',
    spkiPinsHint:
      'Wenn gesetzt, akzeptiert Sprechstunde den Server nur, wenn ein Zertifikat seiner Kette einen dieser Schlüssel trägt.',
    relayOnly: 'Nur über Relay verbinden (IP-Adressen verbergen)',
    relayOnlyHint:
      'Bild und Ton laufen nur über den TURN-Server Ihrer Organisation; niemand sieht die IP-Adresse der anderen Seite. Der TURN-Server muss dafür über TCP oder TLS erreichbar sein (turns:).',
    dialInNumbersUrl: 'Dienst für Einwahlnummern (dialInNumbersUrl)',
    dialInNumbersUrlHint:
      'Wie dialInNumbersUrl in der config.js Ihres Jitsi-Servers. Zusammen mit dem Dienst für Konferenz-Codes nennt jede Einladung die Telefonnummern und den Code des Raums. Er muss auf Ihrem Server oder einer der weiteren Adressen liegen.',
    dialInConfCodeUrl: 'Dienst für Konferenz-Codes (dialInConfCodeUrl)',
    dialInConfCodeUrlHint:
      'Wie dialInConfCodeUrl in der config.js Ihres Jitsi-Servers. Leer lassen, wenn Ihr Server keine Einwahl per Telefon anbietet.',
    displayName: 'Ihr Name in der Videoberatung',
    displayNameHint:
      'So sehen Ratsuchende Sie in Jitsi. Leer: der Name aus Ihrem Token, sonst „Beratung“.',
    retentionDays: 'Vergangene Termine löschen nach (Tagen)',
    retentionDaysHint:
      'So viele Tage nach ihrem Ende werden vergangene Termine mit allen Notizen von diesem Gerät gelöscht.',
    retentionDaysCeiling: 'Ihre Organisation erlaubt höchstens {{days}} Tage.',
    organisation: 'Organisation',
    organisationHint:
      'Diese Einstellungen richtet Ihre IT ein; ändern Sie sie nur nach Rücksprache mit ihr.',
    saved: 'Gespeichert.',
  },
  setup: {
    heading: 'Willkommen bei Sprechstunde',
    intro:
      'Für Videoberatungen braucht Sprechstunde die Adresse des Jitsi-Servers Ihrer Organisation. Sie steht in der Nachricht Ihrer IT.',
    later: 'Später einrichten',
    offline: 'Ihre Termine können Sie auch ohne Server anlegen und lesen.',
    tokenHeading: 'Ihr persönlicher Zugang',
    tokenIntro:
      'Damit Sie Beratungen leiten können, braucht Sprechstunde noch Ihren persönlichen Token. Auch er steht in der Nachricht Ihrer IT. Sie können ihn auch später in den Einstellungen eingeben.',
  },
  invitation: {
    heading: 'Einladung für die ratsuchende Person',
    language: 'Sprache der Einladung',
    show: 'Einladung und Passwort anzeigen',
    showLinkOnly: 'Einladung anzeigen',
    text: 'Einladung mit Link',
    copyInvitation: 'Einladung kopieren',
    saveIcs: 'Kalenderdatei (.ics) speichern',
    passwordText: 'Passwort für den Raum',
    passwordHint:
      'Schicken Sie das Passwort auf einem anderen Weg als den Link, zum Beispiel per SMS oder am Telefon.',
    copyPassword: 'Passwort kopieren',
    copied: {
      invitation: 'Die Einladung ist in der Zwischenablage.',
      password: 'Das Passwort ist in der Zwischenablage.',
    },
    icsSaved: 'Die Kalenderdatei ist gespeichert.',
    noDialIn:
      'Die Nummern für die Einwahl per Telefon ließen sich gerade nicht abrufen. Die Einladung enthält deshalb nur den Link.',
    noPassword:
      'Kein Passwort zu verschicken: Die ratsuchende Person klopft an, und Sie lassen sie herein. Das Raumpasswort bleibt bei Ihnen, niemand kommt ohne Sie herein.',
  },
  access: {
    heading: 'Zugang',
    legend: 'Wer in den Raum kommt',
    defaultLegend: 'Zugang für neue Termine',
    password: {
      label: 'Die ratsuchende Person kommt mit dem Passwort herein',
      explain:
        'Die Einladung enthält den Link und, als eigenen Text, das Passwort. Wer beides hat, kommt direkt herein. Wer nur den Link hat, muss anklopfen und wartet, bis Sie sie oder ihn hereinlassen.',
    },
    knock: {
      label: 'Die ratsuchende Person klopft an, Sie lassen sie herein',
      explain:
        'Die Einladung enthält nur den Link. Alle, auch die ratsuchende Person, klopfen an und warten, bis Sie sie hereinlassen. Das Raumpasswort wird gesetzt, aber nie weitergegeben.',
    },
    'password-only': {
      label: 'Nur Passwort, kein Anklopfen',
      explain:
        'Die Einladung enthält den Link und, als eigenen Text, das Passwort. Wer beides hat, kommt direkt herein. Ohne Passwort kommt niemand herein, und niemand kann anklopfen.',
    },
  },
  consultation: {
    join: 'Beratung beginnen',
    running: 'Die Beratung läuft im Beratungsfenster.',
    disabled: {
      offline: 'Ohne Internetverbindung kann keine Beratung beginnen. Der Termin bleibt lesbar.',
      'not-configured':
        'Tragen Sie zuerst die Adresse Ihres Jitsi-Servers in den Einstellungen ein.',
      'policy-closed':
        'Die Vorgaben Ihrer Organisation enthalten einen Fehler, deshalb baut Sprechstunde keine Verbindungen auf. Der Termin bleibt lesbar; bitte wenden Sie sich an Ihre IT.',
      unreachable:
        'Der Jitsi-Server antwortet gerade nicht. Sobald er wieder erreichbar ist, können Sie beginnen.',
      'certificate-refused':
        'Der Jitsi-Server wurde abgewiesen, weil sein Zertifikat nicht zum hinterlegten Schlüssel passt. Bitte wenden Sie sich an Ihre IT.',
      checking: 'Die Verbindung zum Jitsi-Server wird geprüft …',
      cancelled: 'Der Termin ist abgesagt.',
    },
    guest: {
      title: 'Ohne Moderationsrechte beitreten?',
      body: 'Für Moderationsrechte brauchen Sie Ihren persönlichen Zugangsschlüssel (Token); er ist nicht hinterlegt oder abgelaufen. Als Gast können Sie weder das Raumpasswort setzen noch den Warteraum steuern oder Personen einlassen.',
      confirm: 'Als Gast beitreten',
      cancel: 'Nicht beitreten',
    },
    ended: {
      title: 'Die Beratung ist beendet',
      body: 'Soll der Termin als erledigt markiert werden?',
      markDone: 'Als erledigt markieren',
      keep: 'Nicht jetzt',
    },
  },
};
