// The demo's sample feeds and articles (demo/samples.yaml), validated, with dates made relative to now.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { UserError } from '../shared/errors.js';
import { formatIssues } from '../config/load.js';

const samplesSchema = z.object({
  feeds: z.array(
    z.object({ id: z.string(), name: z.string(), language: z.string().length(2), summaryOnly: z.boolean() }).strict(),
  ),
  articles: z.array(
    z
      .object({
        slug: z.string().regex(/^[a-z0-9-]+$/),
        feed: z.string(),
        hoursAgo: z.number().nonnegative(),
        title: z.string(),
        body: z.array(z.string()).min(1),
      })
      .strict(),
  ),
});

export type Samples = z.infer<typeof samplesSchema>;
export type SampleArticle = Samples['articles'][number];

export function loadSamples(file: string): Samples {
  const r = samplesSchema.safeParse(parseYaml(readFileSync(file, 'utf8')));
  if (!r.success) throw new UserError(formatIssues(file, r.error.issues));
  for (const a of r.data.articles) {
    if (!r.data.feeds.some((f) => f.id === a.feed)) throw new UserError(`${file}: article ${a.slug} names unknown feed ${a.feed}`);
  }
  return r.data;
}
