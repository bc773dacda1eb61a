// Screenshots of the add-article review with real articles, for a person to look at:
// `npm run build && npx tsx e2e/look-review-real.ts [out-dir] --dir=<folder of .txt> --files=a,b,c`.
// The articles are third-party text kept outside the repository (local-articles/, git-ignored): the
// script reads them from the folder given and pastes each, at 1440×900 and 390×844, in Chinese and
// English, and screenshots the review from its top down to its end, a screen at a time.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { lookAt } from './driver';

await lookAt(async ({ out, args, open }) => {
  const arg = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const dir = arg('dir') ?? 'local-articles/tuning';
  const files = (arg('files') ?? '').split(',').filter(Boolean);
  const maxShots = Number(arg('max') ?? 8);
  for (const file of files) {
    const text = readFileSync(join(dir, file.endsWith('.txt') ? file : `${file}.txt`), 'utf8');
    const name = basename(file, '.txt').slice(0, 12);
    for (const [size, viewport, touch] of [
      ['desktop', { width: 1440, height: 900 }, false],
      ['phone', { width: 390, height: 844 }, true],
    ] as const) {
      for (const lang of ['zh', 'en'] as const) {
        const atlas = await open(lang === 'en' ? '?lang=en' : '', { viewport, touch });
        const { page } = atlas;
        await page.getByTestId('add-article-open').click();
        await page.getByTestId('article-text').fill(text);
        if (!(await page.getByTestId('article-title').inputValue())) await page.getByTestId('article-title').fill('look');
        await page.getByTestId('read-article').click();
        await page.getByTestId('article-review').waitFor();
        const count = await page.getByTestId('proposal').count();
        console.log(file, size, lang, 'proposals:', count);
        // Scroll what holds the proposals (the list beside the text, or the dialog on a phone) a screen at a time.
        for (let i = 0; i < maxShots; i++) {
          await page.screenshot({ path: join(out, `${name}-${size}-${lang}-${i}.png`) });
          // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
          const moved = await page.evaluate(`(() => {
            const ok = (e) => e.scrollHeight > e.clientHeight + 4 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowY);
            let s = document.querySelector('.review-list') ?? document.querySelector('[data-testid="add-article"]');
            while (s && !ok(s)) s = s.parentElement;
            if (!s) return false;
            const before = s.scrollTop;
            s.scrollTop += s.clientHeight * 0.8;
            return s.scrollTop !== before;
          })()`);
          if (!moved) break;
        }
        // The sure ones accepted at once, then the next one left to review.
        if (await page.getByTestId('accept-sure').count()) {
          await page.getByTestId('accept-sure').click();
          await page.getByTestId('next-pending').click();
          await page.screenshot({ path: join(out, `${name}-${size}-${lang}-next.png`) });
        }
        // Working on the last proposal brings its sentence into view in the text.
        if (count > 1) {
          await page.getByTestId('proposal').last().getByTestId('proposal-title-zh').focus();
          await page.screenshot({ path: join(out, `${name}-${size}-${lang}-last.png`) });
        }
        await atlas.close();
      }
    }
  }
});
