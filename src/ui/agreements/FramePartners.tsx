import type { Box } from '../../geo/box';
import { useStrings } from '../../i18n/use-strings';
import { useCameraStore } from '../../state/camera-store';
import { useMapStatus } from '../../state/map-status-store';

/**
 * The partners heading's link that frames the place with all its partners (a district's, a new
 * area's), off with the reason when there is no map. `title`: what it frames, in words.
 */
export function FramePartners({ box, title }: { box: () => Box; title: string }) {
  const t = useStrings();
  const noMap = useMapStatus((s) => s.unavailable);
  return (
    <>
      <button
        type="button"
        className="link frame-partners"
        data-testid="frame-partners"
        title={noMap ? undefined : title}
        disabled={noMap}
        aria-describedby={noMap ? 'frame-partners-why' : undefined}
        onClick={() => useCameraStore.getState().requestFrame(box())}
      >
        {t.framePartners}
      </button>
      {noMap && (
        <span className="muted needs-map" id="frame-partners-why">
          {' '}
          {t.needsMap}
        </span>
      )}
    </>
  );
}
