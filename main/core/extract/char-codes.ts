// Character sets by code unit: readers that test single characters around every number or word use these, because
// `text[at]` makes a new one-character string for each Chinese character. charCodeAt out of range is NaN, which no
// set holds.
export const codes = (chars: string): ReadonlySet<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
