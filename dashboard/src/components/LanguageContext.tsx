import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { STRINGS, type Language, type Strings } from '../i18n/strings';

// The language is remembered in localStorage (issue #6: "English as a choice that is remembered").
const KEY = 'lagesbild.language';

interface LanguageState {
  language: Language;
  t: Strings;
  setLanguage(language: Language): void;
}

const LanguageContext = createContext<LanguageState | null>(null);

function initialLanguage(): Language {
  return window.localStorage.getItem(KEY) === 'en' ? 'en' : 'sv';
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    window.localStorage.setItem(KEY, next);
    setState(next);
  }, []);
  const value = useMemo(() => ({ language, t: STRINGS[language], setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage outside LanguageProvider');
  return state;
}
