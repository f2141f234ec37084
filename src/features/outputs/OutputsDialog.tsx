// Loaded on demand: the other forms of the document (env vars, config API, cluster bundle, minimal file, share link).
import { Alert, Button, Code, Group, List, Modal, NumberInput, ScrollArea, SegmentedControl, Stack, Switch, Tabs, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useEditor } from '../../app/StoreContext';
import {
  apiRequests, clusterBundle, encodeShare, minimalFile, renderDockerRun, renderDotEnv, renderKubernetesEnv,
  shareWarning, secretsBlanked, toEnvVars, zipFiles, SHARE_PARAM,
} from '../../kapacitor/outputs';
import { formatPath } from '../problems/formatPath';
import { saveBytes } from './saveBytes';

function Block({ label, text }: { label: string; text: string }) {
  return (
    <Textarea label={label} value={text} readOnly autosize minRows={3} maxRows={16}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }} />
  );
}

export default function OutputsDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Export as" size="70rem">
      {opened ? <Outputs /> : null}
    </Modal>
  );
}

function Outputs() {
  const doc = useEditor((s) => s.doc);
  const options = useEditor((s) => s.options);
  const [secrets, setSecrets] = useState(false);
  return (
    <Stack>
      <Switch label="Include secrets (passwords, tokens) in these outputs" checked={secrets} onChange={(e) => setSecrets(e.currentTarget.checked)} />
      <Tabs defaultValue="env" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="env">Environment variables</Tabs.Tab>
          <Tabs.Tab value="api">Config API</Tabs.Tab>
          <Tabs.Tab value="cluster">Enterprise cluster</Tabs.Tab>
          <Tabs.Tab value="minimal">Minimal file</Tabs.Tab>
          <Tabs.Tab value="share">Share link</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="env" pt="md"><EnvPanel secrets={secrets} /></Tabs.Panel>
        <Tabs.Panel value="api" pt="md"><ApiPanel secrets={secrets} /></Tabs.Panel>
        <Tabs.Panel value="cluster" pt="md"><ClusterPanel /></Tabs.Panel>
        <Tabs.Panel value="minimal" pt="md">
          <Block label="Only the values that differ from Kapacitor's defaults" text={minimalFile(doc.values, { enterprise: options.enterprise })} />
        </Tabs.Panel>
        <Tabs.Panel value="share" pt="md"><SharePanel /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function EnvPanel({ secrets }: { secrets: boolean }) {
  const doc = useEditor((s) => s.doc);
  const version = useEditor((s) => s.options.version);
  const out = useMemo(() => toEnvVars(doc.values, { version, includeSecrets: secrets }), [doc, version, secrets]);
  const [form, setForm] = useState('env');
  const text = form === 'env' ? renderDotEnv(out.vars) : form === 'docker' ? renderDockerRun(out.vars, {}) : renderKubernetesEnv(out.vars, {});
  return (
    <Stack>
      <SegmentedControl value={form} onChange={setForm} aria-label="Variable format"
        data={[{ value: 'env', label: '.env file' }, { value: 'docker', label: 'docker run' }, { value: 'k8s', label: 'Kubernetes env' }]} />
      <Block label={`${out.vars.length} KAPACITOR_* variables`} text={text} />
      {out.fileOnly.length ? (
        <Alert color="yellow" variant="light" title="Kept in a file: variables cannot express these">
          <List size="sm">
            {out.fileOnly.slice(0, 30).map((f, i) => <List.Item key={i}><Code>{formatPath(f.path)}</Code>: {f.reason}</List.Item>)}
          </List>
          {out.fileOnly.length > 30 ? <Text size="sm">…and {out.fileOnly.length - 30} more.</Text> : null}
        </Alert>
      ) : null}
      <Block label="kapacitor.conf to mount next to the variables" text={out.minimalFile} />
    </Stack>
  );
}

function ApiPanel({ secrets }: { secrets: boolean }) {
  const doc = useEditor((s) => s.doc);
  const [base, setBase] = useState('http://localhost:9092');
  const requests = useMemo(() => apiRequests(doc.values, { includeSecrets: secrets, baseUrl: base }), [doc, secrets, base]);
  return (
    <Stack>
      <TextInput label="Kapacitor URL" value={base} onChange={(e) => setBase(e.currentTarget.value)} />
      <Text size="sm">{requests.length} requests set the sections the HTTP API can change. [udf] can only be set in the file.</Text>
      <ScrollArea.Autosize mah="50vh">
        <Stack gap="xs">
          {requests.map((r, i) => (
            <div key={i}>
              <Text size="sm" fw={600}>{r.method} {r.path}</Text>
              {r.note ? <Text size="sm" c="orange.9">{r.note}</Text> : null}
              <Code block>{r.curl}</Code>
            </div>
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </Stack>
  );
}

function ClusterPanel() {
  const doc = useEditor((s) => s.doc);
  const version = useEditor((s) => s.options.version);
  const [count, setCount] = useState(3);
  const [hosts, setHosts] = useState<string[]>(['kapacitor-1', 'kapacitor-2', 'kapacitor-3']);
  const nodes = Array.from({ length: count }, (_, i) => ({ host: hosts[i] ?? `kapacitor-${i + 1}` }));
  const bundle = useMemo(() => clusterBundle(doc, nodes, { version }), [doc, JSON.stringify(nodes), version]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <Stack>
      <NumberInput label="Number of nodes" min={1} max={32} value={count} onChange={(v) => setCount(Math.max(1, Math.min(32, Number(v) || 1)))} w={200} />
      {nodes.map((n, i) => (
        <TextInput key={i} label={`Host of node ${i + 1}`} value={n.host}
          onChange={(e) => { const next = [...nodes.map((x) => x.host)]; next[i] = e.currentTarget.value; setHosts(next); }} />
      ))}
      {bundle.problems.length ? (
        <Alert color="red" variant="light" title="Check before deploying">
          <List size="sm">{bundle.problems.map((p, i) => <List.Item key={i}>{p}</List.Item>)}</List>
        </Alert>
      ) : <Text size="sm">The {bundle.files.length} files agree: unique addresses, one license.</Text>}
      <Group>
        <Button onClick={() => saveBytes(zipFiles(bundle.files), 'kapacitor-cluster.zip', 'application/zip')}>Download kapacitor-cluster.zip</Button>
      </Group>
    </Stack>
  );
}

function SharePanel() {
  const doc = useEditor((s) => s.doc);
  const [link, setLink] = useState('');
  useEffect(() => {
    let live = true;
    void encodeShare(secretsBlanked(doc)).then((payload) => {
      if (live) setLink(`${location.origin}${location.pathname}#${SHARE_PARAM}=${payload}`);
    });
    return () => { live = false; };
  }, [doc]);
  const warning = shareWarning(link.length);
  return (
    <Stack>
      <Text size="sm">The document travels in the link's fragment (after #), which browsers never send to a server. Secrets are removed.</Text>
      <Textarea label="Share link" value={link} readOnly autosize maxRows={6} />
      {warning ? <Alert color="yellow" variant="light">{warning}</Alert> : null}
      <Group><Button onClick={() => void navigator.clipboard.writeText(link)}>Copy link</Button></Group>
    </Stack>
  );
}
