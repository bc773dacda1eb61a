import type { Mode, Status } from '../../data/transport-schema';
import { THEME } from '../../map/theme';
import type { LegendSymbol } from '../../map/agreement-legend';

const W = 28;
const H = 14;
const LINE_WIDTH = 3;

/** Kinds drawn as points, and how: hubs as filled circles, stations as white rings (style.ts). */
const POINT_MODES: readonly Mode[] = ['port', 'dry-port', 'airport', 'logistics-hub', 'station'];
export const isPointMode = (m: Mode) => POINT_MODES.includes(m);

/** The dash of a status as an SVG dasharray (the map's dashes are in line widths, too). */
const dashOf = (s: Status) => THEME.statusLine[s].dash?.map((d) => d * LINE_WIDTH).join(' ');

function Line({ colour, status }: { colour: string; status: Status }) {
  const { dash } = THEME.statusLine[status];
  return (
    <>
      <line x1={3} y1={H / 2} x2={W - 3} y2={H / 2} stroke={THEME.casing} strokeWidth={LINE_WIDTH + 2} strokeLinecap="round" />
      <line
        x1={3}
        y1={H / 2}
        x2={W - 3}
        y2={H / 2}
        stroke={colour}
        strokeWidth={LINE_WIDTH}
        strokeOpacity={THEME.statusLine[status].opacity}
        strokeDasharray={dashOf(status)}
        strokeLinecap={dash && dash[0] !== 0 ? 'butt' : 'round'}
      />
    </>
  );
}

/** The symbol the map draws for a kind: a line in its colour, a filled circle for a hub, a ring for a station. */
export function ModeSwatch({ mode }: { mode: Mode }) {
  const colour = THEME.mode[mode];
  return (
    <svg className="swatch" width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true" data-shape={isPointMode(mode) ? 'point' : 'line'}>
      {mode === 'station' ? (
        <circle cx={W / 2} cy={H / 2} r={4} fill="#fff" stroke={colour} strokeWidth={1.5} />
      ) : isPointMode(mode) ? (
        <circle cx={W / 2} cy={H / 2} r={5.5} fill={colour} fillOpacity={0.9} stroke="#fff" strokeWidth={1.5} />
      ) : (
        <Line colour={colour} status="open" />
      )}
    </svg>
  );
}

/** A status as the map draws it: the line's dash, and beside it a hub circle at the status's opacity. */
export function StatusSwatch({ status }: { status: Status }) {
  const grey = '#444';
  return (
    <svg className="swatch" width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true" data-dash={THEME.statusLine[status].dash?.join(',') ?? 'solid'}>
      <Line colour={grey} status={status} />
      {status === 'planned' && <circle cx={W - 5} cy={H / 2} r={4} fill={grey} fillOpacity={THEME.plannedPointOpacity} stroke="#fff" strokeWidth={1} />}
    </svg>
  );
}

/** A legend entry's symbol (map/agreement-legend.ts) in SVG, as the exported image paints it. */
export function SymbolSwatch({ symbol: s }: { symbol: LegendSymbol }) {
  const shape = (() => {
    switch (s.kind) {
      case 'line':
        return <line x1={3} y1={H / 2} x2={W - 3} y2={H / 2} stroke={s.colour} strokeOpacity={s.opacity} strokeWidth={LINE_WIDTH} strokeDasharray={s.dash?.map((d) => d * LINE_WIDTH).join(' ')} />;
      case 'point':
        return <circle cx={W / 2} cy={H / 2} r={5.5} fill={s.colour} fillOpacity={s.opacity} stroke="#fff" strokeWidth={1.5} />;
      case 'ring':
        return <circle cx={W / 2} cy={H / 2} r={4.5} fill="#fff" stroke={s.colour} strokeWidth={2} />;
      case 'fill':
        return <rect x={2} y={1.5} width={W - 4} height={H - 3} fill={s.colour} stroke="#888" strokeWidth={1} />;
      case 'arc': {
        // Widths side by side (thin to wide) say that width counts agreements.
        const step = (W - 4) / s.widths.length;
        return s.widths.map((w, i) => (
          <path key={i} d={`M ${2 + i * step + 1} ${H - 3} Q ${2 + (i + 0.5) * step} ${1} ${2 + (i + 1) * step - 1} ${H - 3}`} fill="none" stroke={s.colour} strokeWidth={w} strokeLinecap="round" />
        ));
      }
      default: {
        const never: never = s;
        return never;
      }
    }
  })();
  return (
    <svg className="swatch" width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true" data-kind={s.kind} data-colour={s.colour}>
      {shape}
    </svg>
  );
}
