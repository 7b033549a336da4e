/**
 * What every benchmark records about the machine it ran on, so that a noisy run can be told
 * from a slow one: the commit measured, the hardware, the load and busiest processes, CPU
 * seconds per process and for the whole machine (from /proc), and a wait for a quiet machine.
 * (bench/ingest/run.ts has its own copy of these helpers and can move to this module.)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const MB = 1024 * 1024;

export const round = (x: number, digits = 1) => Number(x.toFixed(digits));
export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

let clockTicks = 100;
try {
  clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
} catch {
  // keep 100, the Linux default
}

/** CPU seconds the whole machine spent busy (all cores, all processes) since boot. */
export function machineBusySeconds(): number {
  const cpu = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]!
    .trim()
    .split(/\s+/)
    .slice(1, 9)
    .map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = cpu;
  return (user + nice + system + irq + softirq + steal) / clockTicks;
}

/**
 * CPU seconds (user + system) of these processes and of their direct children (the
 * postmaster's backends, for instance), running or exited.
 */
export function processTreeCpuSeconds(pids: readonly number[]): number {
  const roots = new Set(pids);
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const root = roots.has(Number(entry));
    if (!root && !roots.has(Number(fields[1]))) continue;
    ticks += Number(fields[11]) + Number(fields[12]);
    // A root's exited and waited-for children (backends that have ended) count too.
    if (root) ticks += Number(fields[13]) + Number(fields[14]);
  }
  return ticks / clockTicks;
}

/** A field of /proc/<pid>/status in kB (`VmRSS`, `VmHWM`), NaN when the process is gone. */
export function procStatusKb(pid: number | 'self', field: string): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(
      readFileSync(`/proc/${pid}/status`, 'utf8'),
    );
    return match ? Number(match[1]) : NaN;
  } catch {
    return NaN;
  }
}

/** The commit measured, and the application files that had uncommitted changes. */
export function codeVersion() {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' });
    } catch {
      return undefined;
    }
  };
  const dirty = git('status', '--porcelain', '--', 'libs', 'apps') ?? '';
  return {
    commit: git('rev-parse', '--short', 'HEAD')?.trim() ?? '?',
    uncommittedFiles: dirty
      .split('\n')
      .filter((line) => line.length > 3)
      .map((line) => line.slice(3)),
  };
}

export function machine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  return {
    nproc: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()),
    cpuModel: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? '?',
    memoryGb: round(os.totalmem() / 1024 ** 3),
    kernel: os.release(),
    node: process.version,
  };
}

/** Load and the busiest processes, to say what else was running. */
export function activity() {
  let top: string[] = [];
  try {
    top = execFileSync('ps', ['-eo', 'pcpu,etime,comm', '--sort=-pcpu'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .slice(1, 7)
      .map((line) => line.trim().replace(/\s+/g, ' '));
  } catch {
    // ps missing: the load average is enough
  }
  return {
    at: new Date().toISOString(),
    uptime: execFileSync('uptime', { encoding: 'utf8' }).trim(),
    loadAverage: os.loadavg().map((x) => round(x, 2)),
    topProcesses: top,
  };
}

/**
 * Waits until the whole machine has been less than `percent` % busy for 20 s in a row (four
 * 5-second windows), at most `maxSeconds`. Resolves with the seconds waited.
 */
export async function waitForQuiet(
  percent: number,
  maxSeconds: number,
  interrupted: () => boolean = () => false,
): Promise<number> {
  if (percent <= 0) return 0;
  const cores = os.availableParallelism();
  const started = performance.now();
  let quietWindows = 0;
  let announced = false;
  while (quietWindows < 4) {
    if (interrupted()) throw new Error('interrupted');
    const waited = (performance.now() - started) / 1000;
    if (waited > maxSeconds) {
      console.error(`  machine still busy after ${Math.round(waited)} s: measuring anyway`);
      break;
    }
    const before = machineBusySeconds();
    await sleep(5_000);
    const busy = (100 * (machineBusySeconds() - before)) / (5 * cores);
    quietWindows = busy < percent ? quietWindows + 1 : 0;
    if (quietWindows === 0 && !announced) {
      console.error(`  waiting for a quiet machine (< ${percent} % busy for 20 s)…`);
      announced = true;
    }
  }
  return round((performance.now() - started) / 1000, 0);
}

/**
 * CPU seconds used during a measurement by named processes (trees) and by everything else
 * on the machine (other people's work): `stop()` after the measurement.
 */
export function cpuMeter(processes: Record<string, readonly number[]>) {
  const self = process.cpuUsage();
  const busy = machineBusySeconds();
  const before = Object.fromEntries(
    Object.entries(processes).map(([name, pids]) => [name, processTreeCpuSeconds(pids)]),
  );
  return () => {
    const used = process.cpuUsage(self);
    const bench = (used.user + used.system) / 1e6;
    const byProcess: Record<string, number> = { bench: round(bench, 2) };
    let known = bench;
    for (const [name, pids] of Object.entries(processes)) {
      const seconds = processTreeCpuSeconds(pids) - before[name]!;
      byProcess[name] = round(seconds, 2);
      known += seconds;
    }
    const machineSeconds = machineBusySeconds() - busy;
    return {
      ...byProcess,
      machine: round(machineSeconds, 2),
      otherProcesses: round(Math.max(0, machineSeconds - known), 2),
    };
  };
}
