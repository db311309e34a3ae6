import { spawn } from 'node:child_process';

/**
 * Whether `npm run studio` should open the page in the default browser: not when asked not to
 * (`--no-open`), not in CI, not where there is no display to show it on (a Linux machine reached
 * over ssh). macOS and Windows always have one.
 */
export function mayOpenBrowser(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, noOpen: boolean): boolean {
  if (noOpen || env.CI) return false;
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** The command that opens a web address or a folder as a double-click on it would. */
export function openerCommand(platform: NodeJS.Platform, target: string): { command: string; args: string[] } {
  if (platform === 'darwin') return { command: 'open', args: [target] };
  // `start` is a command of cmd.exe; its first quoted argument is a window title, hence the "".
  if (platform === 'win32') return /^https?:/.test(target) ? { command: 'cmd.exe', args: ['/d', '/s', '/c', `start "" "${target}"`] } : { command: 'explorer.exe', args: [target] };
  return { command: 'xdg-open', args: [target] };
}

/**
 * Opens a web address or a folder in the program the desktop uses for it, and lets it run on its
 * own. Resolves once the opener has started; rejects (with the reason) when it cannot be.
 */
export function openOutside(target: string, platform: NodeJS.Platform = process.platform): Promise<void> {
  const { command, args } = openerCommand(platform, target);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: 'ignore', windowsVerbatimArguments: platform === 'win32' });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}
