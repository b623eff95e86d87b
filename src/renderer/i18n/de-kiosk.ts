/** The kiosk's texts: its own window, and the client's meeting window at a kiosk. */
export const deKiosk = {
  kiosk: {
    windowTitle: 'Videoberatung',
    languages: 'Sprache',
    heading: 'Willkommen zur Videoberatung',
    intro:
      'Geben Sie den Code oder den Link aus Ihrer Einladung ein und dazu Ihren Namen. Dann geht es los.',
    loading: 'Einen Moment bitte …',
    input: {
      label: 'Code oder Link aus Ihrer Einladung',
      hint: 'Sie können auch den ganzen Text der Einladung hier einfügen.',
    },
    name: {
      label: 'Ihr Name',
      hint: 'So sehen Sie die anderen in der Beratung. Ein Vorname genügt.',
    },
    join: 'Beitreten',
    connecting: 'Verbindung wird aufgebaut …',
    connectingHint: 'Die Beratung öffnet sich gleich in einem eigenen Fenster.',
    unreachable:
      'Die Verbindung zum Beratungsserver klappt gerade nicht. Das Terminal versucht es von selbst weiter. Bitte warten Sie einen Moment.',
    joinFailed:
      'Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal oder wenden Sie sich an das Personal.',
    meetingFailed:
      'Die Beratung konnte nicht starten. Bitte verlassen Sie die Beratung und versuchen Sie es noch einmal, oder wenden Sie sich an das Personal.',
    error: {
      empty: 'Bitte geben Sie den Code oder den Link aus Ihrer Einladung ein.',
      otherHost:
        'Dieser Link führt nicht zu unserem Beratungsserver. Bitte nehmen Sie den Link aus der Einladung Ihrer Beratungsstelle.',
      malformed:
        'Diesen Code erkennen wir nicht. Bitte prüfen Sie ihn oder fügen Sie den ganzen Text der Einladung ein.',
      nameEmpty: 'Bitte geben Sie Ihren Namen ein.',
      nameTooLong: 'Der Name ist zu lang. Bitte kürzen Sie ihn (höchstens 80 Zeichen).',
    },
    thanks: {
      heading: 'Vielen Dank. Alles wurde gelöscht.',
      body: 'Ihr Name, Ihr Code und alles aus der Beratung sind von diesem Terminal entfernt. Gleich erscheint wieder die Startseite.',
    },
    outOfOrder: {
      heading: 'Dieses Terminal ist gerade außer Betrieb.',
      body: 'Bitte wenden Sie sich an das Personal.',
      technical:
        'Für das Personal: Der Kiosk-Modus hat keine gültige Serveradresse (ServerUrl) in den Vorgaben der Organisation. Das Terminal prüft alle 10 Sekunden neu.',
    },
    exit: {
      heading: 'Kiosk-Modus beenden',
      intro: 'Nur für das Personal.',
      pin: 'PIN',
      confirm: 'Beenden',
      cancel: 'Abbrechen',
      wrong: 'Falsche PIN. Nächster Versuch in {{seconds}} s.',
      wrongNow: 'Falsche PIN. Bitte versuchen Sie es erneut.',
      ending: 'Sprechstunde wird beendet …',
      failed: 'Die PIN konnte nicht geprüft werden. Bitte versuchen Sie es erneut.',
    },
    check: {
      intro: 'Hier testen Sie Kamera und Ton. Danach beginnt die Beratung.',
      heading: 'Kamera und Ton testen',
      neverBlocks: 'Der Test ist nur eine Hilfe. Sie können jederzeit beginnen.',
      again: 'Noch einmal testen',
      camera: {
        preview: 'So sieht man Sie',
        denied:
          'Die Kamera ist an diesem Terminal gesperrt. Bitte sagen Sie dem Personal Bescheid.',
        missing: 'Keine Kamera gefunden. Bitte sagen Sie dem Personal Bescheid.',
        error: 'Die Kamera startet nicht. Bitte sagen Sie dem Personal Bescheid.',
      },
      microphone: {
        level: 'So laut hört man Sie',
        checking: 'Sagen Sie etwas: Der Balken sollte sich bewegen.',
        silent: 'Wir hören Sie noch nicht. Sprechen Sie etwas lauter.',
        denied:
          'Das Mikrofon ist an diesem Terminal gesperrt. Bitte sagen Sie dem Personal Bescheid.',
        missing: 'Kein Mikrofon gefunden. Bitte sagen Sie dem Personal Bescheid.',
        error: 'Das Mikrofon startet nicht. Bitte sagen Sie dem Personal Bescheid.',
      },
      speakers: {
        heading: 'Ton',
        play: 'Testton abspielen',
        question: 'Haben Sie den Testton gehört?',
        heard: 'Ja, gehört',
        notHeard: 'Nein, nichts gehört',
        status: {
          untested: 'Spielen Sie den Testton ab: So prüfen Sie, ob Sie etwas hören.',
          heard: 'Sie hören den Ton.',
          notHeard: 'Sie haben den Testton nicht gehört.',
        },
      },
      download: {
        checking: 'Die Internetverbindung wird getestet …',
        failed: 'Die Internetverbindung ließ sich nicht testen.',
        enough: 'Die Internetverbindung ist schnell genug für Bild und Ton.',
        slow: 'Die Internetverbindung ist langsam. Das Bild kann stocken.',
      },
      connection: {
        heading: 'Internet',
        checking: 'Die Verbindung wird getestet …',
        reachable: 'Verbunden.',
        websocketFailed:
          'Die Verbindung ist unsicher. Wenn die Beratung nicht beginnt, sagen Sie bitte dem Personal Bescheid.',
        unreachable: 'Keine Verbindung zur Beratungsstelle. Bitte sagen Sie dem Personal Bescheid.',
        timeout: 'Die Beratungsstelle antwortet nicht. Bitte sagen Sie dem Personal Bescheid.',
        offline: 'Dieses Terminal hat kein Internet. Bitte sagen Sie dem Personal Bescheid.',
      },
      verdict: {
        speakersPending:
          'Fast fertig: Spielen Sie den Testton ab und sagen Sie, ob Sie ihn gehört haben.',
        good: 'Alles funktioniert.',
        limited: 'Nicht alles funktioniert:',
        blocked: 'So kann die Beratung nicht beginnen:',
      },
      reasons: {
        offline: 'Dieses Terminal hat kein Internet. Bitte sagen Sie dem Personal Bescheid.',
        serverUnreachable:
          'Die Beratungsstelle ist nicht erreichbar. Bitte sagen Sie dem Personal Bescheid.',
        microphoneDenied:
          'Ohne Mikrofon kann man Sie nicht hören. Bitte sagen Sie dem Personal Bescheid.',
        microphoneMissing:
          'Ohne Mikrofon kann man Sie nicht hören. Bitte sagen Sie dem Personal Bescheid.',
        microphoneError:
          'Ohne Mikrofon kann man Sie nicht hören. Bitte sagen Sie dem Personal Bescheid.',
        websocketFailed:
          'Die Verbindung ist unsicher. Wenn die Beratung nicht beginnt, sagen Sie bitte dem Personal Bescheid.',
        slow: 'Die Verbindung ist langsam. Wenn das Bild stockt, schalten Sie in der Beratung die Kamera aus.',
        slowDownload:
          'Die Verbindung ist langsam. Wenn das Bild stockt, schalten Sie in der Beratung die Kamera aus.',
        cameraDenied: 'Die Kamera geht nicht. Sie können trotzdem sprechen, nur ohne Bild.',
        cameraMissing: 'Die Kamera geht nicht. Sie können trotzdem sprechen, nur ohne Bild.',
        cameraError: 'Die Kamera geht nicht. Sie können trotzdem sprechen, nur ohne Bild.',
        microphoneSilent:
          'Wir hören Sie noch nicht. Sagen Sie etwas. Bleibt der Balken leer, sagen Sie bitte dem Personal Bescheid.',
        speakersNotHeard:
          'Sie hören den Testton nicht. Setzen Sie das Headset auf oder stellen Sie den Ton lauter. Hilft das nicht, sagen Sie bitte dem Personal Bescheid.',
      },
    },
    meeting: {
      panel: 'Bedienung',
      microphoneOff: 'Mikrofon aus',
      microphoneOn: 'Mikrofon an',
      cameraOff: 'Kamera aus',
      cameraOn: 'Kamera an',
      help: {
        heading: 'Bild oder Ton gestört?',
        lowerQuality: 'Bild ruckelt: Bildqualität senken',
        audioOnly: 'Nur Ton, ohne Bild',
        echo: 'Echo oder Pfeifen?',
        echoHint:
          'Echo kommt meist von Lautsprechern nahe am Mikrofon. Setzen Sie das Headset auf oder drehen Sie die Lautstärke leiser.',
        staff: 'Geht es immer noch nicht? Das Personal hilft Ihnen gern.',
      },
      done: {
        microphoneOff: 'Ihr Mikrofon ist aus.',
        microphoneOn: 'Ihr Mikrofon ist an.',
        cameraOff: 'Ihre Kamera ist aus.',
        cameraOn: 'Ihre Kamera ist an.',
        lowerQuality: 'Die Bildqualität ist gesenkt.',
        audioOnly: 'Ihre Kamera ist aus; nur der Ton wird gesendet.',
      },
      leave: 'Beratung verlassen',
    },
  },
};
