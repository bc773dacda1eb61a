import { describe, expect, it } from 'vitest';
import { NEW_AREAS } from '../agreements/new-areas';
import { searchNewAreas } from './new-area-search';

const ids = (q: string) => searchNewAreas(NEW_AREAS, q).map((a) => a.id);

describe('searchNewAreas', () => {
  it('finds a new area by any name the articles use, its pinyin or its English name', () => {
    for (const q of ['两江新区', '重庆两江新区', 'liangjiang', 'Liǎngjiāng Xīnqū', 'liangjiang xinqu', 'Liangjiang New Area']) expect(ids(q)[0], q).toBe('liangjiang');
    expect(ids('天府新区')[0]).toBe('tianfu');
    expect(ids('Tianfu')[0]).toBe('tianfu');
    expect(ids('高竹')).toEqual(['gaozhu']);
    expect(ids('高新区')).toEqual(expect.arrayContaining(['chongqing-hi-tech', 'chengdu-hi-tech', 'ziyang-hi-tech']));
  });

  it('puts an exact name before a name that only starts with the query', () => {
    expect(ids('科学城')[0]).toBe('science-city-chongqing'); // 科学城 is a name of 西部（重庆）科学城
  });

  it('lists nothing for an empty or one-character query, or a district', () => {
    for (const q of ['', ' ', '区', '新', '大足区', 'dazu']) expect(ids(q), q).toEqual([]);
  });
});
