/** The one function of react-dom's server build the studio uses (the guide's HTML); react-dom ships no types. */
declare module 'react-dom/server' {
  export function renderToStaticMarkup(element: unknown): string;
}
