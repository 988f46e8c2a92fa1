// GraphiQL 4 leaves a few WCAG gaps that axe reports: CodeMirror's hidden textareas have no label, and its scroll
// areas cannot be reached from the keyboard. GraphiQL creates these elements itself (and again when an editor is
// re-created), so a MutationObserver labels them as they appear. Colours and the tab bar are fixed in explorer.css.

const TEXTAREA_LABELS: [selector: string, sv: string, en: string][] = [
  ['.graphiql-query-editor textarea', 'Frågeredigerare', 'Query editor'],
  ['.graphiql-editor-tool textarea', 'Variabler eller rubriker', 'Variables or headers'],
  ['.graphiql-response textarea', 'Svar', 'Response'],
];

function label(root: HTMLElement, language: 'sv' | 'en'): void {
  for (const [selector, sv, en] of TEXTAREA_LABELS)
    for (const textarea of root.querySelectorAll<HTMLTextAreaElement>(selector))
      if (textarea.getAttribute('aria-label') !== (language === 'sv' ? sv : en))
        textarea.setAttribute('aria-label', language === 'sv' ? sv : en);
  for (const scroller of root.querySelectorAll<HTMLElement>('.CodeMirror-scroll'))
    if (scroller.tabIndex !== 0) scroller.tabIndex = 0;
}

/** Labels GraphiQL's editors under root now and whenever GraphiQL adds elements; returns the stop function. */
export function watchGraphiQLAccessibility(root: HTMLElement, language: 'sv' | 'en'): () => void {
  label(root, language);
  const observer = new MutationObserver(() => label(root, language));
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
