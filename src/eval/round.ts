/**
 * Python's float rounding and fixed-point formatting (`round(x, n)`,
 * `f"{x:.nf}"`): the exact binary value is rounded, ties to even. JavaScript's
 * `toFixed` rounds exact ties up (0.03125 -> "0.0313", Python "0.0312"), and
 * precisions like 1/32 do occur in scores.
 */
export function pyFixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return String(x);
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const abs = Math.abs(x);
  const upper = abs.toFixed(digits);
  // Up to 100 decimals is the exact value of any double that can be a tie.
  const exact = abs.toFixed(100);
  const cut = exact.indexOf('.') + (digits > 0 ? 1 + digits : 0);
  if (!/^50*$/.test(exact.slice(cut).replace('.', ''))) return sign + upper;
  const lower = exact.slice(0, cut);
  const lastDigit = Number(lower[lower.length - 1]);
  return sign + (lastDigit % 2 === 0 ? lower : upper);
}

export function pyRound(x: number, digits: number): number {
  return Number(pyFixed(x, digits));
}
