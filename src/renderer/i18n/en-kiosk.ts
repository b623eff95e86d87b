import type { deKiosk } from './de-kiosk';
import type { Shape } from './shape';

export const enKiosk: Shape<typeof deKiosk> = {
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
    meetingFailed:
      'The consultation could not start. Please leave and try again, or ask the staff for help.',
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
