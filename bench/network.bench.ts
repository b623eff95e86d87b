import { compileNetworkPolicy, decide } from '../src/shared/network-policy';
import { median, ms, type Row } from './stats';

const COUNT = 100_000;
const RUNS = 21;

/**
 * What a consultation's sessions ask for: mostly the Jitsi server (bundle,
 * sounds, BOSH/WebSocket, bridge channel), the app's own bundle, and the third
 * parties a stock Jitsi page would reach, with a few tricks among them.
 */
function realisticUrls(count: number): string[] {
  const room = 'k7q2m5x3w4p6r2t5y7u3i4o6pa';
  const server = [
    `https://meet.example.org/libs/app.bundle.min.js?v=8921`,
    `https://meet.example.org/libs/lib-jitsi-meet.min.js?v=8921`,
    `https://meet.example.org/css/all.css?v=8921`,
    `https://meet.example.org/sounds/incomingMessage.mp3`,
    `https://meet.example.org/images/avatar.png`,
    `https://meet.example.org/lang/main-de.json?v=8921`,
    `https://meet.example.org/${room}`,
    `https://meet.example.org/http-bind?room=${room}`,
    `wss://meet.example.org/xmpp-websocket?room=${room}`,
    `wss://meet.example.org/colibri-ws/default-id/3f2a/b81c?pwd=1a2b3c`,
    `wss://xmpp.example.org/xmpp-websocket?room=${room}`,
    'app://sprechstunde/assets/index-4f8a.js',
    'app://sprechstunde/assets/index-77c1.css',
  ];
  const thirdParty = [
    'https://www.gravatar.com/avatar/d41d8cd98f00b204e9800998ecf8427e?d=404&size=200',
    'https://www.google-analytics.com/g/collect?v=2&tid=G-XXXX',
    'https://api.giphy.com/v1/gifs/trending?api_key=x',
    'wss://rtcstats-server-pilot.jitsi.net/',
    'https://web-cdn.jitsi.net/faq/meet-faq.html',
    'https://meet.example.org.evil.test/x.js',
    'https://meet.example.org@evil.test/x.js',
    'http://meet.example.org/libs/app.bundle.min.js',
    'HTTPS://MEET.EXAMPLE.ORG/libs/app.bundle.min.js',
    'data:image/png;base64,iVBORw0KGgo=',
  ];
  const urls: string[] = [];
  for (let i = 0; i < count; i++) {
    // Four in five requests go to the server or the app, one in five elsewhere.
    urls.push(
      i % 5 === 4
        ? thirdParty[((i / 5) % thirdParty.length) | 0]!
        : `${server[i % server.length]!}${i % 7 === 0 ? `&n=${i}` : ''}`,
    );
  }
  return urls;
}

function timeLoop(urls: string[], run: (url: string) => unknown): number {
  const times: number[] = [];
  let sink = 0;
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    for (const url of urls) if (run(url)) sink++;
    times.push(performance.now() - start);
  }
  if (sink < 0) console.log(sink);
  return median(times);
}

export function benchNetwork(): Row[] {
  const policy = compileNetworkPolicy({
    serverUrl: 'https://meet.example.org',
    extraOrigins: ['wss://xmpp.example.org'],
    appOrigins: ['app://sprechstunde'],
  });
  const urls = realisticUrls(COUNT);
  const decideOne = (url: string) => decide({ url, resourceType: 'xhr' }, policy);
  const parseOne = (url: string) => {
    try {
      return new URL(url);
    } catch {
      return null;
    }
  };
  // Both warmed up first, so neither carries the JIT's cold start.
  timeLoop(urls, decideOne);
  timeLoop(urls, parseOne);
  const decideMs = timeLoop(urls, decideOne);
  const parseMs = timeLoop(urls, parseOne);
  const perSecond = COUNT / (decideMs / 1000);
  const ratio = decideMs / parseMs;
  return [
    {
      measure: `network: decide() over ${COUNT.toLocaleString('en')} request URLs (median of ${RUNS})`,
      result: `${ms(decideMs)} = ${(perSecond / 1e6).toFixed(1)} M decisions/s`,
      goal: '≥ 2 M/s',
      met: perSecond >= 2e6,
    },
    {
      measure: 'network: plain `new URL()` of the same URLs',
      result: ms(parseMs),
      goal: 'baseline',
      met: true,
    },
    {
      measure: 'network: decide ÷ parse',
      result: `${ratio.toFixed(2)}×`,
      goal: '≤ 1.5×',
      met: ratio <= 1.5,
    },
  ];
}
