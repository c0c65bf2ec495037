import { textContent, type FileContent } from './file-content';

/**
 * The simulated filesystem: a small tree whose file contents are functions of the device state
 * (connector.properties, resolv.conf, connector.log …), plus a writable overlay for /tmp and the
 * home directories so redirections and `curl -o` have somewhere to go.
 */
export interface VFile {
  readonly kind: 'file';
  /** `ls -l` mode string, e.g. `-rw-r-----` or `srwxrwxrwx` for a socket. */
  readonly mode: string;
  readonly owner: string;
  readonly group: string;
  mtime(): number;
  /** null when the file is missing right now (e.g. no connector before 6.4). */
  content(): FileContent | null;
}

export interface VDir {
  readonly kind: 'dir';
  readonly mode: string;
  readonly owner: string;
  readonly group: string;
  mtime(): number;
  children(): ReadonlyMap<string, VNode>;
  /** Writable by everyone (the overlay lives here). */
  readonly writable?: boolean;
}

export type VNode = VFile | VDir;

export type PathError = 'No such file or directory' | 'Not a directory' | 'Permission denied' | 'Is a directory';

export const file = (
  mode: string,
  owner: string,
  group: string,
  mtime: () => number,
  content: () => FileContent | null,
): VFile => ({ kind: 'file', mode, owner, group, mtime, content });

export const dir = (
  mode: string,
  owner: string,
  group: string,
  mtime: () => number,
  children: () => ReadonlyMap<string, VNode>,
  writable = false,
): VDir => ({ kind: 'dir', mode, owner, group, mtime, children, writable });

/** Join and normalise a path against a working directory and home (`~`, `.`, `..`). */
export const resolvePath = (cwd: string, home: string, path: string): string => {
  let full = path;
  if (path === '~' || path.startsWith('~/')) full = home + path.slice(1);
  else if (!path.startsWith('/')) full = `${cwd}/${path}`;
  const out: string[] = [];
  for (const part of full.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
};

export const basename = (path: string): string => (path === '/' ? '/' : (path.split('/').filter(Boolean).pop() ?? '/'));
export const dirname = (path: string): string => {
  const parts = path.split('/').filter(Boolean);
  parts.pop();
  return `/${parts.join('/')}`;
};

/** `t` (sticky) and `s` (setuid/setgid) in an execute slot imply execute. */
const bit = (mode: string, index: number, char: string) =>
  mode[index] === char || (char === 'x' && (mode[index] === 't' || mode[index] === 's'));

/** Permission check the way a Unix kernel does it (root reads everything). */
export const mayAccess = (node: VNode, user: string, what: 'read' | 'write' | 'exec'): boolean => {
  if (user === 'root') return true;
  const offset = what === 'read' ? 0 : what === 'write' ? 1 : 2;
  const char = what === 'read' ? 'r' : what === 'write' ? 'w' : 'x';
  if (node.owner === user) return bit(node.mode, 1 + offset, char);
  if (node.group === user) return bit(node.mode, 4 + offset, char);
  return bit(node.mode, 7 + offset, char);
};

export class Vfs {
  /** Files written through redirections, by absolute path. Bounded per file. */
  private readonly overlay = new Map<string, { text: string; mtime: number; owner: string }>();
  static readonly MAX_FILE = 8 * 1024 * 1024;

  constructor(
    private readonly root: VDir,
    private readonly now: () => number,
  ) {}

  private overlayChildren(path: string): Map<string, VNode> {
    const out = new Map<string, VNode>();
    const prefix = path === '/' ? '/' : `${path}/`;
    for (const [name, entry] of this.overlay) {
      if (!name.startsWith(prefix) || name.slice(prefix.length).includes('/')) continue;
      out.set(
        name.slice(prefix.length),
        file(
          '-rw-r--r--',
          entry.owner,
          entry.owner,
          () => entry.mtime,
          () => textContent(entry.text),
        ),
      );
    }
    return out;
  }

  /** The node at an absolute path, or why there is none (checks search permission on the way). */
  lookup(path: string, user: string): VNode | PathError {
    let node: VNode = this.root;
    let current = '';
    for (const part of path.split('/').filter(Boolean)) {
      if (node.kind !== 'dir') return 'Not a directory';
      if (!mayAccess(node, user, 'exec')) return 'Permission denied';
      const here: string = current || '/';
      const child: VNode | undefined = node.children().get(part) ?? this.overlayChildren(here).get(part);
      if (!child) return 'No such file or directory';
      if (child.kind === 'file' && child.content() === null) return 'No such file or directory';
      node = child;
      current = `${current}/${part}`;
    }
    return node;
  }

  /** Entries of a directory, sorted by name (static entries and overlay). */
  list(path: string, dirNode: VDir): [string, VNode][] {
    const entries = new Map(dirNode.children());
    for (const [name, node] of this.overlayChildren(path)) entries.set(name, node);
    return [...entries]
      .filter(([, node]) => node.kind === 'dir' || node.content() !== null)
      .sort(([a], [b]) => a.localeCompare(b));
  }

  /** Write or append a file for a redirection; returns an error text or null. `/dev/null` swallows. */
  write(path: string, user: string, text: string, append: boolean): PathError | null {
    if (path === '/dev/null') return null;
    const existing = this.lookup(path, user);
    if (typeof existing !== 'string' && existing.kind === 'dir') return 'Is a directory';
    const parent = this.lookup(dirname(path), user);
    if (typeof parent === 'string') return parent;
    if (parent.kind !== 'dir') return 'Not a directory';
    if (!parent.writable && user !== 'root') return 'Permission denied';
    if (!parent.writable) return 'Permission denied';
    const before = append ? (this.overlay.get(path)?.text ?? '') : '';
    const next = (before + text).slice(0, Vfs.MAX_FILE);
    this.overlay.set(path, { text: next, mtime: this.now(), owner: this.overlay.get(path)?.owner ?? user });
    return null;
  }

  remove(path: string): boolean {
    return this.overlay.delete(path);
  }
}
