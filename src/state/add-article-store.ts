import { create } from 'zustand';

/** Whether the add-article dialog is open; not part of a link (what is being added is not shared that way). */
export const useAddArticleStore = create<{ open: boolean; setOpen(open: boolean): void }>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));
