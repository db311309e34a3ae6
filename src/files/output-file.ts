/** A file of the packet, as a writer made it, with its path relative to the output folder (forward slashes). */
export interface OutputFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}
