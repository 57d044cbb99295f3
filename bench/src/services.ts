import { type ChildProcess, spawn } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";

/** A service of the platform started in a process of its own, so its memory is its own. */
export interface ServiceProcess {
  name: string;
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts one of this workspace's entry points (`serve-subgraph.js`, `serve-gateway.js`) and waits
 * for its `ready <url>` line. `nodeArguments` go to node itself: some (--cpu-prof on Node 20) are
 * refused in NODE_OPTIONS.
 */
export async function startService(
  name: string,
  entry: string,
  env: Record<string, string>,
  nodeArguments: string[] = [],
): Promise<ServiceProcess> {
  const child = spawn(process.execPath, [...nodeArguments, path.join(__dirname, entry)], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    lines.on("line", (line) => line.startsWith("ready ") && resolve(line.slice(6)));
    child.once("exit", (code) => reject(new Error(`${name} exited with ${code} before it was ready`)));
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    name,
    url,
    child,
    stop: async () => {
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      child.kill("SIGKILL");
    },
  };
}

/** Resident set size of a process, in bytes (Linux). */
export async function residentBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : 0;
}

/** Samples the peak RSS of some processes while `during` runs. */
export async function peakResidentBytes<T>(
  pids: Record<string, number>,
  during: () => Promise<T>,
): Promise<{ result: T; peaks: Record<string, number> }> {
  const peaks: Record<string, number> = Object.fromEntries(Object.keys(pids).map((name) => [name, 0]));
  const sample = async () => {
    for (const [name, pid] of Object.entries(pids)) {
      peaks[name] = Math.max(peaks[name]!, await residentBytes(pid).catch(() => 0));
    }
  };
  const timer = setInterval(() => void sample(), 250);
  try {
    const result = await during();
    await sample();
    return { result, peaks };
  } finally {
    clearInterval(timer);
  }
}

/** CPU time a process has used so far (user and system), in milliseconds (Linux). */
export async function cpuMilliseconds(pid: number): Promise<number> {
  // utime and stime are the 12th and 13th fields after the command name.
  const { fields } = await procStat(pid);
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/**
 * CPU time every PostgreSQL process on this machine has used so far, in milliseconds (Linux): each
 * server's postmaster with the backends that have exited (its children's times) and every backend
 * still running. Null when none runs here (a DATABASE_URL on another machine).
 */
export async function postgresCpuMilliseconds(): Promise<number | null> {
  const processes = new Map<number, { parent: number; own: number; exited: number }>();
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const { command, fields } = await procStat(Number(entry));
      if (!command.startsWith("postgres")) continue;
      processes.set(Number(entry), {
        parent: Number(fields[1]),
        own: Number(fields[11]) + Number(fields[12]),
        exited: Number(fields[13]) + Number(fields[14]),
      });
    } catch {
      // Gone between the listing and the read: its time is in its parent's children's times.
    }
  }
  if (processes.size === 0) return null;
  let ticks = 0;
  for (const { parent, own, exited } of processes.values()) ticks += own + (processes.has(parent) ? 0 : exited);
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** A process's command name and the fields of /proc/<pid>/stat after it (the name may itself hold spaces). */
async function procStat(pid: number): Promise<{ command: string; fields: string[] }> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  const end = stat.lastIndexOf(")");
  return { command: stat.slice(stat.indexOf("(") + 1, end), fields: stat.slice(end + 2).split(" ") };
}

/** Linux reports process times in clock ticks of 1/100 s on every architecture Node supports. */
const CLOCK_TICKS_PER_SECOND = 100;
