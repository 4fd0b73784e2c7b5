import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** One TCP socket in LISTEN state, as /proc/net/tcp{,6} describe it. */
export type Listener = { address: string; port: number; inode: string };

// /proc/net/tcp writes addresses as hex in the host's byte order (little-endian here), per 32-bit word.
function decodeAddress(hex: string): string {
  const words = hex.match(/.{8}/g) ?? [];
  const bytes = words.flatMap((w) => (w.match(/../g) ?? []).reverse().map((b) => Number.parseInt(b, 16)));
  if (bytes.length === 4) return bytes.join('.');
  if (bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff) return bytes.slice(12).join('.'); // ::ffff:a.b.c.d
  const groups = Array.from({ length: 8 }, (_, i) => ((bytes[2 * i]! << 8) | bytes[2 * i + 1]!).toString(16));
  return groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::');
}

/** Every listening TCP socket of this machine (IPv4 and IPv6). */
export function tcpListeners(): Listener[] {
  const out: Listener[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(file, 'utf8').trim().split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f[3] !== '0A') continue; // LISTEN
      const [addr, port] = f[1]!.split(':');
      out.push({ address: decodeAddress(addr!), port: Number.parseInt(port!, 16), inode: f[9]! });
    }
  }
  return out;
}

export const isLoopback = (address: string) => address.startsWith('127.') || address === '::1';

const pids = () => readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number);
const cmdline = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
};
const parentOf = (pid: number) => {
  try {
    // The command name (field 2) may hold spaces and parentheses: read after its last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return -1;
  }
};

export function socketInodesOf(pid: number): Set<string> {
  const inodes = new Set<string>();
  let fds: string[] = [];
  try {
    fds = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return inodes; // exited meanwhile
  }
  for (const fd of fds) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m) inodes.add(m[1]!);
    } catch {
      // closed meanwhile
    }
  }
  return inodes;
}

export type StackProcess = { pid: number; cmdline: string; listeners: Listener[] };

/**
 * The processes of the stack whose app listens on `appPort`: the process holding that port
 * (the server, which starts everything else) and all it spawned (zero-cache and its workers,
 * Postgres), except test runners' own workers, which are not Parley.
 */
export function stackProcesses(appPort: number): StackProcess[] {
  const listeners = tcpListeners();
  const byInode = new Map(listeners.map((l) => [l.inode, l]));
  const appInodes = new Set(listeners.filter((l) => l.port === appPort).map((l) => l.inode));
  const all = pids();
  const root = all.find((pid) => [...socketInodesOf(pid)].some((i) => appInodes.has(i)));
  if (root === undefined) throw new Error(`no process listens on port ${appPort}`);
  const children = new Map<number, number[]>();
  for (const pid of all) children.set(parentOf(pid), [...(children.get(parentOf(pid)) ?? []), pid]);
  const found: StackProcess[] = [];
  const visit = (pid: number, isRoot: boolean) => {
    const cmd = cmdline(pid);
    if (!isRoot && /vitest|playwright/.test(cmd)) return;
    const mine = [...socketInodesOf(pid)].map((i) => byInode.get(i)).filter((l): l is Listener => l !== undefined);
    found.push({ pid, cmdline: cmd, listeners: mine });
    for (const child of children.get(pid) ?? []) visit(child, false);
  };
  visit(root, true);
  return found;
}

/** An environment variable of a running process (tests read zero-cache's own settings). */
export function environOf(pid: number, name: string): string | undefined {
  const entries = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
  return entries.find((e) => e.startsWith(`${name}=`))?.slice(name.length + 1);
}

/** zero-cache's main process in the stack (its command line names the bin). */
export function zeroCacheProcess(appPort: number): StackProcess {
  const procs = stackProcesses(appPort);
  const zero = procs.find((p) => p.cmdline.includes('zero-cache') && environOf(p.pid, 'ZERO_PORT') !== undefined);
  if (!zero) throw new Error(`no zero-cache among the stack's processes: ${procs.map((p) => p.cmdline).join(' | ')}`);
  return zero;
}
