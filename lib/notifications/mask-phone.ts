/** "+447911123456" → "+44 ••• ••• 456": enough to tell numbers apart in logs and admin lists, no more. */
export function maskPhone(phone: string): string {
  if (phone.length <= 6) return "•••";
  return `${phone.slice(0, 3)} ••• ••• ${phone.slice(-3)}`;
}
