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
