// Titles arrive with markup and entities (Atom type="html", double-escaped RSS): reduce them to plain text.
// Kept small and local because feeds/ may not import articles/ (data flows one way).

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', laquo: '«', raquo: '»', middot: '·',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ent: string) => {
    if (ent[0] === '#') {
      const cp = ent[1] === 'x' || ent[1] === 'X' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : whole;
    }
    return NAMED[ent.toLowerCase()] ?? whole;
  });
}

/** Plain one-line text: tags removed, entities decoded once, whitespace collapsed. */
export function plainTitle(s: string | undefined): string {
  if (!s) return '';
  let t = s;
  if (t.includes('<')) t = t.replace(/<!\[CDATA\[|\]\]>/g, '').replace(/<\/?[A-Za-z][^<>]{0,500}>/g, '');
  if (t.includes('&')) t = decodeEntities(t);
  return t.replace(/\s+/g, ' ').trim();
}
