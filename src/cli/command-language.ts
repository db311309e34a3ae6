import { systemLang, type Lang } from './cli-options';

/** --lang, else the system's language: the environment and the user's locale are read here, at the edge. */
export function languageOf(chosen: Lang | undefined): Lang {
  return chosen ?? systemLang(process.env, Intl.DateTimeFormat().resolvedOptions().locale);
}
