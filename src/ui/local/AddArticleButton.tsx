import { useStrings } from '../../i18n/use-strings';
import { useAddArticleStore } from '../../state/add-article-store';
import { useDataStore } from '../../state/data-store';

export const ADD_ARTICLE_BUTTON_ID = 'add-article-open';

/** Opens the add-article dialog once the data it needs (the gazetteer's names) has loaded. */
export function AddArticleButton() {
  const t = useStrings();
  const setOpen = useAddArticleStore((s) => s.setOpen);
  const ready = useDataStore((s) => s.data !== null);
  return (
    <button type="button" id={ADD_ARTICLE_BUTTON_ID} data-testid="add-article-open" disabled={!ready} onClick={() => setOpen(true)}>
      + {t.local.addArticle}
    </button>
  );
}
