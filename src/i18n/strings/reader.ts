/** The source reader: an article beside the map. */
export const zh = {
  reader: '原文',
  readerLabel: (title: string) => `原文：${title}`,
  closeReader: '关闭原文',
  newspaper: '报纸',
  published: '发表日期',
  articleUndated: '文章信息（标题、日期）尚未整理，以文件名显示。',
  articleMissing: '这篇文章未能载入。',
  /** A seed file is a whole newspaper page: its title is the page's first headline, not the quoted story's. */
  pageTitle: (title: string) => `版面：${title}`,
  wholePage: '整版，含多篇报道',
  pageTag: '整版',
  otherStories: (list: readonly string[]) => `同版另有：${list.map((h) => `《${h}》`).join('')}`,
};

export const en: typeof zh = {
  reader: 'Article',
  readerLabel: (title) => `Article: ${title}`,
  closeReader: 'Close the article',
  newspaper: 'Newspaper',
  published: 'Published',
  articleUndated: 'No title or date recorded for this article yet; shown by its file name.',
  articleMissing: 'This article could not be loaded.',
  pageTitle: (title) => `Page: ${title}`,
  wholePage: 'full page, several stories',
  pageTag: 'full page',
  otherStories: (list) => `Also on the page: ${list.map((h) => `《${h}》`).join(' ')}`,
};
