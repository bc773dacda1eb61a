// Screenshots of how a new area's agreements are credited (渝北区 in 两江新区, 仁寿县 in 天府新区):
// `npx tsx e2e/look-new-area.ts [out-dir]` (the district panels, the count map, both languages).
import { join } from 'node:path';
import { lookAt, settle } from './driver';

await lookAt(async ({ out, open }) => {
  for (const lang of ['zh', 'en']) {
    for (const [name, query] of [
      ['yubei', `?lang=${lang}&sel=d:500112`],
      ['renshou', `?lang=${lang}&sel=d:511421`],
      ['count', `?lang=${lang}&mode=choropleth`],
    ] as const) {
      const a = await open(query, { viewport: { width: 1440, height: 900 } });
      await settle(a.page);
      await a.page.screenshot({ path: join(out, `${lang}-${name}.png`) });
    }
  }
});
