import type { MouseEvent, ReactNode } from 'react';
import { navigate } from './router';

/** A link that navigates without reloading the page; a modified click (new tab) is left to the browser. */
export function Link({ href, current, children }: { href: string; current?: boolean; children: ReactNode }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} onClick={onClick} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  );
}
