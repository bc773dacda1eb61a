import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinedBreaks, pieces } from './reflow';

const shown = (text: string) => pieces(text, 0, text.length, joinedBreaks(text)).map((p) => p.text).join('');

/** A column-set article: lines of about 16 characters broken mid-sentence, as the print has them. */
const COLUMNS = [
  '成渝多部门携手共建',
  '',
  '重庆日报：产业，是推动成渝地区双城',
  '经济圈建设的重要支撑，加快现代产业',
  '体系建设，我们接下来将如何发力呢？',
  '',
  '董建国：市发展改革委将联合四川省发',
  '展改革委，立足市场需求和两地各自比',
  '较优势，因地制宜选择产业项目，加大',
  '协作配套力度，大力推进特色优势产业',
  '发展，培育新的经济增长点和新动能。',
  '同时，我们将着力推动服务业高质量发',
  '',
  '展，紧扣推动成渝地区双城经济圈建设。',
  '',
  '此外，我们还将积极培育大健康产业集',
  '群，构建从源头创新到产业化全链条的',
  '新药研发生产体系，大力发展中医药。',
  '',
  '记者 张三 李四',
  '重庆日报首席记者 王五',
].join('\n');

describe('reflow', () => {
  it('joins the lines of a paragraph the print broke, and keeps blank lines, headings, bylines and breaks after a sentence', () => {
    expect(shown(COLUMNS)).toBe(
      [
        '成渝多部门携手共建',
        '',
        '重庆日报：产业，是推动成渝地区双城经济圈建设的重要支撑，加快现代产业体系建设，我们接下来将如何发力呢？',
        '',
        '董建国：市发展改革委将联合四川省发展改革委，立足市场需求和两地各自比较优势，因地制宜选择产业项目，加大协作配套力度，大力推进特色优势产业发展，培育新的经济增长点和新动能。',
        // A break after a sentence end stays; the column broken across a blank line is joined.
        '同时，我们将着力推动服务业高质量发展，紧扣推动成渝地区双城经济圈建设。',
        '',
        '此外，我们还将积极培育大健康产业集群，构建从源头创新到产业化全链条的新药研发生产体系，大力发展中医药。',
        '',
        '记者 张三 李四',
        '重庆日报首席记者 王五',
      ].join('\n'),
    );
  });

  it('shows only slices of the original text, so every offset still indexes the file', () => {
    const gaps = joinedBreaks(COLUMNS);
    for (const p of pieces(COLUMNS, 0, COLUMNS.length, gaps)) expect(p.text).toBe(COLUMNS.slice(p.start, p.end));
    // A part of the text (a highlighted agreement) crossing a joined break is cut at it.
    const from = COLUMNS.indexOf('加快现代产业');
    const to = COLUMNS.indexOf('我们接下来');
    const part = pieces(COLUMNS, from, to, gaps);
    expect(part.map((p) => p.text).join('')).toBe('加快现代产业体系建设，');
    expect(part[0]!.start).toBe(from);
    expect(part.at(-1)!.end).toBe(to);
  });

  it('puts a space where two Latin words meet at a joined break, standing for the break itself', () => {
    const lines = Array.from({ length: 10 }, (_, i) => `line ${i} of a paragraph set in narrow`).join('\n');
    const gaps = joinedBreaks(lines);
    expect(gaps).toHaveLength(9);
    const ps = pieces(lines, 0, lines.length, gaps);
    expect(ps.map((p) => p.text).join('')).toBe(lines.replaceAll('\n', ' '));
    for (const p of ps.filter((x) => x.text === ' ' && lines[x.start] === '\n')) expect(p.end - p.start).toBe(1);
  });

  it('leaves an article alone that is not set in columns (a paragraph per line, or a few short lines)', () => {
    const text = '第一段很长的一行，说了很多事情，没有在中间断开。\n\n第二段\n第三行没有句号\n第四行';
    expect(joinedBreaks(text)).toEqual([]);
  });

  it('reads the seed articles as paragraphs: the column-set one (000) from 442 lines to under 100; the others untouched', () => {
    const dir = join(import.meta.dirname, '../../seeds');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      const lines = (t: string) => t.split('\n').filter((l) => l.trim() !== '');
      if (file.startsWith('000')) {
        expect(lines(text).length).toBeGreaterThan(400);
        expect(lines(shown(text)).length).toBeLessThan(100);
        // What is left short are headings and bylines: none of them is half a sentence cut at a comma.
        expect(lines(shown(text)).filter((l) => /[，、]$/u.test(l.trim()))).toEqual([]);
      } else expect(joinedBreaks(text), file).toEqual([]);
    }
  });
});
