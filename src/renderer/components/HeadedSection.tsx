import { useId, type ReactNode } from 'react';

/** A section named by its own h2, under an id of its own (never one another section has). */
export function HeadedSection({
  heading,
  className,
  children,
}: {
  heading: string;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}
