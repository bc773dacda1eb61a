import { DATE, type ArticleFields } from './review-model';

/** What stops the form from being read, named after its string; the text comes first, as it is what the planner came to add. */
export type FormProblem = 'needTextAndTitle' | 'needText' | 'needTitle' | 'badDate';

export function formProblem(raw: string, fields: ArticleFields): FormProblem | null {
  const noText = raw.trim() === '';
  const noTitle = fields.title.trim() === '';
  if (noText) return noTitle ? 'needTextAndTitle' : 'needText';
  if (noTitle) return 'needTitle';
  const date = fields.date.trim();
  return date && !DATE.test(date) ? 'badDate' : null;
}

export type FormField = 'text' | 'title' | 'date';

/** The fields a problem is about, in the form's order: marked invalid, and the first one focused. */
export function fieldsOf(problem: FormProblem | null): FormField[] {
  switch (problem) {
    case null:
      return [];
    case 'needTextAndTitle':
      return ['text', 'title'];
    case 'needText':
      return ['text'];
    case 'needTitle':
      return ['title'];
    case 'badDate':
      return ['date'];
  }
}
