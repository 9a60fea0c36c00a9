/** Initials on a tinted disc, standing in for a photo (we show no images from other sites). */
export function Monogram({ name, size = 'large' }: { name: string; size?: 'large' | 'small' }) {
  const initials = name
    .replace(/^(Mr|Mrs|Ms|Coach)\s+/, '')
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word))
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase())
    .join('');
  // A stable hue per name, from a small palette that keeps AA contrast with the text colour in both themes.
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  const tint = hash % 6;
  return (
    <span className={`monogram monogram--${size} tint-${tint}`} aria-hidden="true">
      {initials}
    </span>
  );
}
