/** Kapacitor 1.8.3's own sample config (with its comments), fetched when a user starts from it. */
export const loadSample183 = (): Promise<string> => import('./kapacitor-1.8.3.conf?raw').then((m) => m.default);
