import { describe, expect, it } from 'vitest';
import { paperAndDate } from './article-label';

describe('paperAndDate', () => {
  it('leaves out an empty paper or date with its separator, and says nothing when both are empty', () => {
    expect(paperAndDate({ newspaper: '重庆日报', date: '2020-06-01' })).toBe('重庆日报, 2020-06-01');
    expect(paperAndDate({ newspaper: '', date: '2022-05-20' })).toBe('2022-05-20');
    expect(paperAndDate({ newspaper: '四川日报', date: '' })).toBe('四川日报');
    expect(paperAndDate({ newspaper: ' ', date: '' })).toBeNull();
    expect(paperAndDate(undefined)).toBeNull();
  });
});
