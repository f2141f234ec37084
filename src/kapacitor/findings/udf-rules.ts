// [udf.functions.<name>]: a program or a socket, and a timeout above 1ms (reference §5.13).
import type { TomlTable } from '../../toml/types';
import { isTable, type Ctx } from './context';
import { isBlank } from './effective';

export function checkUdfRules(ctx: Ctx): void {
  for (const entry of ctx.entriesOf('udf')) {
    const functions = entry.table.functions;
    if (!isTable(functions)) continue;
    for (const [name, fn] of Object.entries(functions)) {
      if (!isTable(fn)) continue;
      const base = [...entry.path, 'functions', name];
      const label = `[udf.functions.${name}]`;
      if (!('timeout' in fn)) {
        ctx.report({
          severity: 'error',
          rule: 'udf-timeout',
          path: [...base, 'timeout'],
          message: `${label} has no timeout: the built-in 0s is refused, since Kapacitor needs more than 1ms. Add timeout = "10s".`,
        });
      }
      programOrSocket(ctx, fn, base, label);
    }
  }
}

function programOrSocket(ctx: Ctx, fn: TomlTable, base: (string | number)[], label: string): void {
  const socket = !isBlank(fn.socket);
  const prog = !isBlank(fn.prog);
  if (!socket && !prog) {
    ctx.report({
      severity: 'error',
      rule: 'udf-prog-socket',
      path: base,
      message: `${label} has neither prog nor socket: Kapacitor refuses it. Set prog (a program to start) or socket (a running UDF server).`,
    });
    return;
  }
  if (!socket) return;
  for (const key of ['prog', 'args', 'env']) {
    const v = fn[key];
    if (isBlank(v) || (isTable(v) && Object.keys(v).length === 0)) continue;
    ctx.report({
      severity: 'error',
      rule: 'udf-prog-socket',
      path: [...base, key],
      message: `${label} sets both socket and ${key}: a socket UDF is already running, so Kapacitor refuses prog, args and env with it. Remove ${key} or socket.`,
    });
  }
}
