// Series colours from the Okabe–Ito palette, which stays distinguishable in every common colour-vision deficiency.
// The darker members were chosen so each has at least 3:1 contrast on white (WCAG 1.4.11); series are also told
// apart by their line dash or bar label, never by colour alone.
export const SERIES = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#000000', '#8a6d00'] as const;

/** Dash patterns paired with the series colours, so lines differ in shape as well as in colour. */
export const DASHES = ['', '6 3', '2 2', '8 3 2 3', '1 4', '10 4'] as const;
