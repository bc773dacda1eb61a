import { useMemo } from 'react';
import { newAreaAgreements, newAreaById, newAreaName, newAreaPartners } from '../../agreements/new-areas';
import { useStrings } from '../../i18n/use-strings';
import type { MapData } from '../../state/data-store';
import { useAgreementViewStore } from '../../state/agreement-view-store';
import { useViewStore } from '../../state/view-store';
import { AgreementCard } from '../agreements/AgreementCard';
import { FieldCounts, GroupBySwitch, GroupedCards } from '../agreements/GroupedCards';
import { PartnerChip } from '../agreements/PartnerChip';
import { FramePartners } from '../agreements/FramePartners';
import { areaPartnerBounds } from '../../agreements/partner-bounds';
import { bookOf, useVisibleAgreements } from '../agreements/use-agreement-data';
import { DistrictLink } from '../DistrictName';
import { PanelHeader } from '../PanelHeader';

/**
 * A new area or zone as a place of its own: its names, the district it is administered from and the
 * others it spans (with the source that says so), its partners and the agreements it signed. The
 * partners and counts follow the district panel's rule (newAreaPartners reads partnersOf).
 */
export function NewAreaPanel({ data, id }: { data: MapData; id: string }) {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const select = useViewStore((s) => s.select);
  const groupBy = useAgreementViewStore((s) => s.groupBy);
  const index = useVisibleAgreements(data);
  const area = newAreaById(id);
  const agreements = useMemo(() => (area ? newAreaAgreements(index, area) : []), [index, area]);
  const partners = useMemo(() => (area ? newAreaPartners(index, area) : []), [index, area]);
  if (!area) return null;
  const book = bookOf(data);
  const pick = (code: string) => select({ type: 'district', code }, 'panel');
  const link = (code: string) => {
    const d = data.districts.byCode.get(code);
    return d ? <DistrictLink district={d} lang={lang} onSelect={pick} /> : <code>{code}</code>;
  };
  const title = newAreaName(area, lang);
  // The name in the other language, unless it is the title itself (an area with no English name, in English).
  const other = lang === 'zh' ? area.en : area.zh !== title ? area.zh : null;
  const areaDistricts = [area.main, ...area.others].flatMap((c) => data.districts.byCode.get(c) ?? []);
  // Its districts' outlines and every partner: 两江新区 opens at its main district, its arcs running off the screen.
  const frame = areaPartnerBounds(areaDistricts, partners, book);
  const filteredOut = agreements.length === 0 && newAreaAgreements(data.agreements, area).length > 0;

  return (
    <section className="panel new-area-panel" data-testid="new-area-panel" data-id={area.id} aria-labelledby="new-area-title">
      <PanelHeader
        titleId="new-area-title"
        title={title}
        titleLang={lang === 'en' && area.en ? 'en' : 'zh'}
        subtitle={
          <>
            <span className="level">{t.newAreaTag}</span> <span lang="zh-Latn-pinyin">{area.pinyin}</span>
            {other && (
              <>
                {' · '}
                <span lang={lang === 'zh' ? 'en' : 'zh'}>{other}</span>
              </>
            )}
            {!area.en && <span className="muted"> · {t.newAreaNoEn}</span>}
          </>
        }
        onClose={() => select({ type: 'none' }, 'panel')}
      />
      <dl className="facts">
        <dt>{t.newAreaMain}</dt>
        <dd data-testid="new-area-main">
          {link(area.main)} <span className="muted">({t.newAreaMainNote})</span>
        </dd>
        {area.others.length > 0 && (
          <>
            <dt>{t.newAreaOthers}</dt>
            <dd data-testid="new-area-others">
              <ul className="chips">
                {area.others.map((c) => (
                  <li key={c}>{link(c)}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <p className="muted">{t.newAreaPartial}</p>
      <p className="muted source-line" data-testid="new-area-source">
        {t.newAreaSource}: <span lang="zh">{area.source}</span>
        <br />
        {t.newAreaEnSource}: {area.en ? area.enSource : t.newAreaNoEn}
      </p>
      <h3>
        {t.newAreaAgreements} ({agreements.length})
      </h3>
      {partners.length > 0 && (
        <>
          <h4 className="sub">
            {t.partners}{' '}
            {frame && <FramePartners box={() => frame} title={t.frameAreaPartnersTitle} />}
          </h4>
          <ul className="chips partners" data-testid="partners">
            {partners.map((p) => (
              <PartnerChip key={p.key} partner={p} book={book} of={area} />
            ))}
          </ul>
          <p className="muted via-note">{t.newAreaPartnersNote}</p>
        </>
      )}
      <FieldCounts list={agreements} />
      {agreements.length > 0 && <GroupBySwitch />}
      {agreements.length === 0 ? (
        <p className="empty">{filteredOut ? t.newAreaFilteredOut : t.newAreaNoAgreements}</p>
      ) : (
        <GroupedCards key={area.id} list={agreements} by={groupBy} reportedYear={index.reportedYear} t={t} render={(a) => <AgreementCard key={a.id} agreement={a} index={index} book={book} current={null} />} />
      )}
    </section>
  );
}

