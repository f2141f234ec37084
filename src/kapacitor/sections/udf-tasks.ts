// User-defined functions: external processes or sockets that TICKscripts call as @name().
// Deliberately not changeable through the config API (it would allow running arbitrary programs).
import type { SectionDef } from '../types';
import { dur, list, map, path, tableMap } from './helpers';

export const udf: SectionDef = {
  name: 'udf',
  kind: 'table',
  group: 'udf-tasks',
  description: 'User-defined functions that TICKscripts call as @name().',
  fields: [
    tableMap(
      'functions',
      [
        path('prog', '', 'Program to start for this function.', {
          help: 'Give prog (with args and env) or socket, not both and not neither.',
        }),
        list('args', [], 'Arguments passed to prog.', { help: 'Not allowed together with socket.' }),
        dur('timeout', '0s', 'How long Kapacitor waits for the function to answer.', {
          required: true,
          min: 1_000_000,
          minExclusive: true,
          help: 'Must be longer than 1ms, so every function needs one (e.g. "10s"); the built-in 0s is rejected.',
        }),
        path('socket', '', 'Unix socket of an already running function server.', {
          help: 'Use instead of prog; then args and env must be left out.',
        }),
        map('env', {}, 'Environment variables for prog.', {
          help: 'Written as [udf.functions.<name>.env]. Not allowed together with socket.',
        }),
      ],
      'One table per function: [udf.functions.<name>].',
      {
        help: 'The table name is the name TICKscripts use (@name()). Each function runs prog (with args and env) or connects to socket. Functions cannot be set through environment variables or the config API.',
      },
    ),
  ],
};
