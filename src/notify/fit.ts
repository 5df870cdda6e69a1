// Fitting lists of lines into fixed-size boxes (Discord fields, Slack sections): as many whole lines as fit,
// then "… and N more" so that readers know something was left out.

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "3 distinct claims in 2 kinds" */
export function digestSummary(lines: number, kinds: number): string {
  return `${plural(lines, 'distinct claim')} in ${plural(kinds, 'kind')}.`;
}

export function moreLabel(n: number, noun = ''): string {
  return `… and ${n} more${noun ? ` ${noun}` : ''}`;
}

/**
 * Joins lines with `sep` into at most `max` characters. Lines are taken whole, in order; when some do not fit,
 * the last line says how many were left out (`extraHidden` adds items that were never passed in).
 * A single line longer than the box is cut by `cut` (which must honour its max).
 */
export function fitLines(
  lines: readonly string[],
  max: number,
  opts: { sep?: string; cut: (line: string, max: number) => string; noun?: string; extraHidden?: number },
): string {
  const sep = opts.sep ?? '\n';
  const extra = opts.extraHidden ?? 0;
  const out: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const hidden = lines.length - i - 1 + extra;
    // Room needed after this line for the "… and N more" note, if anything will be left out.
    const reserve = hidden > 0 ? sep.length + moreLabel(lines.length - i + extra, opts.noun).length : 0;
    const add = (out.length ? sep.length : 0) + line.length;
    if (used + add + reserve <= max) {
      out.push(line);
      used += add;
      continue;
    }
    if (out.length === 0) {
      // Not even the first line fits whole: cut it, leaving room for the note.
      const note = hidden > 0 ? sep + moreLabel(hidden, opts.noun) : '';
      const first = opts.cut(line, Math.max(0, max - note.length));
      return (first + note).slice(0, max);
    }
    const note = moreLabel(lines.length - i + extra, opts.noun);
    return [...out, note].join(sep).slice(0, max);
  }
  if (extra > 0) {
    const note = moreLabel(extra, opts.noun);
    if (used + sep.length + note.length <= max) return [...out, note].join(sep);
    // Drop lines from the end until the note fits.
    while (out.length && out.join(sep).length + sep.length + moreLabel(extra + 1, opts.noun).length > max) out.pop();
    return [...out, moreLabel(lines.length - out.length + extra, opts.noun)].join(sep).slice(0, max);
  }
  return out.join(sep);
}
