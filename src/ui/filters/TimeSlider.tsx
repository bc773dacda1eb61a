import { useEffect, useState } from 'react';
import { useStrings } from '../../i18n/use-strings';
import { useViewStore } from '../../state/view-store';
import { useMapStatus } from '../../state/map-status-store';
import { OVERLAY_ATTR } from '../../map/effects/controls';
import { AS_OF_MAX, AS_OF_MIN } from '../../state/view-types';

/** One year per step while playing: long enough to see the network and the agreements change. */
export const PLAY_STEP_MS = 900;

/**
 * The "as of" year over the map: the transport network and the agreements as they stood that year.
 * Play steps a year at a time to the last year and stops; "today" leaves the slider.
 */
export function TimeSlider() {
  const t = useStrings();
  const asOf = useViewStore((s) => s.asOf);
  const setAsOf = useViewStore((s) => s.setAsOf);
  const [playing, setPlaying] = useState(false);
  const noMap = useMapStatus((s) => s.unavailable);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const now = useViewStore.getState().asOf;
      if (now !== null && now >= AS_OF_MAX) setPlaying(false);
      else useViewStore.getState().setAsOf(now === null ? AS_OF_MIN : now + 1);
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing]);

  const play = () => {
    if (asOf === null || asOf >= AS_OF_MAX) setAsOf(AS_OF_MIN);
    setPlaying(true);
  };

  return (
    <section className="time-slider" data-testid="time-slider" aria-label={t.timeSlider} {...{ [OVERLAY_ATTR]: '' }}>
      <button type="button" data-testid="time-play" onClick={() => (playing ? setPlaying(false) : play())} aria-pressed={playing}>
        {playing ? `❚❚ ${t.pause}` : `▶ ${t.play}`}
      </button>
      <label>
        <span className="muted asof-label">{t.asOfLabel}</span>
        <input
          type="range"
          data-testid="time-range"
          min={AS_OF_MIN}
          max={AS_OF_MAX}
          step={1}
          value={asOf ?? AS_OF_MAX}
          aria-valuetext={asOf === null ? t.asOfNow : String(asOf)}
          onChange={(e) => {
            setPlaying(false);
            setAsOf(Number(e.target.value));
          }}
        />
      </label>
      <output data-testid="time-year">{asOf ?? t.asOfNow}</output>
      {asOf !== null && (
        <button
          type="button"
          className="link"
          onClick={() => {
            setPlaying(false);
            setAsOf(null);
          }}
        >
          {t.asOfShowNow}
        </button>
      )}
      {noMap && <p className="muted as-of-no-map">{t.asOfNoMap}</p>}
    </section>
  );
}
