import os from 'node:os';

/** The name the machine knows its user by, which 履歴 shows as who saved; null when the system has none (a container without a user entry). */
export function machineUser(): string | null {
  try {
    return os.userInfo().username.trim() || null;
  } catch {
    return null;
  }
}
