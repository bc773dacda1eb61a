import { describe, expect, it, vi } from 'vitest';
import type { Map as MlMap } from 'maplibre-gl';
import { startDraft } from './draft';

describe('startDraft', () => {
  it('paints nothing while drafting, then paints the complete map in one asked-for frame', () => {
    const render = vi.fn();
    const fake = { painter: { render }, triggerRepaint: vi.fn() };
    const map = fake as unknown as MlMap;
    const endDraft = startDraft(map);
    fake.painter.render();
    fake.painter.render();
    expect(render).not.toHaveBeenCalled();
    expect(fake.triggerRepaint).not.toHaveBeenCalled();
    endDraft();
    expect(fake.triggerRepaint).toHaveBeenCalledTimes(1);
    fake.painter.render();
    expect(render).toHaveBeenCalledTimes(1);
  });
});
