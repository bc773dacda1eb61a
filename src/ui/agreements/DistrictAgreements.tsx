import { useDeferredValue, useMemo, useState } from 'react';
import type { Agreement } from '../../data/agreement-schema';
import type { District } from '../../data/districts';
import { partnerBounds } from '../../agreements/partner-bounds';
import { districtAgreements, partnersOf, viaAreasOf } from '../../agreements/selectors';
import { areaPartyName } from '../../agreements/new-areas';
import { placeName } from '../../agreements/places';
import { parentName } from '../DistrictName';
import { useStrings } from '../../i18n/use-strings';
import type { MapData } from '../../state/data-store';
import { useAgreementViewStore } from '../../state/agreement-view-store';
import { useViewStore } from '../../state/view-store';
import { AgreementCard } from './AgreementCard';
import { PartnerChip } from './PartnerChip';
import { FramePartners } from './FramePartners';
import { FieldCounts, GroupBySwitch, GroupedCards as Grouped } from './GroupedCards';
import { bookOf, useVisibleAgreements } from './use-agreement-data';

/**
 * Partner names drawn at first; the rest on request (GroupedCards does the same for cards): a
 * district with as many partners as a hundred times today's agreements give would otherwise cost
 * its panel several times the frame that shows it. Of those, the first few are drawn with the
 * panel and the rest in the frame after.
 */
export const PARTNERS_SHOWN = 24;
export const FIRST_PARTNERS = 8;

/**
 * A district's agreements: its own first, then its prefecture's and the province-wide ones in
 * sections that start folded, so what applies to the district is there without drowning it.
 */
export function DistrictAgreements({ data, district }: { data: MapData; district: District }) {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const groupBy = useAgreementViewStore((s) => s.groupBy);
  const index = useVisibleAgreements(data);
  const book = bookOf(data);
  const sections = useMemo(() => districtAgreements(index, district), [index, district]);
  const partners = useMemo(() => partnersOf(index, district.code), [index, district.code]);
  const via = useMemo(() => viaAreasOf(index, district.code), [index, district.code]);
  // Which district's partners are all shown: another district starts with the first ones again.
  const [allPartnersOf, setAllPartnersOf] = useState<string | null>(null);
  const partnerLimit = useDeferredValue(allPartnersOf === district.code ? partners.length : PARTNERS_SHOWN, FIRST_PARTNERS);
  const shownPartners = partners.slice(0, partnerLimit);
  const prefName = parentName(district, lang, t.provinceName, book);

  const cards = (list: readonly Agreement[]) => (
    <Grouped key={district.code} list={list} by={groupBy} reportedYear={index.reportedYear} t={t} render={(a) => <AgreementCard key={a.id} agreement={a} index={index} book={book} current={district.code} />} />
  );

  return (
    <section className="district-agreements" data-testid="district-agreements" aria-labelledby="agreements-title">
      <h3 id="agreements-title">
        {t.agreements} ({sections.own.length})
      </h3>
      {via.count > 0 && (
        <p className="muted via-note" data-testid="own-via-note">
          {viaNote(via, sections.own.length, t, (name) => areaPartyName(name, lang, book), (code) => placeName(book.info({ level: 'district', code }), code, lang))}
        </p>
      )}
      {index.list.length === 0 ? (
        <p className="empty" data-testid="agreements-empty">
          {t.noAgreementsAtAll}
        </p>
      ) : (
        <>
          {partners.length > 0 && (
            <>
              <h4 className="sub">
                {t.partners}{' '}
                <FramePartners box={() => partnerBounds(district, partners, book)} title={t.framePartnersTitle} />
              </h4>
              <ul className="chips partners" data-testid="partners">
                {shownPartners.map((p) => (
                  <PartnerChip key={p.key} partner={p} book={book} />
                ))}
                {shownPartners.length < partners.length && partnerLimit >= PARTNERS_SHOWN && (
                  <li>
                    <button type="button" className="link" data-testid="more-partners" onClick={() => setAllPartnersOf(district.code)}>
                      {t.morePartners(partners.length - shownPartners.length)}
                    </button>
                  </li>
                )}
              </ul>
              {partners.some((p) => p.via.length > 0) && <p className="muted via-note">{t.partnersViaNote}</p>}
            </>
          )}
          <FieldCounts list={sections.own} />
          <GroupBySwitch />
          <div className="agreement-section" data-section="own">
            <h4 className="sub">{t.ownAgreements}</h4>
            {sections.own.length === 0 ? (
              <p className="empty" data-testid="agreements-empty">
                {t.noOwnAgreements}
              </p>
            ) : (
              cards(sections.own)
            )}
          </div>
          {sections.prefecture.length > 0 && (
            <Folded key={`p-${district.code}`} section="prefecture" initiallyOpen={sections.own.length === 0} summary={`${t.prefectureAgreements(prefName)} (${sections.prefecture.length})`}>
              {() => cards(sections.prefecture)}
            </Folded>
          )}
          {sections.province.length > 0 && (
            <Folded key={`v-${district.code}`} section="province" initiallyOpen={false} summary={`${t.provinceAgreements(t.provinceName[district.provinceCode]!)} (${sections.province.length})`}>
              {() => cards(sections.province)}
            </Folded>
          )}
        </>
      )}
    </section>
  );
}

/** A folded section whose cards are only rendered once it is opened (a province can have hundreds). */
function Folded({ section, initiallyOpen, summary, children }: { section: string; initiallyOpen: boolean; summary: string; children: () => React.ReactNode }) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details className="agreement-section" data-section={section} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}

/** The sentence saying which of a district's agreements came through which new area, and where each counts. */
function viaNote(via: ReturnType<typeof viaAreasOf>, total: number, t: ReturnType<typeof useStrings>, area: (name: string) => string, district: (code: string) => string): string {
  const list = (items: string[]) => items.join(t.nameSep);
  const here = list(via.areas.filter((a) => a.here).map((a) => t.viaAreaCount(area(a.area), a.count)));
  const elsewhere = list(via.areas.filter((a) => !a.here).map((a) => t.viaAreaAt(t.viaAreaCount(area(a.area), a.count), district(a.main))));
  return t.ownViaNote(via.count, total, here, elsewhere);
}
