import Organisationsnummer from 'organisationsnummer';
import { z } from 'zod';

/**
 * A Swedish organisation number (organisationsnummer), checked with the `organisationsnummer` package (format and
 * Luhn check digit) and stored in the form NNNNNN-NNNN.
 */
export const organisationNumber = z.string().transform((value, context) => {
  if (!Organisationsnummer.valid(value)) {
    context.addIssue({
      code: 'custom',
      message: `is not a valid organisation number (NNNNNN-NNNN with a correct check digit)`,
    });
    return z.NEVER;
  }
  return Organisationsnummer.parse(value).format(true);
});
