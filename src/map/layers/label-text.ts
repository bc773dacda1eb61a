import type { ExpressionSpecification } from 'maplibre-gl';
import type { Lang } from '../../i18n/strings';
import { LAYER, type LayerId } from '../ids';

/** The text each label layer shows in a language; used when building and when switching. */
export function labelFields(lang: Lang): Partial<Record<LayerId, ExpressionSpecification>> {
  const nameField: ExpressionSpecification = ['get', lang === 'zh' ? 'name' : 'name_en'];
  const shortField: ExpressionSpecification = ['get', lang === 'zh' ? 'short' : 'short_en'];
  return {
    [LAYER.countriesLabel]: nameField,
    [LAYER.contextProvincesLabel]: nameField,
    [LAYER.districtLabels]: ['get', lang === 'zh' ? 'label_zh' : 'label_en'],
    [LAYER.prefectureLabels]: shortField,
    // Short in English ("Sichuan", not "Sichuan Province"): the long forms overran a phone's
    // width and ran under the framing buttons; the panels still give the full names.
    [LAYER.provinceLabels]: ['get', lang === 'zh' ? 'name' : 'short_en'],
    [LAYER.transportPointLabels]: ['coalesce', ['get', lang === 'zh' ? 'name_zh' : 'name_en'], ['get', 'name_zh']],
    [LAYER.transportHubLabels]: ['coalesce', ['get', lang === 'zh' ? 'name_zh' : 'name_en'], ['get', 'name_zh']],
  };
}

export type LabelText = ReturnType<typeof labelFields>;
