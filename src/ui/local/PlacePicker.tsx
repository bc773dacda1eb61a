import { useId, useMemo, useState } from 'react';
import type { Party } from '../../data/agreement-schema';
import type { District } from '../../data/districts';
import type { AdminLabelsFile } from '../../data/schemas';
import { searchDistricts } from '../../search/district-search';
import { fold } from '../../search/normalise';
import { initials, maybeInitials } from '../../search/pinyin';
import { useStrings } from '../../i18n/use-strings';
import { useViewStore } from '../../state/view-store';

const MAX_HITS = 8;

/**
 * Picks a party: a district (the district list's own search: Chinese, pinyin, initials, English),
 * or a prefecture or province by name.
 */
export function PlacePicker({ districts, adminLabels, onPick, onCancel }: { districts: readonly District[]; adminLabels: AdminLabelsFile | null; onPick(p: Party): void; onCancel(): void }) {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const [query, setQuery] = useState('');
  const id = useId();
  const prefectureEn = useMemo(() => new Map((adminLabels?.features ?? []).map((f) => [f.properties.code, f.properties.short_en])), [adminLabels]);
  const hits = useMemo(() => {
    if (!query.trim()) return [];
    const q = fold(query).toLowerCase();
    // (Initials as the district search reads them: cq for 重庆, sc for 四川, from the start of the name.)
    const lettersOnly = maybeInitials(q);
    const admin = (adminLabels?.features ?? [])
      .map((f) => f.properties)
      .filter(
        (p) =>
          [p.name, p.short].some((n) => n.includes(query.trim())) ||
          (q && [p.name_en, p.short_en].some((n) => fold(n).toLowerCase().startsWith(q))) ||
          (lettersOnly && initials(fold(p.short_en).toLowerCase()).startsWith(q)),
      )
      // (In English by its short name: "Sichuan province", not "Sichuan Province province".)
      .map((p) => ({ key: `${p.level}:${p.code}`, label: lang === 'zh' ? p.name : p.short_en, detail: t.levels[p.level], party: { name: p.name, code: p.code, level: p.level } as Party }));
    const ds = searchDistricts(districts, query).map(({ district: d }) => ({
      key: `county:${d.code}`,
      label: lang === 'zh' ? d.name : d.nameEn,
      detail: `${lang === 'zh' ? d.prefecture : (prefectureEn.get(d.prefectureCode) ?? d.prefecture)} · ${d.code}`,
      party: { name: d.name, code: d.code, level: 'county' } as Party,
    }));
    return [...admin, ...ds].slice(0, MAX_HITS);
  }, [query, districts, adminLabels, prefectureEn, lang, t]);
  return (
    <div
      className="place-picker"
      data-testid="place-picker"
      data-own-escape
      onKeyDown={(e) => {
        // The picker's own Escape: the dialog around it stays open, and the map's panel behind it too.
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onCancel();
      }}
    >
      <label htmlFor={id} className="muted">
        {t.local.pickerLabel}
      </label>
      <input
        id={id}
        className="search"
        data-testid="place-picker-input"
        autoFocus
        value={query}
        placeholder={t.local.pickerPlaceholder}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && hits[0]) onPick(hits[0].party);
        }}
      />
      {query.trim() && hits.length === 0 && (
        <p className="muted" data-testid="place-picker-none">
          {t.local.pickerNone}
        </p>
      )}
      <ul className="plain picker-hits">
        {hits.map((h) => (
          <li key={h.key}>
            <button type="button" className="link" data-testid="place-picker-hit" data-code={h.party.code} onClick={() => onPick(h.party)}>
              {h.label}
            </button>{' '}
            <span className="muted">{h.detail}</span>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onCancel}>
        {t.local.cancel}
      </button>
    </div>
  );
}
