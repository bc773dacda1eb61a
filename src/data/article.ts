/** An article's text as loaded: the seed file name (or a local id for an article added in the browser) and its text. */
export interface ArticleText {
  file: string;
  text: string;
}

/** What `seeds/articles.json` says of one article: its title as printed, newspaper, and publication date with the reasoning for it. */
export interface ArticleMeta {
  file: string;
  title: string;
  newspaper: string;
  /** `YYYY-MM-DD` (or `YYYY-MM`, `YYYY` when only that much can be inferred). */
  date: string;
  date_reasoning: string;
  /**
   * Set when the file is a whole newspaper page holding several stories (the seeds are scanned pages):
   * headlines of the other stories, as printed. The title is then the page's first headline, not
   * necessarily that of the story a quote comes from.
   */
  other_stories?: string[];
}
