import { useMemo } from 'react';
import type { DistrictIndex } from '../data/districts';
import { sharedSections } from '../data/routes';
import type { TransportFeature, TransportIndex } from '../data/transport';
import { featureCrossing } from '../geo/line-districts';
import { provinceLengths, type ProvinceLengths } from '../geo/province-lengths';
import { mentionsOf, notQuoted } from '../extract/mentions';
import type { ArticleMeta, ArticleText } from '../data/article';
import type { Strings } from '../i18n/strings';
import { useStrings } from '../i18n/use-strings';
import { useViewStore } from '../state/view-store';
import { DistrictLink } from './DistrictName';
import { PanelHeader } from './PanelHeader';
import { AsOfFact } from './filters/AsOfFact';
import { ArticleQuote } from './ArticleQuote';
import { transportName } from './transport-name';

function useCrossing(feature: TransportFeature, districts: DistrictIndex) {
  return useMemo(() => {
    const shapes = districts.geojson.features.map((f) => ({
      code: f.properties.code,
      provinceCode: f.properties.province_code,
      bbox: districts.byCode.get(f.properties.code)!.bbox,
      geometry: f.geometry,
    }));
    return featureCrossing(feature.geometry, shapes);
  }, [feature, districts]);
}

/** In words, how far to trust where the feature is drawn: a line's course, or a point's position. */
function trustText(feature: TransportFeature, t: Strings): string {
  const p = feature.properties;
  if (feature.geometry.type === 'Point') return t.accuracyPoint[p.accuracy]!;
  if (p.mode === 'waterway' && p.accuracy === 'approximate') return t.accuracyRiver;
  return t.accuracy[p.accuracy]!;
}

/** The sentence under "length in each province" that says where its figures come from. */
function basisText(lengths: ProvinceLengths, feature: TransportFeature, t: Strings): string {
  const total = feature.properties.length_km;
  switch (lengths.shown) {
    case 'sourced':
      return t.lengthBasis.sourced;
    case 'scaled':
      return feature.properties.accuracy === 'traced' ? t.lengthBasis.scaledTraced(total!) : t.lengthBasis.scaledApproximate(total!);
    case 'measured':
      return t.lengthBasis.measured;
    case 'share':
      return t.lengthBasis.share;
    case 'none':
      return t.lengthBasis.schematic;
    default: {
      const never: never = lengths;
      return never;
    }
  }
}

function ProvinceLengthList({ lengths, feature }: { lengths: ProvinceLengths; feature: TransportFeature }) {
  const t = useStrings();
  const name = (province: string) => (province === 'outside' ? t.outside : (t.provinceName[province] ?? province));
  return (
    <div data-testid="province-lengths" data-shown={lengths.shown}>
      {lengths.shown !== 'none' && lengths.rows.length > 0 && (
        <ul className="plain">
          {lengths.rows.map((r) => {
            const figure =
              r.basis === 'sourced'
                ? `${r.approx ? t.about : ''}${r.km} ${t.km}`
                : r.basis === 'measured' || r.basis === 'scaled'
                  ? `${r.basis === 'scaled' ? t.about : ''}${r.km} ${t.km}`
                  : r.basis === 'share'
                    ? `${t.about}${r.percent}%`
                    : t.notGivenBySource;
            return (
              <li key={r.province} data-province={r.province} data-basis={r.basis} data-km={'km' in r ? r.km : undefined}>
                {name(r.province)}: {r.basis === 'unsourced' ? <span className="muted">{figure}</span> : figure}
              </li>
            );
          })}
        </ul>
      )}
      <p className="muted crossing-caveat">{basisText(lengths, feature, t)}</p>
    </div>
  );
}

export function FeaturePanel({
  feature,
  transport,
  districts,
  articles,
  articleMeta,
}: {
  feature: TransportFeature;
  transport: TransportIndex;
  districts: DistrictIndex;
  articles: readonly ArticleText[];
  articleMeta: ReadonlyMap<string, ArticleMeta>;
}) {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const select = useViewStore((s) => s.select);
  const p = feature.properties;
  const crossing = useCrossing(feature, districts);
  const quoted = useMemo(() => p.sources.flatMap((s) => ('article' in s ? [s] : [])), [p]);
  // A sentence already quoted under the sources is not quoted again under the mentions.
  const mentions = useMemo(() => notQuoted(mentionsOf([p.name_zh, ...p.aliases], articles), quoted), [p, articles, quoted]);
  const offsetOf = (file: string, quote: string) => articles.find((a) => a.file === file)?.text.indexOf(quote) ?? 0;
  const lengths = useMemo(() => crossing && provinceLengths(p, crossing.kmByProvince, crossing.kmOutside), [p, crossing]);
  const isLine = feature.geometry.type !== 'Point';
  const pickDistrict = (code: string) => select({ type: 'district', code }, 'panel');
  const pickLine = (id: string) => select({ type: 'feature', id }, 'panel');
  const lineName = (id: string) => {
    const line = transport.byId.get(id);
    return line ? transportName(line.properties, lang) : { text: id, lang: 'en' as const };
  };
  // A station a shared section starts or ends at, as the lines list it.
  const stopName = (zh: string) => {
    for (const f of transport.byId.values()) {
      const stop = f.properties.stations?.find((x) => x.name_zh === zh);
      if (stop) return transportName(stop, lang).text;
    }
    return zh;
  };
  // The heading in the interface language, the other name under it.
  const title = transportName(p, lang);
  const other = title.lang === 'en' ? { text: p.name_zh, lang: 'zh' } : p.name_en ? { text: p.name_en, lang: 'en' } : undefined;
  const shared = sharedSections(feature);
  const sharers = transport.sharers.get(p.id) ?? [];
  const value = (v: string | number | null | undefined, unit = '') => (v === null || v === undefined ? t.unknown : `${v}${unit ? ` ${unit}` : ''}`);

  return (
    <section className="panel" data-testid="feature-panel" data-id={p.id} aria-labelledby="feature-title">
      <PanelHeader
        titleId="feature-title"
        title={title.text}
        titleLang={title.lang}
        subtitle={other ? <span lang={other.lang}>{other.text}</span> : undefined}
        onClose={() => select({ type: 'none' }, 'panel')}
      />
      <dl className="facts">
        <dt>{t.mode}</dt>
        <dd>{t.modes[p.mode]}</dd>
        <dt>{t.status}</dt>
        <dd className={`status status-${p.status}`}>{t.statuses[p.status]}</dd>
        <AsOfFact props={p} />
        {p.dates.start && (
          <>
            <dt>{t.started}</dt>
            <dd>{p.dates.start}</dd>
          </>
        )}
        {p.mode !== 'station' && (
          <>
            <dt>{p.status === 'open' ? t.opened : t.openPlanned}</dt>
            <dd>{value(p.status === 'open' ? p.dates.open : p.dates.open_planned)}</dd>
          </>
        )}
        {/* A port, airport or hub has no length or design speed: only a line's facts are asked of a line. */}
        {isLine && (
          <>
            <dt>{t.length}</dt>
            <dd>{value(p.length_km, t.km)}</dd>
            <dt>{t.speed}</dt>
            <dd>{value(p.speed_kmh, t.kmh)}</dd>
          </>
        )}
      </dl>
      <p className={`accuracy accuracy-${p.accuracy}`} data-testid="accuracy">
        {trustText(feature, t)}
      </p>

      {p.stations && (
        <>
          <h3>{t.stations}</h3>
          <ol className="stations">
            {p.stations.map((s, i) => {
              const d = s.code ? districts.byCode.get(s.code) : undefined;
              // A station OSM does not place: an approximate line bends through its district's anchor.
              const unplaced = s.placed === false && d ? (p.accuracy === 'approximate' ? t.stationUnplacedVia : t.stationUnplaced) : null;
              const name = transportName(s, lang);
              return (
                <li key={`${s.name_zh}-${i}`}>
                  <span lang={name.lang}>{name.text}</span>{' '}
                  {d ? <DistrictLink district={d} lang={lang} onSelect={pickDistrict} /> : <span className="muted">{t.stationNotPlaced}</span>}
                  {unplaced && <span className="muted"> {lang === 'zh' ? `（${unplaced}）` : `(${unplaced})`}</span>}
                </li>
              );
            })}
          </ol>
        </>
      )}

      {shared.length > 0 && (
        <>
          <h3>{t.sharedTrack}</h3>
          <ul className="plain shared-track" data-testid="shared-track">
            {shared.map((s) => (
              <li key={`${s.line}:${s.from}`} data-line={s.line}>
                <span lang={lang}>{t.section(stopName(s.from), stopName(s.to))}</span>:{' '}
                <button type="button" className="link" lang={lineName(s.line).lang} onClick={() => pickLine(s.line)}>
                  {lineName(s.line).text}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {sharers.length > 0 && (
        <>
          <h3>{t.sharedBy}</h3>
          <ul className="plain shared-by" data-testid="shared-by">
            {sharers.map((s) => (
              <li key={`${s.by}:${s.from}`} data-line={s.by}>
                <button type="button" className="link" lang={lineName(s.by).lang} onClick={() => pickLine(s.by)}>
                  {lineName(s.by).text}
                </button>{' '}
                <span lang={lang}>{t.section(stopName(s.from), stopName(s.to))}</span>
              </li>
            ))}
          </ul>
        </>
      )}

      {p.line_ids && (
        <>
          <h3>{t.servesLines}</h3>
          <ul className="chips">
            {p.line_ids.map((id) => (
              <li key={id}>
                <button type="button" data-id={id} lang={lineName(id).lang} onClick={() => pickLine(id)}>
                  {lineName(id).text}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}

      {crossing && lengths && (
        <>
          <h3>{t.districtsCrossed}</h3>
          {p.accuracy !== 'traced' && (
            <p className="muted crossing-caveat" data-testid="crossing-caveat">
              {t.crossingCaveat[p.accuracy]}
            </p>
          )}
          {p.accuracy !== 'schematic' && (
            <ol className="chips crossed" data-testid="districts-crossed">
              {crossing.sequence.map((code, i) => (
                <li key={`${code}-${i}`}>
                  <DistrictLink district={districts.byCode.get(code)!} lang={lang} onSelect={pickDistrict} />
                </li>
              ))}
            </ol>
          )}
          <h3>{t.lengthByProvince}</h3>
          <ProvinceLengthList lengths={lengths} feature={feature} />
        </>
      )}

      {(p.notes || p.notes_zh) && (
        <>
          <h3>{t.notes}</h3>
          <p className="notes" lang={lang === 'zh' && p.notes_zh ? 'zh' : 'en'}>
            {lang === 'zh' ? (p.notes_zh ?? p.notes) : (p.notes ?? p.notes_zh)}
          </p>
        </>
      )}

      <h3>{t.sources}</h3>
      <ol className="sources">
        {p.sources.map((s, i) => (
          <li key={i}>
            {'url' in s ? (
              <a href={s.url} target="_blank" rel="noreferrer noopener">
                {s.title}
              </a>
            ) : (
              <ArticleQuote file={s.article} quote={s.quote} offset={offsetOf(s.article, s.quote)} meta={articleMeta} />
            )}
          </li>
        ))}
      </ol>
      <h3>{t.articles}</h3>
      {articles.length === 0 ? (
        <p className="muted">{t.noArticles}</p>
      ) : mentions.length === 0 ? (
        <p className="muted">{t.noMentions}</p>
      ) : (
        <ul className="mentions" data-testid="mentions">
          {mentions.map((m) => (
            <li key={`${m.article}:${m.span.start}`}>
              <ArticleQuote file={m.article} quote={m.quote} offset={m.span.start} meta={articleMeta} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
