// The KAPACITOR_* variable that sets a key (reference §2), or undefined where no variable can.
import type { KeyPath } from '../../toml/types';
import { canSetFromEnv, envVarName } from '../env';
import { resolvePath } from '../schema';

export function envNameFor(path: KeyPath): string | undefined {
  const resolved = resolvePath(path);
  if (!resolved?.field || !canSetFromEnv(resolved.field)) return undefined;
  // udf functions are a map of tables: Kapacitor drops what the environment says about them
  if (resolved.section.name === 'udf') return undefined;
  return envVarName(path);
}
