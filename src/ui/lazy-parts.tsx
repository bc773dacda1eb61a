import { lazy, Suspense, type ComponentProps, type ComponentType, type ReactNode } from 'react';
import { useStrings } from '../i18n/use-strings';

/**
 * Parts of the app the home view does not draw, each loaded on first use (its own chunk): the
 * add-article dialog with the extractor's client and the review, the table with the exports and
 * the PNG code, the source reader, and the panels for a transport feature, an agreement, a pair
 * and the network. The district panel stays in the entry: it is the first thing a planner opens,
 * and a click should not wait for code. The print code loads when the browser is first idle
 * (ui/use-idle.ts), since printing starts synchronously and cannot wait for it.
 */
function part<P extends object>(load: () => Promise<ComponentType<P>>, fallback: 'inline' | 'dialog' | 'none' = 'inline') {
  const Lazy = lazy(async () => ({ default: await load() }));
  return function Part(props: P) {
    return (
      <Suspense fallback={fallback === 'none' ? null : <Loading dialog={fallback === 'dialog'} />}>
        <Lazy {...(props as ComponentProps<typeof Lazy>)} />
      </Suspense>
    );
  };
}

/** A small inline progress while a part's code arrives (usually a few milliseconds, longer on a slow line). */
function Loading({ dialog }: { dialog: boolean }): ReactNode {
  const t = useStrings();
  const p = (
    <p className="part-loading" role="status">
      {t.loadingPart}
    </p>
  );
  return dialog ? <div className="add-article-backdrop">{p}</div> : p;
}

export const AddArticle = part(() => import('./local/AddArticle').then((m) => m.AddArticle), 'dialog');
export const TablePanel = part(() => import('./table/TablePanel').then((m) => m.TablePanel));
export const SourceReader = part(() => import('./SourceReader').then((m) => m.SourceReader));
export const FeaturePanel = part(() => import('./FeaturePanel').then((m) => m.FeaturePanel));
export const AgreementPanel = part(() => import('./agreements/AgreementPanel').then((m) => m.AgreementPanel));
export const PairPanel = part(() => import('./agreements/PairPanel').then((m) => m.PairPanel));
export const NetworkPanel = part(() => import('./agreements/NetworkPanel').then((m) => m.NetworkPanel));
export const PrintInfo = part(() => import('./PrintInfo').then((m) => m.PrintInfo), 'none');
