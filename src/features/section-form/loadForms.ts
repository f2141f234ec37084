/** The forms (react-hook-form, every field control) are a chunk of their own, fetched after the first paint. */
export const loadForms = () => import('./SectionView');
