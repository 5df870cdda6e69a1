// HTML → plain text with paragraphs separated by blank lines, by walking a linkedom DOM (no regex
// stripping: entities, CDATA and odd markup are the parser's job). Used for feed summaries and for the
// article body Readability extracts.
import { parseHTML } from 'linkedom';

/** Elements whose boundaries end a paragraph. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'body', 'html', 'center',
]);
/** Elements whose content is never article text. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'math', 'head', 'object', 'embed', 'canvas',
  'select', 'button', 'textarea', 'video', 'audio', 'picture', 'source',
]);

interface DomNode {
  nodeType: number;
  nodeValue?: string | null;
  localName?: string;
  childNodes: ArrayLike<DomNode>;
}

/** Plain text of a DOM node: blocks become paragraphs, <br> a line break, whitespace collapsed. */
export function nodeToText(root: unknown): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const p = current
      .split('\n')
      .map((line) => line.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
      .filter((line) => line !== '')
      .join('\n');
    if (p !== '') paragraphs.push(p);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += (node.nodeValue ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = (node.localName ?? '').toLowerCase();
    if (SKIP.has(tag)) return;
    if (tag === 'br') {
      current += '\n';
      return;
    }
    const block = BLOCK.has(tag) || tag === 'td' || tag === 'th';
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i] as DomNode);
    if (tag === 'td' || tag === 'th') current += ' ';
    else if (block) flush();
  };
  walk(root as DomNode);
  flush();
  return paragraphs.join('\n\n');
}

/** Text of an HTML fragment (a feed summary or content:encoded). */
export function htmlFragmentToText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/[ \t\r\f\v]+/g, ' ').replace(/\s*\n\s*\n\s*/g, '\n\n').trim();
  const text = fragmentText(html);
  // Double-escaped markup (&lt;p&gt;…) comes out as literal tags: read it once more.
  return !/<[a-z]/i.test(html) && /<\/?[a-z][a-z0-9]*[\s>/]/i.test(text) ? fragmentText(text) : text;
}

function fragmentText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return nodeToText(document.body);
}
