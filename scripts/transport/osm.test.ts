import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import { assemble, cutBetween, loadOsm } from './osm';
import { OSM_DIR } from './build';

describe('OSM tracks', () => {
  it('joins pieces end to start, turning each as needed, and refuses pieces that do not meet', () => {
    expect(assemble([[[0, 0], [0, 1]], [[0, 2], [0, 1]], [[0, 2], [0, 3]]])).toEqual([[0, 0], [0, 1], [0, 2], [0, 3]]);
    expect(assemble([[[0, 1], [0, 0]], [[0, 1], [0, 2]]])).toEqual([[0, 0], [0, 1], [0, 2]]);
    expect(() => assemble([[[0, 0], [0, 1]], [[1, 1], [1, 2]]])).toThrow(/km from the pieces before/);
  });

  it('cuts a track between the points nearest two stations, in the order asked', () => {
    const track = [[0, 0], [0, 1], [0, 2], [0, 3]];
    expect(cutBetween(track, [0.001, 0.5], [0, 2.5]).coordinates).toEqual([[0, 0.5], [0, 1], [0, 2], [0, 2.5]]);
    expect(cutBetween(track, [0, 2.5], [0, 0.5]).coordinates).toEqual([[0, 2.5], [0, 2], [0, 1], [0, 0.5]]);
  });

  it('cleans the defects the OSM README lists', () => {
    const { tracks, stations } = loadOsm(OSM_DIR);
    const cdEast = stations.get('成都东')!;
    // The approach patch 4.7 km SSW of 成都东 is gone from both ends it sat on.
    expect(distance(tracks.get('railvista:chengyu')![0]!, [104.120906, 30.59167])).toBeGreaterThan(0.3);
    expect(distance(tracks.get('railvista:xicheng')!.at(-1)!, cdEast)).toBeLessThan(0.2);
    // 成贵 never goes out and comes back to a point it has passed (the spike at its start).
    const c = tracks.get('railvista:chenggui')!;
    for (let i = 0; i < c.length; i++)
      for (let k = i + 2; k <= i + 3 && k < c.length; k++) expect(distance(c[i]!, c[k]!), `vertices ${i} and ${k}`).toBeGreaterThan(0.01);
    // 成遂渝 runs from 成都东 to 重庆北.
    const csy = tracks.get('raymond:chengsuiyu')!;
    expect(distance(csy[0]!, cdEast)).toBeLessThan(0.2);
    expect(distance(csy.at(-1)!, stations.get('重庆北')!)).toBeLessThan(1);
  });
});
