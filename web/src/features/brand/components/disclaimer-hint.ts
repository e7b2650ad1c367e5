/** Google responsive search ads carry a disclaimer in a description, which holds 90 characters. */
export const RSA_DESCRIPTION_MAX = 90;

/** Said while the disclaimer is written, so nobody learns from a flagged ad that it cannot fit. */
export function disclaimerHint(text: string): string {
  const n = [...text.trim()].length;
  return n > RSA_DESCRIPTION_MAX
    ? `${n} characters: too long for a Google search ad description (${RSA_DESCRIPTION_MAX}), so Google ads of this brand will be flagged until it is shortened.`
    : `Up to ${RSA_DESCRIPTION_MAX} characters fits every format, Google search ad descriptions included.`;
}
