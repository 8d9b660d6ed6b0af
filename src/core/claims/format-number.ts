/**
 * Numbers for display without `Intl` (ADR 0031): the same text as
 * `new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(n)` — digits grouped by
 * three with ",", at most two decimals rounded half away from zero on the number's shortest
 * decimal form, no trailing zeros — for every finite number. Why not `Intl`: the first number
 * format in a freshly started worker loads ICU's data (~9 ms in a Chrome trace of a woken worker,
 * ~20-28 ms in Node), and a woken worker's first answer waited for it.
 */

const MAX_DECIMALS = 2;

/** The digits and the decimal point's place of a non-negative finite number's shortest form. */
function decimalDigits(abs: number): { digits: string; point: number } {
  // `toString` gives the shortest text that reads back as the same number (ECMA-262 Number::toString).
  const [mantissa = '0', exponent] = abs.toString().split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  return { digits: whole + fraction, point: whole.length + (exponent ? Number(exponent) : 0) };
}

/** `digits` with the decimal point after `point` digits, rounded half up to `MAX_DECIMALS`. */
function rounded(digits: string, point: number): { whole: string; fraction: string } {
  const keep = point + MAX_DECIMALS;
  if (keep < 0) return { whole: '0', fraction: '' };
  const padded = digits.padEnd(keep, '0');
  let kept = padded.slice(0, keep);
  if ((padded[keep] ?? '0') >= '5') {
    // Add one in the last kept place, carrying to the left ("0.995" → "1").
    const out = kept.split('');
    let i = out.length - 1;
    for (; i >= 0; i--) {
      if (out[i] === '9') out[i] = '0';
      else {
        out[i] = String(Number(out[i]) + 1);
        break;
      }
    }
    kept = (i < 0 ? '1' : '') + out.join('');
  }
  const wholeLength = kept.length - MAX_DECIMALS;
  const whole = wholeLength > 0 ? kept.slice(0, wholeLength).replace(/^0+(?=\d)/, '') : '0';
  const fraction = kept.slice(Math.max(0, wholeLength)).padStart(MAX_DECIMALS, '0').replace(/0+$/, '');
  return { whole, fraction };
}

/** `n` grouped by thousands with at most two decimals, as en-GB's number format writes it. */
export function formatNumber(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  if (!Number.isFinite(n)) return `${sign}∞`;
  const { digits, point } = decimalDigits(Math.abs(n));
  const { whole, fraction } = rounded(digits, point);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction ? `.${fraction}` : ''}`;
}
