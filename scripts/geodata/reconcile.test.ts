import { describe, expect, it } from 'vitest';
import { reconcile, ReconcileError, type CurrentUnit } from './reconcile';

const unit = (code: string, name: string): CurrentUnit => ({ code, name, cityCode: code.slice(0, 4), provinceCode: code.slice(0, 2) });

const current = [
  unit('510104', '锦江区'),
  unit('510118', '新津区'),
  unit('510185', '简阳市'),
  unit('511504', '叙州区'),
  unit('500155', '梁平区'),
];

describe('reconcile', () => {
  it('matches exact, re-coded, re-suffixed and renamed units, each by its rule', () => {
    const m = reconcile(
      [
        { code: '510104', name: '锦江区' },
        { code: '510132', name: '新津县' },
        { code: '510180', name: '简阳市' },
        { code: '511521', name: '宜宾县' },
        { code: '500228', name: '梁平县' },
      ],
      current,
    );
    expect(m.map((x) => [x.source.code, x.current.code, x.rule])).toEqual([
      ['500228', '500155', 'stem'],
      ['510104', '510104', 'exact'],
      ['510132', '510118', 'stem'],
      ['510180', '510185', 'same-name'],
      ['511521', '511504', 'rename'],
    ]);
  });

  it('fails loudly, naming every leftover and unmatched unit', () => {
    try {
      reconcile([{ code: '510104', name: '锦江区' }, { code: '519999', name: '虚构县' }], current);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ReconcileError);
      const msg = (e as ReconcileError).message;
      expect(msg).toContain('no current unit for source 519999 虚构县');
      expect(msg).toContain('current unit 510118 新津区 has no polygon');
      expect((e as ReconcileError).problems).toHaveLength(5);
    }
  });

  it('refuses two polygons for one unit', () => {
    expect(() =>
      reconcile(
        [
          { code: '510104', name: '锦江区' },
          { code: '510104', name: '锦江区' },
        ],
        [unit('510104', '锦江区')],
      ),
    ).toThrow(/matched twice/);
  });
});
