/**
 * A holder's name as shown to anyone who scans a QR code: enough to match it against the person in
 * front of you, not enough to look them up. "Jordan Smith" → "J. S****", "Ann Marie de Souza" →
 * "A. S****", "Cher" → "C***".
 */
export function maskHolderName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return "";
  const stars = (word: string) => {
    const letters = [...word];
    return letters[0].toUpperCase() + "*".repeat(Math.max(letters.length - 1, 1));
  };
  if (parts.length === 1) return stars(parts[0]);
  const first = [...parts[0]][0].toUpperCase();
  return `${first}. ${stars(parts[parts.length - 1])}`;
}
