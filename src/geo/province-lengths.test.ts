import { describe, expect, it } from 'vitest';
import { provinceLengths, roundToTotal } from './province-lengths';

const SC = '510000';
const CQ = '500000';
const measured = new Map([
  [SC, 184.4],
  [CQ, 115.2],
]);

describe('lengths per province', () => {
  it('splits a total into whole numbers that add up to it', () => {
    expect(roundToTotal([184.4, 115.2], 292)).toEqual([180, 112]);
    expect(roundToTotal([1, 1, 1], 100)).toEqual([34, 33, 33]);
    expect(roundToTotal([0, 0], 10)).toEqual([0, 0]);
  });

  it('shows the figures a source gives, not the drawn line’s, and says which province no source gives', () => {
    const out = provinceLengths({ accuracy: 'schematic', length_km: 50, length_by_province: { [SC]: { km: 18.77 }, [CQ]: { km: 31, approx: true } } }, new Map([[SC, 35], [CQ, 53]]), 0);
    expect(out).toEqual({
      shown: 'sourced',
      rows: [
        { province: SC, basis: 'sourced', km: 18.77, approx: false },
        { province: CQ, basis: 'sourced', km: 31, approx: true },
      ],
    });
    const partial = provinceLengths({ accuracy: 'schematic', length_km: null, length_by_province: { [SC]: { km: 173 } } }, new Map([[SC, 150], [CQ, 80]]), 3);
    expect(partial.shown === 'sourced' && partial.rows.map((r) => [r.province, r.basis])).toEqual([[SC, 'sourced'], [CQ, 'unsourced'], ['outside', 'unsourced']]);
  });

  it('splits the sourced total by the drawn share of a line drawn station to station, so the rows add up to it', () => {
    const out = provinceLengths({ accuracy: 'approximate', length_km: 292 }, measured, 0);
    expect(out).toEqual({ shown: 'scaled', rows: [{ province: SC, basis: 'scaled', km: 180 }, { province: CQ, basis: 'scaled', km: 112 }] });
  });

  it('gives only a share of a line drawn station to station whose length no source gives', () => {
    expect(provinceLengths({ accuracy: 'approximate', length_km: null }, measured, 0)).toEqual({
      shown: 'share',
      rows: [{ province: SC, basis: 'share', percent: 62 }, { province: CQ, basis: 'share', percent: 38 }],
    });
  });

  it('measures a traced track when no total is sourced, and counts what lies beyond both provinces', () => {
    expect(provinceLengths({ accuracy: 'traced', length_km: null }, measured, 40.6)).toEqual({
      shown: 'measured',
      rows: [{ province: SC, basis: 'measured', km: 184 }, { province: CQ, basis: 'measured', km: 115 }, { province: 'outside', basis: 'measured', km: 41 }],
    });
  });

  it('states nothing per province of a schematic line no source splits, whatever it measures', () => {
    expect(provinceLengths({ accuracy: 'schematic', length_km: 50 }, new Map([[SC, 35], [CQ, 53]]), 0)).toEqual({ shown: 'none', reason: 'schematic' });
    expect(provinceLengths({ accuracy: 'schematic', length_km: null }, new Map([[SC, 35]]), 0)).toEqual({ shown: 'none', reason: 'schematic' });
  });

  it('leaves out a border’s width of a province', () => {
    const out = provinceLengths({ accuracy: 'traced', length_km: null }, new Map([[SC, 100], [CQ, 0.4]]), 0.2);
    expect(out.shown === 'measured' && out.rows.map((r) => r.province)).toEqual([SC]);
  });
});
