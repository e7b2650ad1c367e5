/** Query keys of the keyword map: every key starts with `keywordsKey`, so a rebuild or import refreshes them all. */
export const keywordsKey = ['keywords'] as const;
export const gapsKey = [...keywordsKey, 'gaps'] as const;
