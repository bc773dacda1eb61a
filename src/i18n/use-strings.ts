import { useViewStore } from '../state/view-store';
import { STRINGS, type Strings } from './strings';

export function useStrings(): Strings {
  return STRINGS[useViewStore((s) => s.lang)];
}
