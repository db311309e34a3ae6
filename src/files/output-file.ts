import type { Diagnostic } from '../problems/diagnostics';

/** A file of the packet, as a writer made it, with its path relative to the output folder (forward slashes). */
export interface OutputFile {
  readonly path: string;
  readonly bytes: Uint8Array;
  /** What the writer could not lay out as its rules ask (a page holding a section's last lines alone): warnings, the file is made all the same. */
  readonly warnings?: readonly Diagnostic[];
}
