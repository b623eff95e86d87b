import type { LogSink } from './logger';

/** Shorter values would match ordinary words: they are never redacted by knowledge. */
export const MIN_SECRET_LENGTH = 6;
/** A part this long of a known value is redacted on its own (a token a library wrapped). */
export const FRAGMENT_LENGTH = 16;
const MARK = '[secret]';

export interface KnownSecrets {
  add(value: string): void;
  remove(value: string): void;
  /**
   * Values a source holds at this moment, read before each redaction; the list
   * is compared by identity, so the source must replace it on every change.
   */
  follow<T>(read: () => readonly T[], valueOf: (item: T) => string): void;
  /** The line with every known value, and every long part of one, replaced. */
  redact(line: string): string;
  /** A sink that redacts known values before passing lines on; guarding twice is once. */
  guard(sink: LogSink): LogSink;
}

/**
 * What the app knows to be secret (room passwords, the moderator token, room
 * names), redacted wherever it appears, with or without a recognisable key.
 * Matching is one pass over the line per window length (in practice only
 * FRAGMENT_LENGTH): each window is looked up in a set of every window of every
 * value, so a few thousand values cost memory, not time. ASCII case is folded,
 * because Jitsi folds room names to lower case.
 */
export function createKnownSecrets(): KnownSecrets {
  const counts = new Map<string, number>();
  // window length → window → how many values contain it.
  const windows = new Map<number, Map<string, number>>();
  const sources: { read: () => readonly string[]; last: unknown; values: Set<string> }[] = [];
  const guarded = new WeakSet<LogSink>();

  function windowsOf(value: string, change: 1 | -1) {
    const size = Math.min(value.length, FRAGMENT_LENGTH);
    let sized = windows.get(size);
    if (!sized) windows.set(size, (sized = new Map<string, number>()));
    for (let start = 0; start + size <= value.length; start++) {
      const window = value.slice(start, start + size);
      const count = (sized.get(window) ?? 0) + change;
      if (count > 0) sized.set(window, count);
      else sized.delete(window);
    }
    if (sized.size === 0) windows.delete(size);
  }

  function add(raw: string) {
    const value = foldCase(raw);
    if (value.length < MIN_SECRET_LENGTH) return;
    const count = counts.get(value) ?? 0;
    counts.set(value, count + 1);
    if (count === 0) windowsOf(value, 1);
  }

  function remove(raw: string) {
    const value = foldCase(raw);
    const count = counts.get(value);
    if (count === undefined) return;
    if (count > 1) counts.set(value, count - 1);
    else {
      counts.delete(value);
      windowsOf(value, -1);
    }
  }

  function syncSources() {
    for (const source of sources) {
      let list: readonly string[];
      try {
        list = source.read();
      } catch {
        continue; // A source that cannot be read keeps what it had; logging goes on.
      }
      if (list === source.last) continue;
      const next = new Set(list);
      for (const value of source.values) if (!next.has(value)) remove(value);
      for (const value of next) if (!source.values.has(value)) add(value);
      source.last = list;
      source.values = next;
    }
  }

  function redact(line: string): string {
    syncSources();
    if (windows.size === 0) return line;
    const folded = foldCase(line);
    // Covered ranges, found in order of their start; overlapping ones merge.
    const ranges: [number, number][] = [];
    for (const [size, sized] of windows) {
      for (let start = 0; start + size <= folded.length; start++) {
        if (sized.has(folded.slice(start, start + size))) ranges.push([start, start + size]);
      }
    }
    if (ranges.length === 0) return line;
    ranges.sort((a, b) => a[0] - b[0]);
    let result = '';
    let written = 0;
    let [from, to] = ranges[0]!;
    for (const [start, end] of ranges) {
      if (start <= to) to = Math.max(to, end);
      else {
        result += line.slice(written, from) + MARK;
        written = to;
        [from, to] = [start, end];
      }
    }
    return result + line.slice(written, from) + MARK + line.slice(to);
  }

  return {
    add,
    remove,
    follow(read, valueOf) {
      let lastItems: readonly unknown[] | null = null;
      let values: readonly string[] = [];
      sources.push({
        read: () => {
          const items = read();
          if (items !== lastItems) {
            lastItems = items;
            values = items.map(valueOf);
          }
          return values;
        },
        last: null,
        values: new Set(),
      });
    },
    redact,
    guard(sink) {
      if (guarded.has(sink)) return sink;
      const redacting: LogSink = (line) => sink(redact(line));
      guarded.add(redacting);
      return redacting;
    },
  };
}

/** Lower-cases ASCII only, so every index in the result is the same as in the input. */
function foldCase(text: string): string {
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}
