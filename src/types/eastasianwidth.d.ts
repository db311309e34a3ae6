declare module 'eastasianwidth' {
  /** Display width in columns: 2 for wide and full-width characters, 1 otherwise (a method: call it on the module). */
  export function length(text: string): number;
}
