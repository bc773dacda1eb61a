/** The source reader: an article beside the map. */
export const zh = {
  reader: '原文',
  readerLabel: (title: string) => `原文：${title}`,
  closeReader: '关闭原文',
  newspaper: '报纸',
  published: '发表日期',
  articleUndated: '文章信息（标题、日期）尚未整理，以文件名显示。',
  articleMissing: '这篇文章未能载入。',
};

export const en: typeof zh = {
  reader: 'Article',
  readerLabel: (title) => `Article: ${title}`,
  closeReader: 'Close the article',
  newspaper: 'Newspaper',
  published: 'Published',
  articleUndated: 'No title or date recorded for this article yet; shown by its file name.',
  articleMissing: 'This article could not be loaded.',
};
