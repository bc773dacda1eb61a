import { describe, expect, it } from 'vitest';
import rail from '../../geodata/transport/rail.geojson?raw';
import network from '../../geodata/transport/network.geojson?raw';
import hubs from '../../geodata/transport/hubs.geojson?raw';
import { mentionsOf } from './mentions';

const TEXTS = import.meta.glob('../../seeds/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const articles = Object.entries(TEXTS).map(([path, text]) => ({ file: path.split('/').pop()!, text }));
type Props = { id: string; name_zh: string; aliases?: string[] };
const features = [rail, network, hubs].flatMap((f) => (JSON.parse(f) as { features: { properties: Props }[] }).features.map((x) => x.properties));
const quotes = (id: string) => {
  const p = features.find((f) => f.id === id)!;
  return mentionsOf([p.name_zh, ...(p.aliases ?? [])], articles).map((m) => `${m.article.slice(0, 3)} ${m.quote.replace(/\s+/gu, '')}`);
};

describe('articles that mention a feature, in the real seed articles', () => {
  it('成渝中线高铁: the 2020-12 meeting documents and the transport plan', () => {
    const q = quotes('chengyu-zhongxian-hsr');
    expect(q).toHaveLength(2);
    expect(q).toEqual(expect.arrayContaining([expect.stringMatching(/^001 .*明确了成渝中线高铁、成达万高铁等重大基础设施项目/u), expect.stringMatching(/^001 .*尽快启动成渝中线等高铁建设/u)]));
  });

  it('成达万高铁: in articles 001 and 003', () => {
    const q = quotes('chengdawan-hsr');
    expect(q.map((x) => x.slice(0, 3)).sort()).toEqual(['001', '003']);
    expect(q[1]).toContain('加快推进成达万高铁、渝昆高铁建设');
  });

  it('果园港: the port alliance, the 邻水 dry port and the trains, all from 003 and 004', () => {
    const q = quotes('guoyuan-port');
    expect(q.every((x) => /^00[34] /u.test(x))).toBe(true);
    expect(q).toEqual(expect.arrayContaining([expect.stringContaining('建立邻水港与果园港国家物流枢纽联动机制'), expect.stringContaining('共同打造长江上游港口联盟')]));
  });

  it('西部陆海新通道: the 2020-11 joint meeting and the distribution centres', () => {
    const q = quotes('corridor-central');
    expect(q).toEqual(expect.arrayContaining([expect.stringContaining('西部陆海新通道国际招商合作联席会议第一次会在重庆举行'), expect.stringContaining('西部陆海新通道已在四川达州、遂宁、南充等地设立了区域集散分拨中心')]));
  });
});
