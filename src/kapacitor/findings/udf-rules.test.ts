import { describe } from 'vitest';
import { runRuleCases } from './rule-cases';
import { lines } from './test-support';

describe('[udf.functions.<name>]', () => {
  runRuleCases(['udf-timeout', 'udf-prog-socket'], [
    { name: 'a program with a timeout', toml: lines('[udf.functions.avg]', 'prog = "/usr/bin/python3"', 'args = ["-m", "avg"]', 'timeout = "10s"', '[udf.functions.avg.env]', 'PYTHONPATH = "/x"'), expected: [] },
    { name: 'a socket with a timeout', toml: lines('[udf.functions.s]', 'socket = "/tmp/s.sock"', 'timeout = "10s"'), expected: [] },
    { name: 'an empty [udf.functions] table', toml: lines('[udf]', '[udf.functions]'), expected: [] },
    {
      name: 'no timeout: the built-in 0s is refused',
      toml: lines('[udf.functions.avg]', 'prog = "/usr/bin/avg"'),
      expected: [
        {
          severity: 'error',
          rule: 'udf-timeout',
          path: ['udf', 'functions', 'avg', 'timeout'],
          line: 1,
          message: '[udf.functions.avg] has no timeout: the built-in 0s is refused, since Kapacitor needs more than 1ms. Add timeout = "10s".',
        },
      ],
    },
    {
      name: 'neither prog nor socket',
      toml: lines('[udf.functions.avg]', 'timeout = "10s"'),
      expected: [{ rule: 'udf-prog-socket', path: ['udf', 'functions', 'avg'], line: 1, message: '[udf.functions.avg] has neither prog nor socket: Kapacitor refuses it. Set prog (a program to start) or socket (a running UDF server).' }],
    },
    {
      name: 'a socket with args and env',
      toml: lines('[udf.functions.s]', 'socket = "/tmp/s.sock"', 'args = ["x"]', 'timeout = "10s"', '[udf.functions.s.env]', 'A = "b"'),
      expected: [
        { rule: 'udf-prog-socket', path: ['udf', 'functions', 's', 'args'], line: 3, message: '[udf.functions.s] sets both socket and args: a socket UDF is already running, so Kapacitor refuses prog, args and env with it. Remove args or socket.' },
        { rule: 'udf-prog-socket', path: ['udf', 'functions', 's', 'env'], line: 5 },
      ],
    },
  ]);
});
