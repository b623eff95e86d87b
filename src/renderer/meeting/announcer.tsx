import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';

/** Messages kept in the region: enough that a burst is read out, few enough to stay small. */
const KEPT = 5;

type Announce = (text: string) => void;

const AnnounceContext = createContext<Announce>(() => {});

/**
 * The meeting window's one polite live region. Screen readers read out what is
 * added to it without moving the focus: who knocks, who was let in, and
 * whatever else the meeting has to say (E2EE changes, say) through
 * `useAnnounce()`. Each message is a new element, so the same text twice is
 * read twice.
 */
export function Announcer({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<{ id: number; text: string }[]>([]);
  const nextId = useRef(0);
  const announce = useCallback<Announce>((text) => {
    if (!text.trim()) return;
    const id = nextId.current++;
    setMessages((shown) => [...shown.slice(1 - KEPT), { id, text }]);
  }, []);
  return (
    <AnnounceContext value={announce}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" aria-relevant="additions">
        {messages.map((message) => (
          <p key={message.id}>{message.text}</p>
        ))}
      </div>
    </AnnounceContext>
  );
}

/**
 * `announce(text)`: says `text` through the meeting window's live region, politely
 * (after what the screen reader is reading). Text in the UI language, from `t()`.
 */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}
