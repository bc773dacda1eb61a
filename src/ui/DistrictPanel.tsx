import type { DistrictIndex } from '../data/districts';
import type { TransportIndex } from '../data/transport';
import { DistrictTransport } from './district/DistrictTransport';
import { useStrings } from '../i18n/use-strings';
import { useViewStore } from '../state/view-store';
import { DistrictLink, parentName } from './DistrictName';
import { bookOf } from './agreements/use-agreement-data';
import { formatArea } from './format';
import { PanelHeader } from './PanelHeader';
import type { MapData } from '../state/data-store';
import { DistrictAgreements } from './agreements/DistrictAgreements';

// The district's agreements come before its neighbours and transport: what a planner opens it for.
export function DistrictPanel({ index, code, transport, data }: { index: DistrictIndex; code: string; transport: TransportIndex; data?: MapData }) {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const select = useViewStore((s) => s.select);
  const d = index.byCode.get(code);
  if (!d) return null;
  const neighbours = (index.neighbours.get(code) ?? []).map((c) => index.byCode.get(c)!).filter(Boolean);
  const pick = (c: string) => select({ type: 'district', code: c }, 'panel');

  return (
    <section className="panel" data-testid="district-panel" data-code={d.code} aria-labelledby="district-title">
      <PanelHeader
        titleId="district-title"
        title={d.name}
        subtitle={
          <>
            <span lang="zh-Latn-pinyin">{d.pinyin}</span> · <span lang="en">{d.nameEn}</span>
          </>
        }
        onClose={() => select({ type: 'none' }, 'panel')}
      />
      <dl className="facts">
        <dt>{t.code}</dt>
        <dd>
          <code>{d.code}</code>
        </dd>
        <dt>{t.prefecture}</dt>
        <dd>{parentName(d, lang, t.provinceName, data ? bookOf(data) : null)}</dd>
        <dt>{t.province}</dt>
        <dd>{t.provinceName[d.provinceCode]}</dd>
        <dt>{t.area}</dt>
        <dd>
          {formatArea(d.areaKm2, lang)} {t.km2}
        </dd>
      </dl>
      {/* Keyed: another district starts again from its first few cards and partners. */}
      {data && <DistrictAgreements key={d.code} data={data} district={d} />}
      <h3>
        {t.neighbours} ({neighbours.length})
      </h3>
      {neighbours.length === 0 ? (
        <p>{t.noNeighbours}</p>
      ) : (
        <ul className="chips">
          {neighbours.map((n) => (
            <li key={n.code} className={n.provinceCode !== d.provinceCode ? 'cross' : undefined}>
              <DistrictLink district={n} lang={lang} onSelect={pick} />
            </li>
          ))}
        </ul>
      )}
      <DistrictTransport index={index} code={code} transport={transport} />
    </section>
  );
}
