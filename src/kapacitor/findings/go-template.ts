// What Go's text/template parser (text/template/parse, Go 1.22/1.23: lex.go and parse.go) rejects, for the values
// Kapacitor parses as templates ([[httppost]] url since 1.5.7). A port of the lexer and of the parser's checks, not of
// execution: a template that parses but fails when run (a missing map key, index of nil) is not reported. Where Go
// releases differ (newlines inside actions before 1.16, {{break}}/{{continue}} before 1.18, {{else with}} before
// 1.23), or where this port is unsure, the more lenient reading is taken, so that nothing is reported that a Kapacitor
// release may accept: {{else if}}/{{else with}} are taken after any control, a word ends at a single "}", and numbers
// written with "_", as hex floats or with an imaginary part are not checked.

export interface GoTemplateProblem {
  /** Go's own words, e.g. `unclosed action`, `function "foo" not defined` */
  message: string;
  /** 0-based offset in the template text where the problem was found */
  offset: number;
}

/** text/template's built-in functions (Go 1.22; `slice` since 1.13) */
export const GO_TEMPLATE_BUILTINS: readonly string[] = [
  'and', 'call', 'html', 'index', 'slice', 'js', 'len', 'not', 'or', 'print', 'printf', 'println', 'urlquery',
  'eq', 'ge', 'gt', 'le', 'lt', 'ne',
];

type ItemType =
  | 'error' | 'bool' | 'char' | 'charConstant' | 'comment' | 'complex' | 'assign' | 'declare' | 'eof' | 'field'
  | 'identifier' | 'leftDelim' | 'leftParen' | 'number' | 'pipe' | 'rawString' | 'rightDelim' | 'rightParen'
  | 'space' | 'string' | 'text' | 'variable'
  // keywords
  | 'block' | 'break' | 'continue' | 'dot' | 'define' | 'else' | 'end' | 'if' | 'nil' | 'range' | 'template' | 'with';

interface Item {
  type: ItemType;
  val: string;
  pos: number;
}

const KEYWORDS = new Map<string, ItemType>([
  ['block', 'block'], ['break', 'break'], ['continue', 'continue'], ['define', 'define'], ['else', 'else'], ['end', 'end'],
  ['if', 'if'], ['range', 'range'], ['nil', 'nil'], ['template', 'template'], ['with', 'with'],
]);
const isKeyword = (t: ItemType) => t === 'dot' || [...KEYWORDS.values()].includes(t);

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const LETTER_OR_DIGIT = /^[\p{L}\p{Nd}]$/u;
const isAlphaNumeric = (c: string | undefined) => {
  if (c === undefined) return false;
  if (c.length === 1 && c < '\u0080') return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_';
  return LETTER_OR_DIGIT.test(c);
};

/** The items of a template, as Go's lexer emits them; the last is 'eof' or 'error' (whose val is the message). */
function lex(input: string, breakOK: boolean, continueOK: boolean): Item[] {
  const items: Item[] = [];
  let pos = 0;
  let start = 0;
  let parenDepth = 0;
  const at = (p: number): string | undefined => {
    if (p >= input.length) return undefined;
    const unit = input.charCodeAt(p);
    return unit < 0xd800 || unit > 0xdbff ? input[p] : String.fromCodePoint(input.codePointAt(p)!);
  };
  const next = (): string | undefined => {
    const c = at(pos);
    if (c !== undefined) pos += c.length;
    return c;
  };
  const peek = () => at(pos);
  const backup = (c: string | undefined) => { if (c !== undefined) pos -= c.length; };
  const emit = (type: ItemType) => { items.push({ type, val: input.slice(start, pos), pos: start }); start = pos; };
  const fail = (message: string): Item[] => { items.push({ type: 'error', val: message, pos: start }); return items; };
  const accept = (valid: string) => { const c = peek(); if (c !== undefined && valid.includes(c)) { pos += c.length; return true; } return false; };
  const acceptRun = (valid: string) => { while (accept(valid)); };
  /** at "}}", or at " -}}" (a trim marker) */
  const atRightDelim = (): [boolean, boolean] => {
    if (isSpace(input[pos]) && input[pos + 1] === '-' && input.startsWith('}}', pos + 2)) return [true, true];
    if (input.startsWith('}}', pos)) return [true, false];
    return [false, false];
  };
  // the lenient form of Go's check: older releases end a word at the delimiter's first character
  const atTerminator = () => {
    const c = peek();
    return c === undefined || isSpace(c) || '.,|:)('.includes(c) || c === '}';
  };
  const scanNumber = (): boolean => {
    accept('+-');
    let digits = '0123456789_';
    if (accept('0')) {
      if (accept('xX')) digits = '0123456789abcdefABCDEF_';
      else if (accept('oO')) digits = '01234567_';
      else if (accept('bB')) digits = '01_';
    }
    acceptRun(digits);
    if (accept('.')) acceptRun(digits);
    if (digits.length === 11 && accept('eE')) {
      accept('+-');
      acceptRun('0123456789_');
    }
    if (digits.length === 23 && accept('pP')) {
      accept('+-');
      acceptRun('0123456789_');
    }
    accept('i');
    if (isAlphaNumeric(peek())) {
      next();
      return false;
    }
    return true;
  };

  for (;;) {
    // lexText
    const x = input.indexOf('{{', pos);
    if (x < 0) {
      pos = input.length;
      if (pos > start) emit('text');
      emit('eof');
      return items;
    }
    pos = x;
    if (pos > start) emit('text');
    // lexLeftDelim
    pos += 2;
    const trimAfter = input[pos] === '-' && isSpace(input[pos + 1]) ? 2 : 0;
    if (input.startsWith('/*', pos + trimAfter)) {
      pos += trimAfter;
      start = pos;
      pos += 2;
      const end = input.indexOf('*/', pos);
      if (end < 0) return fail('unclosed comment');
      pos = end + 2;
      const [delim, trim] = atRightDelim();
      if (!delim) return fail('comment ends before closing delimiter');
      emit('comment');
      pos += (trim ? 2 : 0) + 2;
      start = pos;
      continue;
    }
    emit('leftDelim');
    pos += trimAfter;
    start = pos;
    parenDepth = 0;
    // lexInsideAction, until the right delimiter
    for (;;) {
      const [delim, trim] = atRightDelim();
      if (delim) {
        if (parenDepth !== 0) return fail('unclosed left paren');
        if (trim) { pos += 2; start = pos; }
        pos += 2;
        emit('rightDelim');
        break;
      }
      const c = next();
      if (c === undefined) return fail('unclosed action');
      if (isSpace(c)) {
        // lexSpace; a space before "-}}" belongs to the trim marker
        backup(c);
        let spaces = 0;
        while (isSpace(peek())) { next(); spaces++; }
        if (isSpace(input[pos - 1]) && input[pos] === '-' && input.startsWith('}}', pos + 1)) {
          pos -= 1;
          if (spaces === 1) continue;
        }
        emit('space');
        continue;
      }
      switch (c) {
        case '=': emit('assign'); continue;
        case ':':
          if (next() !== '=') return fail('expected :=');
          emit('declare');
          continue;
        case '|': emit('pipe'); continue;
        case '"': {
          for (;;) {
            const q = next();
            if (q === '\\') {
              const e = next();
              if (e !== undefined && e !== '\n') continue;
              return fail('unterminated quoted string');
            }
            if (q === undefined || q === '\n') return fail('unterminated quoted string');
            if (q === '"') break;
          }
          emit('string');
          continue;
        }
        case '`': {
          for (;;) {
            const q = next();
            if (q === undefined) return fail('unterminated raw quoted string');
            if (q === '`') break;
          }
          emit('rawString');
          continue;
        }
        case "'": {
          for (;;) {
            const q = next();
            if (q === '\\') {
              const e = next();
              if (e !== undefined && e !== '\n') continue;
              return fail('unterminated character constant');
            }
            if (q === undefined || q === '\n') return fail('unterminated character constant');
            if (q === "'") break;
          }
          emit('charConstant');
          continue;
        }
        case '(':
          emit('leftParen');
          parenDepth++;
          continue;
        case ')':
          parenDepth--;
          if (parenDepth < 0) return fail('unexpected right paren');
          emit('rightParen');
          continue;
      }
      // a "." starts a field unless a digit follows (or nothing: then Go reads it as a number)
      if (c === '$' || (c === '.' && peek() !== undefined && !/[0-9]/.test(peek()!))) {
        // lexVariable / lexField
        const type: ItemType = c === '$' ? 'variable' : 'field';
        if (atTerminator()) {
          emit(type === 'variable' ? 'variable' : 'dot');
          continue;
        }
        let r: string | undefined;
        for (;;) {
          r = next();
          if (!isAlphaNumeric(r)) { backup(r); break; }
        }
        if (!atTerminator()) return fail(`bad character ${goRune(peek())}`);
        emit(type);
        continue;
      }
      if (c === '.' || c === '+' || c === '-' || /[0-9]/.test(c)) {
        backup(c);
        if (!scanNumber()) return fail(`bad number syntax: ${goQuote(input.slice(start, pos))}`);
        const sign = peek();
        if (sign === '+' || sign === '-') {
          if (!scanNumber() || input[pos - 1] !== 'i') return fail(`bad number syntax: ${goQuote(input.slice(start, pos))}`);
          emit('complex');
        } else {
          emit('number');
        }
        continue;
      }
      if (isAlphaNumeric(c)) {
        let r: string | undefined;
        for (;;) {
          r = next();
          if (!isAlphaNumeric(r)) { backup(r); break; }
        }
        const word = input.slice(start, pos);
        if (!atTerminator()) return fail(`bad character ${goRune(peek())}`);
        const keyword = KEYWORDS.get(word);
        if (keyword) {
          emit((keyword === 'break' && !breakOK) || (keyword === 'continue' && !continueOK) ? 'identifier' : keyword);
        } else if (word === 'true' || word === 'false') {
          emit('bool');
        } else {
          emit('identifier');
        }
        continue;
      }
      if (c.length === 1 && c >= ' ' && c <= '~') {
        emit('char');
        continue;
      }
      return fail(`unrecognized character in action: ${goRune(c)}`);
    }
  }
}

function goRune(c: string | undefined): string {
  if (c === undefined) return 'U+FFFFFFFF'; // Go's eof rune, -1
  const cp = c.codePointAt(0)!;
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(c) || c === ' ' ? `U+${hex} '${c}'` : `U+${hex}`;
}

function goQuote(s: string): string {
  return JSON.stringify(s);
}

class Fail extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

type NodeKind = 'text' | 'comment' | 'action' | 'control' | 'template'
  | 'bool' | 'dot' | 'nil' | 'number' | 'string' | 'identifier' | 'variable' | 'field' | 'chain' | 'pipe'
  | 'end' | 'else';

interface Node {
  kind: NodeKind;
  /** text nodes: their text (for the empty-tree test of Go's treeSet) */
  text?: string;
  pos: number;
}

interface Tree {
  vars: string[];
  rangeDepth: number;
}

/** Go's strconv.Unquote for "…" (escapes) and `…` literals; false when it fails */
function unquoteOK(lit: string): boolean {
  if (lit.startsWith('`')) return lit.length >= 2 && lit.endsWith('`') && !lit.slice(1, -1).includes('`');
  return unquoteChars(lit.slice(1, -1), '"') !== undefined;
}

/** the characters of a quoted literal's body, or undefined where strconv.UnquoteChar fails */
function unquoteChars(body: string, quote: '"' | "'"): string[] | undefined {
  const out: string[] = [];
  const chars = Array.from(body);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === quote || c === '\n') return undefined;
    if (c !== '\\') { out.push(c); continue; }
    const e = chars[++i];
    if (e === undefined) return undefined;
    if ('abfnrtv\\'.includes(e)) { out.push(e); continue; }
    if (e === "'" || e === '"') {
      if (e !== quote) return undefined;
      out.push(e);
      continue;
    }
    const hexLen = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (hexLen) {
      const digits = chars.slice(i + 1, i + 1 + hexLen).join('');
      if (digits.length !== hexLen || !/^[0-9A-Fa-f]+$/.test(digits)) return undefined;
      const v = Number.parseInt(digits, 16);
      if (e !== 'x' && (v > 0x10ffff || (v >= 0xd800 && v < 0xe000))) return undefined;
      i += hexLen;
      out.push('?');
      continue;
    }
    if (e >= '0' && e <= '7') {
      const digits = chars.slice(i, i + 3).join('');
      if (!/^[0-7]{3}$/.test(digits) || Number.parseInt(digits, 8) > 255) return undefined;
      i += 2;
      out.push('?');
      continue;
    }
    return undefined;
  }
  return out;
}

/** the parser's newNumber: undefined when Go reads the number, else its error */
function numberProblem(text: string, type: ItemType): string | undefined {
  if (type === 'charConstant') {
    const chars = unquoteChars(text.slice(1, -1), "'");
    return chars && chars.length === 1 ? undefined : `malformed character constant: ${text}`;
  }
  // complex numbers, imaginary parts, "_" separators and hex floats: read by Go rules this port leaves out
  if (type === 'complex' || /[_pP]/.test(text) || text.endsWith('i')) return undefined;
  const sign = text[0] === '+' || text[0] === '-' ? text[0] : '';
  const body = text.slice(sign.length);
  let int: bigint | undefined;
  if (/^(?:0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0|[1-9][0-9]*)$/.test(body)) int = BigInt(body);
  else if (/^0[0-7]+$/.test(body)) int = BigInt(`0o${body.slice(1)}`);
  if (int !== undefined) {
    // ParseUint for unsigned text, ParseInt (64 bits) for signed
    const fits = sign === '' ? int <= 2n ** 64n - 1n : sign === '+' ? int <= 2n ** 63n - 1n : int <= 2n ** 63n;
    if (fits) return undefined;
  }
  if (/^(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/.test(body) && Number.isFinite(Number(body))) {
    // a float that looks like an integer did not fit one
    return /[.eE]/.test(body) ? undefined : `integer overflow: ${goQuote(text)}`;
  }
  return `illegal number syntax: ${goQuote(text)}`;
}

function itemString(i: Item): string {
  if (i.type === 'eof') return 'EOF';
  if (i.type === 'error') return i.val;
  if (isKeyword(i.type)) return `<${i.val}>`;
  if (i.val.length > 10) return `${goQuote(i.val.slice(0, 10))}...`;
  return goQuote(i.val);
}

/** Parses like text/template's Parse with these functions defined; undefined when it succeeds. */
export function goTemplateProblem(text: string, funcs: readonly string[] = []): GoTemplateProblem | undefined {
  const known = new Set([...GO_TEMPLATE_BUILTINS, ...funcs]);
  const items = lex(text, !known.has('break'), !known.has('continue'));
  let i = 0;
  const last = items[items.length - 1];
  const item = (k: number) => items[k] ?? last;
  const next = () => item(i++);
  const backup = () => { i--; };
  const peek = () => item(i);
  const nextNonSpace = () => {
    let t: Item;
    do t = next(); while (t.type === 'space');
    return t;
  };
  const peekNonSpace = () => { const t = nextNonSpace(); backup(); return t; };
  const fail = (message: string, at: { pos: number } = item(Math.max(0, i - 1))): never => { throw new Fail(message, at.pos); };
  const unexpected = (t: Item, context: string): never => (t.type === 'error' ? fail(t.val, t) : fail(`unexpected ${itemString(t)} in ${context}`, t));
  const expect = (type: ItemType, context: string) => {
    const t = nextNonSpace();
    if (t.type !== type) unexpected(t, context);
    return t;
  };
  /** named templates seen so far, and whether their body is empty (Go's treeSet) */
  const defined = new Map<string, boolean>();
  const addTree = (name: string, body: Node[], at: Item) => {
    const had = defined.get(name);
    const empty = isEmptyList(body);
    if (had === undefined || had) { defined.set(name, empty); return; }
    if (!empty) fail(`template: multiple definition of template ${goQuote(name)}`, at);
  };

  let tree: Tree = { vars: ['$'], rangeDepth: 0 };

  const itemList = (): [Node[], Node] => {
    const list: Node[] = [];
    while (peekNonSpace().type !== 'eof') {
      const n = textOrAction();
      if (n.kind === 'end' || n.kind === 'else') return [list, n];
      list.push(n);
    }
    return fail('unexpected EOF', peek());
  };

  const textOrAction = (): Node => {
    const t = nextNonSpace();
    switch (t.type) {
      case 'text': return { kind: 'text', text: t.val, pos: t.pos };
      // an {{end}} or {{else}} out of place is named by where its action starts
      case 'leftDelim': return { ...action(), pos: t.pos };
      case 'comment': return { kind: 'comment', pos: t.pos };
      default: return unexpected(t, 'input');
    }
  };

  const action = (): Node => {
    const t = nextNonSpace();
    switch (t.type) {
      case 'block': return blockControl(t);
      case 'break':
      case 'continue': {
        const name = t.type;
        const after = nextNonSpace();
        if (after.type !== 'rightDelim') unexpected(after, `{{${name}}}`);
        if (tree.rangeDepth === 0) fail(`{{${name}}} outside {{range}}`, t);
        return { kind: 'action', pos: t.pos };
      }
      case 'else': {
        const p = peekNonSpace();
        if (p.type === 'if' || p.type === 'with') return { kind: 'else', pos: p.pos };
        expect('rightDelim', 'else');
        return { kind: 'else', pos: t.pos };
      }
      case 'end':
        expect('rightDelim', 'end');
        return { kind: 'end', pos: t.pos };
      case 'if':
      case 'range':
      case 'with':
        return parseControl(t.type);
      case 'template': {
        const name = nextNonSpace();
        templateName(name, 'template clause');
        if (nextNonSpace().type !== 'rightDelim') {
          backup();
          pipeline('template clause', 'rightDelim');
        }
        return { kind: 'template', pos: t.pos };
      }
    }
    backup();
    pipeline('command', 'rightDelim');
    return { kind: 'action', pos: t.pos };
  };

  const templateName = (t: Item, context: string): string => {
    if (t.type !== 'string' && t.type !== 'rawString') unexpected(t, context);
    if (!unquoteOK(t.val)) fail('invalid syntax', t);
    return t.val;
  };

  const parseControl = (context: 'if' | 'range' | 'with'): Node => {
    const depth = tree.vars.length;
    const start = item(i - 1);
    pipeline(context, 'rightDelim');
    if (context === 'range') tree.rangeDepth++;
    let [, nextNode] = itemList();
    if (context === 'range') tree.rangeDepth--;
    if (nextNode.kind === 'else') {
      // {{else if}} / {{else with}}: Go takes these after if and with only (and else with from 1.23); any is taken here
      const chained = peek().type;
      if (chained === 'if' || chained === 'with') {
        next();
        parseControl(chained);
      } else {
        [, nextNode] = itemList();
        if (nextNode.kind !== 'end') fail(`expected end; found ${nodeString(nextNode)}`, nextNode);
      }
    }
    tree.vars.length = depth;
    return { kind: 'control', pos: start.pos };
  };

  const blockControl = (t: Item): Node => {
    const context = 'block clause';
    const nameItem = nextNonSpace();
    const name = templateName(nameItem, context);
    pipeline(context, 'rightDelim');
    const outer = tree;
    tree = { vars: ['$'], rangeDepth: 0 };
    const [body, end] = itemList();
    if (end.kind !== 'end') fail(`unexpected ${nodeString(end)} in ${context}`, end);
    addTree(unquoted(name), body, nameItem);
    tree = outer;
    return { kind: 'template', pos: t.pos };
  };

  const parseDefinition = () => {
    const context = 'define clause';
    const nameItem = nextNonSpace();
    if (nameItem.type !== 'string' && nameItem.type !== 'rawString') unexpected(nameItem, context);
    if (!unquoteOK(nameItem.val)) fail('invalid syntax', nameItem);
    expect('rightDelim', context);
    const outer = tree;
    tree = { vars: ['$'], rangeDepth: 0 };
    const [body, end] = itemList();
    if (end.kind !== 'end') fail(`unexpected ${nodeString(end)} in ${context}`, end);
    addTree(unquoted(nameItem.val), body, nameItem);
    tree = outer;
  };

  const pipeline = (context: string, end: ItemType): void => {
    const cmds: Node[][] = [];
    let decls = 0;
    for (;;) {
      const v = peekNonSpace();
      if (v.type !== 'variable') break;
      const at = i;
      next();
      const afterVariable = peek();
      const following = peekNonSpace();
      if (following.type === 'assign' || following.type === 'declare') {
        nextNonSpace();
        decls++;
        tree.vars.push(v.val);
        break;
      }
      if (following.type === 'char' && following.val === ',') {
        nextNonSpace();
        decls++;
        tree.vars.push(v.val);
        if (context === 'range' && decls < 2) {
          const p = peekNonSpace().type;
          if (p === 'variable' || p === 'rightDelim' || p === 'rightParen') continue;
          fail('range can only initialize variables', peekNonSpace());
        }
        fail(`too many declarations in ${context}`, following);
      }
      // "$x foo" or "$x": an argument, not a declaration
      void afterVariable;
      i = at;
      break;
    }
    for (;;) {
      const t = nextNonSpace();
      if (t.type === end) {
        if (cmds.length === 0) fail(`missing value for ${context}`, t);
        cmds.slice(1).forEach((c, k) => {
          if (['bool', 'dot', 'nil', 'number', 'string'].includes(c[0].kind)) fail(`non executable command in pipeline stage ${k + 2}`, t);
        });
        return;
      }
      switch (t.type) {
        case 'bool': case 'charConstant': case 'complex': case 'dot': case 'field': case 'identifier':
        case 'number': case 'nil': case 'rawString': case 'string': case 'variable': case 'leftParen':
          backup();
          cmds.push(command());
          continue;
        default:
          unexpected(t, context);
      }
    }
  };

  const command = (): Node[] => {
    const args: Node[] = [];
    for (;;) {
      peekNonSpace();
      const o = operand();
      if (o) args.push(o);
      const t = next();
      if (t.type === 'space') continue;
      if (t.type === 'rightDelim' || t.type === 'rightParen') backup();
      else if (t.type !== 'pipe') unexpected(t, 'operand');
      break;
    }
    if (args.length === 0) fail('empty command');
    return args;
  };

  const operand = (): Node | undefined => {
    let node = term();
    if (!node) return undefined;
    if (peek().type === 'field') {
      while (peek().type === 'field') next();
      if (node.kind === 'field' || node.kind === 'variable') node = { kind: node.kind, pos: node.pos };
      else if (['bool', 'string', 'number', 'nil', 'dot'].includes(node.kind)) fail(`unexpected . after term ${goQuote(node.text ?? '')}`, item(i - 1));
      else node = { kind: 'chain', pos: node.pos };
    }
    return node;
  };

  const term = (): Node | undefined => {
    const t = nextNonSpace();
    switch (t.type) {
      case 'identifier':
        if (!known.has(t.val)) fail(`function ${goQuote(t.val)} not defined`, t);
        return { kind: 'identifier', pos: t.pos, text: t.val };
      case 'dot': return { kind: 'dot', pos: t.pos, text: '.' };
      case 'nil': return { kind: 'nil', pos: t.pos, text: 'nil' };
      case 'variable':
        if (!tree.vars.includes(t.val)) fail(`undefined variable ${goQuote(t.val)}`, t);
        return { kind: 'variable', pos: t.pos, text: t.val };
      case 'field': return { kind: 'field', pos: t.pos, text: t.val };
      case 'bool': return { kind: 'bool', pos: t.pos, text: t.val };
      case 'charConstant': case 'complex': case 'number': {
        const problem = numberProblem(t.val, t.type);
        if (problem) fail(problem, t);
        return { kind: 'number', pos: t.pos, text: t.val };
      }
      case 'leftParen':
        pipeline('parenthesized pipeline', 'rightParen');
        return { kind: 'pipe', pos: t.pos };
      case 'string': case 'rawString':
        if (!unquoteOK(t.val)) fail('invalid syntax', t);
        return { kind: 'string', pos: t.pos, text: t.val };
    }
    backup();
    return undefined;
  };

  try {
    // parse(): {{define}} only at the top level
    const root: Node[] = [];
    while (peek().type !== 'eof') {
      if (peek().type === 'leftDelim') {
        const delim = i;
        next();
        if (nextNonSpace().type === 'define') {
          parseDefinition();
          continue;
        }
        i = delim;
      }
      const n = textOrAction();
      if (n.kind === 'end' || n.kind === 'else') fail(`unexpected ${nodeString(n)}`, n);
      root.push(n);
    }
    addTree('body', root, peek());
    return undefined;
  } catch (e) {
    if (e instanceof Fail) return { message: e.message, offset: e.offset };
    throw e;
  }
}

function nodeString(n: Node): string {
  return n.kind === 'end' ? '{{end}}' : n.kind === 'else' ? '{{else}}' : n.kind;
}

function isEmptyList(nodes: readonly Node[]): boolean {
  return nodes.every((n) => n.kind === 'comment' || (n.kind === 'text' && (n.text ?? '').trim() === ''));
}

function unquoted(lit: string): string {
  if (lit.startsWith('`')) return lit.slice(1, -1);
  try {
    return JSON.parse(lit) as string;
  } catch {
    return lit;
  }
}
