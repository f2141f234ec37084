// Loaded on demand: the other forms of the document (env vars, config API, cluster bundle, minimal file, share link).
import { Alert, Button, Code, Group, List, Modal, NumberInput, ScrollArea, SegmentedControl, Stack, Switch, Tabs, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useEditor } from '../../app/StoreContext';
import {
  apiChanges, apiDocument, clusterBundle, curlScript, encodeShare, minimalFile, renderDockerRun, renderDotEnv, renderKubernetesEnv,
  shareWarning, secretsBlanked, suggestedHosts, toEnvVars, zipFiles, SHARE_PARAM, type ApiRequest,
} from '../../kapacitor/outputs';
import { parseValues } from '../../toml/document';
import { formatPath } from '../problems/formatPath';
import { saveBytes } from './saveBytes';
import classes from './OutputsDialog.module.css';

function Block({ label, text }: { label: string; text: string }) {
  return (
    <Textarea label={label} value={text} readOnly autosize minRows={3} maxRows={16}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }} />
  );
}

/** A Copy button that says "Copied ✓" on itself and announces it (or that the browser refused the clipboard),
 *  as Copy TOML does. `what` names the announcement ("Share link copied to the clipboard"), and the button too
 *  when its text is a plain "Copy" ("Copy .env file"); a button with a text of its own is named by that text. */
export function CopyButton({ what, text, label = 'Copy', size = 'xs', variant = 'default' }:
  { what: string; text: string; label?: string; size?: 'xs' | 'sm'; variant?: 'default' | 'filled' }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async () => {
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
    timer.current = setTimeout(() => setState('idle'), 2000);
  };
  return (
    <>
      <Button size={size} variant={variant} aria-label={label === 'Copy' ? `Copy ${what}` : label} color={state === 'copied' ? 'teal' : undefined} onClick={() => void copy()}>
        {state === 'copied' ? 'Copied ✓' : state === 'failed' ? 'Copy failed' : label}
      </Button>
      <span role="status" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
        {state === 'copied' ? `${what} copied to the clipboard` : state === 'failed' ? `${what} could not be copied: the browser refused the clipboard` : ''}
      </span>
    </>
  );
}

/** Copy (with "Copied" shown on the button and announced) and Download for one output. `what` names it for the
 *  buttons' accessible names: "Copy .env file", "Download .env file". */
export function OutputActions({ what, text, fileName, type }: { what: string; text: string; fileName: string; type?: string }) {
  return (
    <Group gap="xs">
      <CopyButton what={what} text={text} />
      <Button size="xs" variant="default" aria-label={`Download ${what}`} onClick={() => saveBytes(text, fileName, type)}>
        Download {fileName}
      </Button>
    </Group>
  );
}

export default function OutputsDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Export as" size="70rem" closeButtonProps={{ 'aria-label': 'Close' }}>
      {opened ? <Outputs /> : null}
    </Modal>
  );
}

function Outputs() {
  const [secrets, setSecrets] = useState(false);
  return (
    <Stack>
      <Switch label="Include secrets (passwords, tokens) in these outputs" checked={secrets} onChange={(e) => setSecrets(e.currentTarget.checked)}
        description={secrets ? 'Secrets are written as they are: keep these outputs out of version control and chat.' : 'Secrets are left out: a "<section.key>" placeholder stands for each. The share link never carries them.'} />
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
        <Tabs.Panel value="cluster" pt="md"><ClusterPanel secrets={secrets} /></Tabs.Panel>
        <Tabs.Panel value="minimal" pt="md"><MinimalPanel secrets={secrets} /></Tabs.Panel>
        <Tabs.Panel value="share" pt="md"><SharePanel /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

const ENV_FORMS = {
  env: { what: '.env file', fileName: 'kapacitor.env' },
  docker: { what: 'docker run command', fileName: 'docker-run.sh' },
  k8s: { what: 'Kubernetes env list', fileName: 'kapacitor-env.yaml' },
} as const;

function EnvPanel({ secrets }: { secrets: boolean }) {
  const doc = useEditor((s) => s.doc);
  const version = useEditor((s) => s.options.version);
  const out = useMemo(() => toEnvVars(doc.values, { version, includeSecrets: secrets }), [doc, version, secrets]);
  const [form, setForm] = useState<keyof typeof ENV_FORMS>('env');
  const needsFile = out.fileOnly.length > 0;
  const text = form === 'env' ? renderDotEnv(out.vars) : form === 'docker' ? renderDockerRun(out.vars, { mountConfig: needsFile }) : renderKubernetesEnv(out.vars, {});
  return (
    <Stack>
      <SegmentedControl value={form} onChange={(v) => setForm(v as keyof typeof ENV_FORMS)} aria-label="Variable format"
        data={[{ value: 'env', label: '.env file' }, { value: 'docker', label: 'docker run' }, { value: 'k8s', label: 'Kubernetes env' }]} />
      <Block label={`${out.vars.length} KAPACITOR_* variables`} text={text} />
      <OutputActions what={ENV_FORMS[form].what} text={text} fileName={ENV_FORMS[form].fileName} type={form === 'k8s' ? 'application/yaml' : undefined} />
      {form === 'docker' && needsFile ? <Text size="sm">The command mounts ./kapacitor.conf, the file below, because variables cannot express everything in this document.</Text> : null}
      {needsFile ? (
        <Alert color="yellow" variant="light" title="Kept in a file: variables cannot express these">
          <List size="sm">
            {out.fileOnly.slice(0, 30).map((f, i) => <List.Item key={i}><Code>{formatPath(f.path)}</Code>: {f.reason}</List.Item>)}
          </List>
          {out.fileOnly.length > 30 ? <Text size="sm">…and {out.fileOnly.length - 30} more.</Text> : null}
        </Alert>
      ) : <Text size="sm">Variables express everything in this document: no file has to be mounted beside them.</Text>}
      <Block label="kapacitor.conf to mount next to the variables" text={out.minimalFile} />
      <OutputActions what="kapacitor.conf to mount next to the variables" text={out.minimalFile} fileName="kapacitor.conf" />
    </Stack>
  );
}

function MinimalPanel({ secrets }: { secrets: boolean }) {
  const doc = useEditor((s) => s.doc);
  const enterprise = useEditor((s) => s.options.enterprise);
  const text = useMemo(() => minimalFile(doc.values, { enterprise, includeSecrets: secrets }), [doc, enterprise, secrets]);
  return (
    <Stack>
      <Block label="Only the values that differ from Kapacitor's defaults" text={text} />
      <OutputActions what="minimal kapacitor.conf" text={text} fileName="kapacitor.conf" />
    </Stack>
  );
}

const SCOPES = [
  { value: 'changes', label: 'Changes since import' },
  { value: 'all', label: 'Whole document' },
];
const REMOVED = [
  { value: 'default', label: "Set it to Kapacitor's default" },
  { value: 'delete', label: 'Delete its API override' },
];

function ApiPanel({ secrets }: { secrets: boolean }) {
  const doc = useEditor((s) => s.doc);
  const original = useEditor((s) => s.original);
  const version = useEditor((s) => s.options.version);
  const [base, setBase] = useState('http://localhost:9092');
  const [scope, setScope] = useState('changes');
  const [removed, setRemoved] = useState<'default' | 'delete'>('default');
  const before = useMemo(() => {
    try {
      return parseValues(original);
    } catch {
      return undefined;
    }
  }, [original]);
  const result = useMemo(() => {
    if (scope === 'all' || !before) return { ...apiDocument(doc.values, { includeSecrets: secrets, baseUrl: base, version }), fileOnly: [] as string[] };
    return apiChanges(before, doc.values, { includeSecrets: secrets, baseUrl: base, removedKeys: removed, version });
  }, [doc, before, scope, secrets, base, removed, version]);
  const { requests, fileOnly, leftOut } = result;
  const script = curlScript(requests, scope === 'changes' ? 'Kapacitor config API requests: changes since import' : 'Kapacitor config API requests: the whole document', leftOut);
  return (
    <Stack>
      <Group align="end">
        <TextInput label="Kapacitor URL" value={base} onChange={(e) => setBase(e.currentTarget.value)} w={320} />
        <SegmentedControl value={scope} onChange={setScope} data={SCOPES} aria-label="Requests for" />
      </Group>
      {scope === 'changes' ? (
        <>
          {!before ? <Alert color="red" variant="light">The imported text does not read as TOML, so there is nothing to compare with: the whole document is shown.</Alert> : null}
          <Text size="sm">
            The requests that take a Kapacitor running the imported file to this document. Kapacitor keeps them in kapacitor.db and applies them over
            its file at every start (not with skip-config-overrides = true or [config-override] enabled = false).
          </Text>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="removed-keys-label">A key taken out of the document</Text>
            <SegmentedControl value={removed} onChange={(v) => setRemoved(v as 'default' | 'delete')} data={REMOVED} aria-labelledby="removed-keys-label" w="fit-content" />
            <Text size="xs" c="dimmed">
              {removed === 'default'
                ? 'set stores Kapacitor\'s default for it: that is what changes a Kapacitor still reading the imported file.'
                : 'delete only drops a value stored through the API earlier: the key goes back to what the file Kapacitor started with says, which is Kapacitor\'s default only if that file leaves it out.'}
            </Text>
          </Stack>
        </>
      ) : (
        <Text size="sm">One set request per table and entry the API can change: the whole document stored as overrides.</Text>
      )}
      {leftOut.length ? (
        <Alert color="yellow" variant="light" title={`Left out: Kapacitor ${version} does not have ${leftOut.length === 1 ? 'it' : 'these'}`}>
          <Text size="sm">Its config API refuses a whole request that names an option or section it does not have, so the requests leave {leftOut.length === 1 ? 'it' : 'them'} out. The release is the one chosen in the toolbar (Kapacitor version).</Text>
          <List size="sm">
            {leftOut.slice(0, 30).map((l, i) => <List.Item key={i}><Code>{l.what}</Code>: {l.reason}</List.Item>)}
          </List>
          {leftOut.length > 30 ? <Text size="sm">…and {leftOut.length - 30} more.</Text> : null}
        </Alert>
      ) : null}
      {fileOnly.length ? (
        <Alert color="yellow" variant="light" title="Only the file changes these">
          <Text size="sm">{fileOnly.map((n) => (n === '' ? 'the top-level keys' : `[${n}]`)).join(', ')} changed, and the config API cannot change {fileOnly.length === 1 ? 'it' : 'them'}: edit the file and restart Kapacitor.</Text>
        </Alert>
      ) : null}
      <Text size="sm">
        {requests.length === 0
          ? (scope === 'changes' ? 'Nothing the config API can change differs from the imported file.' : 'No section the config API can change is in this document.')
          : `${requests.length} request${requests.length === 1 ? '' : 's'}.`}{' '}
        [udf] can only be set in the file.
      </Text>
      {requests.length ? <OutputActions what="curl script" text={script} fileName="kapacitor-config-api.sh" /> : null}
      <ScrollArea.Autosize mah="50vh" scrollbars="y">
        <Stack gap="xs" aria-label="Config API requests" role="list">
          {requests.map((r, i) => <RequestItem key={i} request={r} />)}
        </Stack>
      </ScrollArea.Autosize>
    </Stack>
  );
}

function verb(r: ApiRequest): string {
  return Object.keys(r.body).join(' + ');
}

function RequestItem({ request: r }: { request: ApiRequest }) {
  return (
    <div role="listitem">
      <Text size="sm" fw={600}>{r.method} {r.path} <Text span size="sm" c="dimmed">({verb(r)})</Text></Text>
      {r.note ? <Text size="sm" className={classes.note}>{r.note}</Text> : null}
      <Code block className={classes.curl}>{r.curl}</Code>
    </div>
  );
}

function ClusterPanel({ secrets }: { secrets: boolean }) {
  const doc = useEditor((s) => s.doc);
  const version = useEditor((s) => s.options.version);
  const [count, setCount] = useState(3);
  // what the user typed, by node; the other fields follow the hosts the document names
  const [typed, setTyped] = useState<Record<number, string>>({});
  const suggestion = useMemo(() => suggestedHosts(doc, count), [doc, count]);
  const nodes = Array.from({ length: count }, (_, i) => ({ host: typed[i] ?? suggestion.hosts[i] }));
  const bundle = useMemo(() => clusterBundle(doc, nodes, { version, includeSecrets: secrets }), [doc, JSON.stringify(nodes), version, secrets]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <Stack>
      <NumberInput label="Number of nodes" min={1} max={32} value={count} onChange={(v) => setCount(Math.max(1, Math.min(32, Number(v) || 1)))} w={200} />
      <Text size="sm">
        {suggestion.from
          ? `The hosts start from this document's ${suggestion.from.key} (${suggestion.from.host}), the other members numbered after it: check them against your machines' names.`
          : 'This document names no host of its own ([cluster] and [rpc] advertise-address are not set, hostname is missing or localhost), so the hosts are placeholders: write your machines\' names.'}
      </Text>
      {nodes.map((n, i) => (
        <TextInput key={i} label={`Host of node ${i + 1}`} value={n.host}
          onChange={(e) => { const value = e.currentTarget.value; setTyped((t) => ({ ...t, [i]: value })); }} />
      ))}
      {bundle.problems.length ? (
        <Alert color="red" variant="light" title="Check before deploying">
          <List size="sm">{bundle.problems.map((p, i) => <List.Item key={i}>{p}</List.Item>)}</List>
        </Alert>
      ) : <Text size="sm">The {bundle.files.length} files agree: unique addresses, one license.</Text>}
      {bundle.placeholders ? <Text size="sm">Secrets are left out: each file has {bundle.placeholders} {'"<section.key>"'} placeholder{bundle.placeholders === 1 ? '' : 's'} to fill in before deploying (switch on Include secrets to write them).</Text> : null}
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
      <Group><CopyButton what="Share link" text={link} label="Copy link" size="sm" variant="filled" /></Group>
    </Stack>
  );
}
