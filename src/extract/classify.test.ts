import { describe, expect, it } from 'vitest';
import { findTriggers } from './classify';

describe('findTriggers', () => {
  it('lets a generic act (结对合作, 达成共识, 签约) yield to the specific one the sentence names', () => {
    expect(findTriggers('两地公积金中心结对合作，签署11个跨区域合作协议。').map((t) => t.object)).toEqual(['11个跨区域合作协议']);
    expect(findTriggers('双方签署一系列合作协议，并就交通互联达成共识。').map((t) => t.object)).toEqual(['一系列合作协议']);
  });

  it('keeps a generic act when it is all the sentence says', () => {
    expect(findTriggers('两区县结对合作。').map((t) => t.object)).toEqual(['结对合作']);
    expect(findTriggers('双方就此达成共识。').map((t) => t.object)).toEqual(['共识']);
  });
});
