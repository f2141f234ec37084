import { describe, expect, it } from 'vitest';
import { fieldOf } from '../../kapacitor/schema';
import { envNames } from './FieldMeta';

describe('envNames: the variables a field shows, for its own path', () => {
  it.each([
    [['http', 'bind-address'], ['http', 'bind-address'], ['KAPACITOR_HTTP_BIND_ADDRESS']],
    [['smtp', 'to'], ['smtp', 'to'], ['KAPACITOR_SMTP_TO_0, _1, …']],
    [['influxdb', 'urls'], ['influxdb', 2, 'urls'], ['KAPACITOR_INFLUXDB_2_URLS_0, _1, …']],
    [['httppost', 'headers'], ['httppost', 0, 'headers'], ['KAPACITOR_HTTPPOST_0_HEADERS_<key>']],
    [['kafka', 'sasl-username'], ['kafka', 1, 'sasl-username'], ['KAPACITOR_KAFKA_1__SASL_USERNAME']],
    [['enterprise', 'license-key'], ['enterprise', 'license-key'], ['KAPACITOR_ENTERPRISE_LICENSE_KEY', 'KAPACITOR_LICENSE_KEY']],
  ] as const)('%j at %j', (fieldPath, path, names) => {
    const field = fieldOf(fieldPath[0], fieldPath[1]);
    expect(field).toBeDefined();
    expect(envNames(field!, path)).toEqual(names);
  });
});
