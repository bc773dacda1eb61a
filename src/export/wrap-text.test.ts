import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap-text';

const perChar = (s: string) => s.length;

describe('wrapping a caption note', () => {
  it('breaks English between words and Chinese between characters, every line within the width', () => {
    expect(wrapText('A new area counts at its main district only.', 20, perChar)).toEqual(['A new area counts at', 'its main district', 'only.']);
    expect(wrapText('新区的合作只计入其主区县：天府新区计入双流区。', 10, perChar)).toEqual(['新区的合作只计入其主', '区县：天府新区计入双', '流区。']);
    expect(wrapText('short', 20, perChar)).toEqual(['short']);
    // Mixed: a number or an English name stays whole, the Chinese around it breaks anywhere.
    expect(wrapText('每个区县都至少有 61 项（所属市、省的合作）', 12, perChar)).toEqual(['每个区县都至少有 61', '项（所属市、省的合作）']);
    expect(wrapText('天府新区 at Shuangliu District', 14, perChar)).toEqual(['天府新区 at', 'Shuangliu', 'District']);
  });
});

describe('Chinese line-breaking rules', () => {
  it('never starts a line with a closing mark (，。、）) nor ends one with an opening mark (（《“)', () => {
    // Where the width alone would put 「，」 or 「）」 first on a line, the character before goes with it.
    expect(wrapText('伙伴对之间的合作连线，越粗合作越多', 9, perChar)).toEqual(['伙伴对之间的合作连', '线，越粗合作越多']);
    expect(wrapText('连到其驻地（不是该处区县）', 12, perChar)).toEqual(['连到其驻地（不是该处区', '县）']);
    // An opening mark at the end of a line goes down with what it opens.
    expect(wrapText('地级市、省市合作方（画在其驻地）', 10, perChar)).toEqual(['地级市、省市合作方', '（画在其驻地）']);
    expect(wrapText('境外：Natural Earth；© OpenStreetMap contributors（ODbL）', 50, perChar)).toEqual(['境外：Natural Earth；© OpenStreetMap contributors', '（ODbL）']);
  });
});
