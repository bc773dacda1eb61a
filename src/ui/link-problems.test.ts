import { describe, expect, it } from 'vitest';
import { en, zh } from '../i18n/strings';
import { parse } from '../state/url';
import { describeLinkProblems } from './link-problems';

describe('describeLinkProblems', () => {
  it('says in plain words what a bad camera did, with no parameter code', () => {
    expect(describeLinkProblems([{ param: 'c', kind: 'invalid' }], zh)).toEqual(['地图位置无效，已使用默认视图']);
    expect(describeLinkProblems([{ param: 'c', kind: 'invalid' }], en)).toEqual(['The map position is not valid; the default view is shown']);
  });

  it('never echoes an unknown parameter, and says each thing once', () => {
    const { problems } = parse(`?c=abc&${encodeURIComponent('<script>x</script>')}=1&zzz=2&hm=foo,rail`);
    const zhText = describeLinkProblems(problems, zh);
    expect(zhText).toEqual(['隐藏的交通类型中有无法识别的项，已忽略，其余已应用', '地图位置无效，已使用默认视图', '链接中有无法识别的内容，已忽略']);
    for (const text of [...zhText, ...describeLinkProblems(problems, en)]) {
      expect(text).not.toMatch(/script|zzz|\bc:|hm/);
    }
  });

  it('says plainly that a linked pair of places is not valid or not in the data, in both languages', () => {
    const bad = parse('?sel=p:500112,abc&mode=network').problems;
    expect(describeLinkProblems(bad, zh)).toEqual(['选中的区县、新区、项目或两地合作无效，未选中任何对象']);
    expect(describeLinkProblems(bad, en)).toEqual(['The selected district, new area, project or pair of places is not valid; nothing is selected']);
    const missing = [{ param: 'sel', kind: 'not-found' as const }];
    expect(describeLinkProblems(missing, zh)).toEqual(['选中的区县、新区、项目或两地合作不在数据中，未选中']);
    expect(describeLinkProblems(missing, en)).toEqual(['The selected district, new area, project or pair of places is not in the data; nothing is selected']);
  });

  it('names every parameter the codec reads, in both languages', () => {
    for (const param of ['v', 'lang', 'sel', 'hm', 'hs', 'mode', 'fd', 'fk', 'fy', 'fp', 'panel', 'r', 'c']) {
      expect(zh.linkParam[param], param).toBeTruthy();
      expect(en.linkParam[param], param).toBeTruthy();
    }
  });

  it('on a team server, a link to an added article that is not there was removed there: no bundle to ask for', () => {
    const local = [{ param: 'sel' as const, kind: 'local-not-loaded' as const }];
    expect(describeLinkProblems(local, zh)[0]).toContain('文章包');
    const doc = globalThis.document;
    globalThis.document = { querySelector: (q: string) => (q.includes('atlas-team') ? {} : null) } as unknown as Document;
    try {
      expect(describeLinkProblems(local, zh)).toEqual([zh.team.notOnServer]);
      expect(describeLinkProblems(local, en)).toEqual([en.team.notOnServer]);
    } finally {
      globalThis.document = doc;
    }
  });
});
