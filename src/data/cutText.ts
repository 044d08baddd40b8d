/**
 * Text from someone's file or link, cut to at most `max` UTF-16 units with an
 * ellipsis, never inside a surrogate pair (half an emoji shows as a replacement
 * character): a piece of any length that can be shown.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${/[\uD800-\uDBFF]$/u.test(cut) ? cut.slice(0, -1) : cut}…`;
}
