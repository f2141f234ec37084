// Comparing release numbers ('1.6.4') with the target, which names a minor line ('1.6') and so
// stands for every patch release in it.
import type { KapacitorVersion } from '../types';

const parsed = new Map<string, [number, number, number]>();

export function parseRelease(v: string): [number, number, number] {
  let release = parsed.get(v);
  if (!release) {
    const [a = 0, b = 0, c = 0] = v.split('.').map((n) => Number.parseInt(n, 10) || 0);
    release = [a, b, c];
    // release names come from the schema and the version select: a few dozen at most
    if (parsed.size < 1000) parsed.set(v, release);
  }
  return release;
}

export function compareReleases(a: string, b: string): number {
  const x = parseRelease(a);
  const y = parseRelease(b);
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

export function minorOf(release: string): KapacitorVersion {
  const [a, b] = parseRelease(release);
  return `${a}.${b}` as KapacitorVersion;
}

/** what the target says about a key or section added in `since` */
export function availability(since: string | undefined, target: KapacitorVersion): 'yes' | 'no' | 'later-patch' {
  if (!since) return 'yes';
  const c = compareReleases(minorOf(since), target);
  if (c > 0) return 'no';
  if (c === 0 && parseRelease(since)[2] > 0) return 'later-patch';
  return 'yes';
}

/** a key removed after `removedIn` (its last release) is gone from every later minor line */
export function removedBefore(removedIn: string | undefined, target: KapacitorVersion): boolean {
  return !!removedIn && compareReleases(minorOf(removedIn), target) < 0;
}

export function atLeast(target: KapacitorVersion, minor: KapacitorVersion): boolean {
  return compareReleases(target, minor) >= 0;
}
