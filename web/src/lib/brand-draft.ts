/**
 * Editing a brand's draft profile: the local copy a page edits, saving the whole profile back, and
 * the server's field errors keyed by profile path. Shared by every feature that edits the draft.
 */
import { useEffect, useState } from 'react';
import { errorMessage, isProblem, ProblemError } from '@/lib/api/problem';
import type { Brand, BrandProfile } from '@/lib/api/types';
import { usePermission } from '@/lib/auth/permissions';

/** Server field errors by profile path (`visual.palette[0].hex`), the first message of each. */
export type FieldErrorMap = Record<string, string>;

export function fieldErrorMap(error: unknown): FieldErrorMap {
  if (!(error instanceof ProblemError)) return {};
  const map: FieldErrorMap = {};
  for (const fe of error.errors) if (fe.field && !(fe.field in map)) map[fe.field] = fe.message;
  return map;
}

/** A DOM id for the control of a profile path, so an error or a search hit can point at it. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

/** The control of `path`, or of the nearest enclosing path that has one (a chip list for one of its words). */
export function findField(path: string): HTMLElement | null {
  let p = path;
  while (p) {
    const el = document.getElementById(fieldId(p));
    if (el) return el;
    const shorter = p.replace(/(\.[A-Za-z0-9_]+|\[\d+\])$/, '');
    if (shorter === p) break;
    p = shorter;
  }
  return null;
}

export type BrandDraft = {
  draft: BrandProfile;
  /** Changes the local draft through a mutator on a copy. */
  edit: (mutate: (draft: BrandProfile) => void) => void;
  replace: (draft: BrandProfile) => void;
  dirty: boolean;
  canEdit: boolean;
  errors: FieldErrorMap;
  save: () => Promise<void>;
  discard: () => void;
  saving: boolean;
  saveError: string | null;
};

type Saver = { mutateAsync: (draft: BrandProfile) => Promise<Brand>; isPending: boolean };

/**
 * The local copy of `brand`'s draft. Save sends the whole profile (PUT draft) through `saver`;
 * field errors come back keyed by path and the first one takes the focus. When the server's draft
 * changes (a restore, another tab) and nothing is being edited, the copy follows it.
 * `invalidMessage` is shown for a validation failure (null when the page lists the errors itself).
 */
export function useBrandDraft(brand: Brand, saver: Saver, invalidMessage: string | null = null): BrandDraft {
  const [base, setBase] = useState(brand.draft);
  const [draft, setDraft] = useState(brand.draft);
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const canEdit = usePermission('content_write');
  const dirty = JSON.stringify(draft) !== JSON.stringify(base);

  if (brand.draft !== base && !dirty) {
    setBase(brand.draft);
    setDraft(brand.draft);
  }

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return {
    draft,
    edit: (mutate) =>
      setDraft((prev) => {
        const next = structuredClone(prev);
        mutate(next);
        return next;
      }),
    replace: setDraft,
    dirty,
    canEdit,
    errors,
    saving: saver.isPending,
    saveError,
    discard: () => {
      setDraft(base);
      setErrors({});
      setSaveError(null);
    },
    save: async () => {
      setSaveError(null);
      try {
        const saved = await saver.mutateAsync(draft);
        setErrors({});
        setBase(saved.draft);
        setDraft(saved.draft);
      } catch (e) {
        const map = fieldErrorMap(e);
        setErrors(map);
        setSaveError(isProblem(e, 'validation_failed') ? invalidMessage : errorMessage(e));
        const first = Object.keys(map)[0];
        if (first) findField(first)?.focus();
      }
    },
  };
}
