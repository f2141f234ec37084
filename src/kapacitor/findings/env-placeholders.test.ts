import { describe } from 'vitest';
import { runRuleCases } from './rule-cases';
import { lines } from './test-support';

describe('$VAR placeholders', () => {
  runRuleCases(['env-placeholder'], [
    { name: 'plain values and Go template variables', toml: lines('[deadman]', 'message = "{{ $x := .ID }}{{ $x }} is dead"', '[[influxdb]]', 'password = "pa$$w0rd"'), expected: [] },
    {
      name: '$PORT in an address',
      toml: lines('[http]', 'bind-address = ":$PORT"'),
      expected: [
        {
          severity: 'warning',
          path: ['http', 'bind-address'],
          line: 2,
          message: '[http] bind-address = ":$PORT": Kapacitor does not expand $PORT in the file, it uses the text literally. To take the value from the environment, write a real value here and set KAPACITOR_HTTP_BIND_ADDRESS instead.',
        },
      ],
    },
    {
      name: '${VAR} in a list item names the item variable',
      toml: lines('[[influxdb]]', 'urls = ["http://${INFLUX_HOST}:8086"]'),
      expected: [{ path: ['influxdb', 0, 'urls', 0], line: 2, message: '[[influxdb]] urls = "http://${INFLUX_HOST}:8086": Kapacitor does not expand ${INFLUX_HOST} in the file, it uses the text literally. To take the value from the environment, write a real value here and set KAPACITOR_INFLUXDB_0_URLS_0 instead.' }],
    },
    { name: 'a secret that is only a placeholder', toml: lines('[[influxdb]]', 'token = "${INFLUX_TOKEN}"'), expected: [{ path: ['influxdb', 0, 'token'], line: 2 }] },
    { name: 'the top level', toml: lines('data_dir = "$HOME/kapacitor"'), expected: [{ path: ['data_dir'], line: 1, message: 'data_dir = "$HOME/kapacitor": Kapacitor does not expand $HOME in the file, it uses the text literally. To take the value from the environment, write a real value here and set KAPACITOR_DATA_DIR instead.' }] },
    { name: 'kafka SASL keys get the double underscore', toml: lines('[[kafka]]', 'sasl-username = "$KAFKA_USER"'), expected: [{ message: '[[kafka]] sasl-username = "$KAFKA_USER": Kapacitor does not expand $KAFKA_USER in the file, it uses the text literally. To take the value from the environment, write a real value here and set KAPACITOR_KAFKA_0__SASL_USERNAME instead.' }] },
    {
      name: 'subscriptions cannot come from the environment',
      toml: lines('[[influxdb]]', '[influxdb.subscriptions]', 'telegraf = ["$RP"]'),
      expected: [{ path: ['influxdb', 0, 'subscriptions', 'telegraf', 0], message: '[[influxdb]] subscriptions.telegraf = "$RP": Kapacitor does not expand $RP in the file, it uses the text literally. Write the real value.' }],
    },
  ]);
});
