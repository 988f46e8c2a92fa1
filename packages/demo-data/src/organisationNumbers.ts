// Swedish organisation numbers (organisationsnummer): ten digits, NNNNNN-NNNN, the last a Luhn check digit. The first
// digit says the legal form (2 public bodies, 5 limited companies, 7 economic associations, 8 foundations and
// non-profit associations), and the third and fourth digits are always 20 or more so that an organisation number
// can never be mistaken for a personal identity number.

export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let value = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (value > 9) value -= 9;
    sum += value;
  }
  return (10 - (sum % 10)) % 10;
}

/** Completes nine digits with the check digit and the hyphen. */
export function formatOrganisationNumber(nineDigits: string): string {
  if (!/^\d{9}$/.test(nineDigits)) throw new Error(`Expected nine digits, got "${nineDigits}"`);
  return `${nineDigits.slice(0, 6)}-${nineDigits.slice(6)}${luhnCheckDigit(nineDigits)}`;
}
