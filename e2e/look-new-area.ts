// Screenshots of how a new area's agreements are credited (渝北区 in 两江新区, 仁寿县 in 天府新区):
// `npx tsx e2e/look-new-area.ts [out-dir]` (the district panels, the count map, both languages; the
// GeoJSON of the 2020–2021 governance agreements, with its lines per agreement printed).
import { readFileSync } from 'node:fs';
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
  const t = await open('?lang=zh&panel=table&fd=governance&fy=2020-2021', { viewport: { width: 1440, height: 900 } });
  await settle(t.page);
  const [d] = await Promise.all([t.page.waitForEvent('download'), t.page.getByTestId('export-geojson').click()]);
  const file = join(out, d.suggestedFilename());
  await d.saveAs(file);
  const lines = (JSON.parse(readFileSync(file, 'utf8')) as GeoJSON.FeatureCollection).features.filter((f) => f.properties!.layer === 'agreement');
  const per = new Map<string, number>();
  for (const f of lines) per.set(String(f.properties!.id), (per.get(String(f.properties!.id)) ?? 0) + 1);
  console.log(`${lines.length} agreement features for ${per.size} agreements; most lines for one: ${Math.max(...per.values())}`);
});
