import { describe, expect, it } from 'vitest';
import { formatArea } from './format';

describe('formatArea', () => {
  it('groups thousands and keeps one decimal only under 100 km², in each language', () => {
    expect(formatArea(1436.2, 'en')).toBe('1,436');
    expect(formatArea(1436.2, 'zh')).toBe('1,436');
    expect(formatArea(56.04, 'en')).toBe('56.0');
    expect(formatArea(56.04, 'zh')).toBe('56.0');
    // The second call of a language and precision reads the same format again.
    expect(formatArea(99.96, 'en')).toBe('100.0');
  });
});
