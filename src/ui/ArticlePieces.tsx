import type { Ref } from 'react';
import { pieces, type Gap } from '../agreements/reflow';

interface Props {
  text: string;
  start: number;
  end: number;
  /** The line breaks not shown (`joinedBreaks`). */
  gaps: readonly Gap[];
  /** An empty marker at this offset, where the reader scrolls to (the start of the next piece if the offset is in a joined break). */
  anchor?: { offset: number; ref: Ref<HTMLSpanElement> };
}

/**
 * [start, end) of an article, reflowed: each piece a span carrying its offset in the original text
 * (`data-start`), so a position in what is shown maps back to the file exactly. React text only.
 */
export function ArticlePieces({ text, start, end, gaps, anchor }: Props) {
  const shown = pieces(text, start, end, gaps);
  const at = anchor && anchor.offset >= start && anchor.offset < end ? shown.findIndex((p) => anchor.offset < p.end) : -1;
  return (
    <>
      {shown.map((p, i) => {
        if (i !== at) return <span key={p.start} data-start={p.start}>{p.text}</span>;
        const cut = Math.max(0, anchor!.offset - p.start);
        return (
          <span key={p.start} data-start={p.start}>
            {p.text.slice(0, cut)}
            <span ref={anchor!.ref} data-testid="reader-position" />
            {p.text.slice(cut)}
          </span>
        );
      })}
    </>
  );
}
