import { describe, expect, it } from 'vitest';
import { en, zh } from './local';

describe('the add-article wording', () => {
  it('counts a short article in characters and a long one in thousands, never 0 / 0', () => {
    expect(zh.local.progress(120, 300)).toBe('已读 40%（120 / 300 字符）');
    expect(en.local.progress(120, 300)).toBe('Read 40% (120 / 300 characters)');
    expect(zh.local.progress(0, 0)).toBe('已读 0%');
    expect(en.local.progress(0, 0)).toBe('Read 0%');
    expect(zh.local.progress(12_400, 250_000)).toBe('已读 5%（12 / 250 千字符）');
    for (const s of [zh, en]) for (const [d, t] of [[0, 0], [0, 40], [3, 999], [0, 12_000]] as const) expect(s.local.progress(d, t)).not.toMatch(/\b0 \/ 0\b/u);
  });

  it('says in one language what keeps an accepted agreement from being kept, and what to do', () => {
    expect(zh.local.invalid({ title: '永荣合作（人工添加）', missing: 'parties' })).toBe('“永荣合作（人工添加）”还没有参与方：请添加参与方，或拒绝它。');
    expect(en.local.invalid({ title: '永荣合作（人工添加）', missing: 'parties' })).toBe('"永荣合作（人工添加）" has no party yet: add its parties, or reject it.');
    expect(zh.local.invalid({ title: 'x', missing: 'fields', fields: ['date', 'kind'] })).toBe('有一项协议不完整：“x”（date、kind）。');
  });

  it('says plainly when nothing was found, and that the article can still be kept or an agreement marked by hand', () => {
    expect(zh.local.reviewIntro(0)).toContain('没有找到');
    expect(zh.local.reviewIntro(0)).toContain(zh.local.fromSelection);
    expect(zh.local.reviewIntro(0)).toContain('不带协议');
    expect(en.local.reviewIntro(0)).toMatch(/found no agreement/u);
    expect(en.local.reviewIntro(0)).toContain(en.local.fromSelection);
    expect(zh.local.reviewIntro(3)).toContain('找到 3 项');
    expect(zh.local.save(0)).not.toMatch(/0/u);
    expect(en.local.save(0)).toMatch(/no agreement/u);
    expect(zh.local.save(2)).toContain('2');
    expect(zh.local.saved('标题', 0)).not.toMatch(/0/u);
    expect(en.local.saved('Title', 0)).toMatch(/no agreement/u);
  });

  it('names a missing date as such, pointing at where to set it', () => {
    expect(zh.local.noDate).toContain('日期不详');
    expect(en.local.noDate).toContain('"Date unknown"');
  });

  it('counts in English with the right number, and calls them agreements as everywhere else', async () => {
    const team = await import('./team');
    expect(en.local.saved('T', 1)).toBe('Saved "T" with 1 agreement.');
    expect(en.local.saved('T', 3)).toBe('Saved "T" with 3 agreements.');
    expect(team.en.team.saved('T', 1)).toBe('Saved on the team server: "T" with 1 agreement.');
    expect(en.local.agreementsCount(1)).toBe('1 agreement');
    expect(en.local.imported(1, 0)).toBe('Imported 1 article.');
    expect(en.local.confirmRemove('T', 1)).toContain('its 1 agreement?');
    // A sentence added after another: a space in English, none after a Chinese 。.
    expect(zh.local.saved('T', 2) + zh.local.savedJoined(2)).toBe('已保存《T》及其 2 项协议。其中 2 项本图已有，本文已作为又一篇报道并入。');
    expect(en.local.saved('T', 3) + en.local.savedJoined(2)).toBe('Saved "T" with 3 agreements. 2 of them the atlas already had: this article is now one more report of them.');
    expect(zh.local.confirmRemove('T', 2) + zh.local.removeKeeps(1)).toMatch(/请先导出）。其中 1 项另有文章报道/u);
    expect(en.local.reviewIntro(1)).toContain('found 1 agreement.');
    expect(en.local.reviewIntro(2)).toContain('found 2 agreements.');
    expect(en.local.reviewIntro(2)).not.toMatch(/acts/u);
    expect(zh.local.reviewIntro(2)).toContain('找到 2 项合作协议');
  });
});
