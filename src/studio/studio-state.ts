import type { PacketOptions } from '../pipeline/build-packet';
import type { SmtpOptions } from '../distribute/smtp-sender';
import type { LiveState } from './live-rebuilds';
import type { PreviewIndex } from './preview';
import type { ProblemView } from './problem-view';

export interface StudioOptions extends Omit<PacketOptions, 'signal' | 'only'> {
  /** The clock the history of saved files is filed by. */
  readonly now?: () => Date;
  /** Who saves, as 履歴 names them: the machine's user name when not given; null names no one. */
  readonly user?: string | null;
  /** The folder whose subfolders are editions the page can switch to, and where it makes new ones. */
  readonly editionsDir?: string;
  /** Where the パケットを作成 button writes the packet. */
  readonly outDir: string;
  /** Each edition's packet beside outDir, in a folder named for the edition (no --out given: output/<edition>). */
  readonly outDirPerEdition?: boolean;
  /** 0 takes a free port. */
  readonly port: number;
  /** Opens a folder in the desktop's file manager (フォルダを開く); absent, the page cannot. */
  readonly openFolder?: (folder: string) => Promise<void>;
  /** Short lines on what the studio does (each rebuild, each packet), for a terminal. */
  readonly log?: (line: string) => void;
  /** The mail server the 送付 tab sends through (with its password); without it the tab writes drafts only. */
  readonly smtp?: SmtpOptions;
}

/** The outcome of the パケットを作成 button. */
export type PacketReport =
  | { readonly ok: true; readonly outDir: string; readonly files: readonly { readonly path: string; readonly bytes: number }[] }
  | { readonly ok: false; readonly problems: readonly ProblemView[]; readonly failure: string | null };

/** Everything the page shows, sent whole on every change (Server-Sent Events) and at GET /api/state. */
export interface StudioState extends Omit<LiveState<PreviewIndex>, 'problems'> {
  readonly problems: readonly ProblemView[];
  /** What the preview's documents could not lay out as their rules ask (a page holding a section's last lines alone): they are made all the same. */
  readonly warnings: readonly ProblemView[];
  readonly packet: { readonly running: boolean; readonly report: PacketReport | null };
  readonly paths: { readonly data: string; readonly templates: string; readonly registrations: string | null; readonly out: string };
}
