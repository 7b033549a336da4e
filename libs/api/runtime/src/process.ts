import { type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** True when a process with this pid is alive and its command line contains `name`. */
export function isRunning(pid: number, name: string): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(name);
  } catch {
    return true; // no /proc (macOS): trust the signal check
  }
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
    await sleep(100);
  }
  return false;
}

/**
 * Sends `signal`, waits up to `timeoutMs`, then SIGKILL. Resolves on 'close' (the process has
 * exited and its output pipes are drained), so a log file can be ended safely afterwards.
 */
export async function stopChild(child: ChildProcess, signal: NodeJS.Signals, timeoutMs = 15_000) {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
