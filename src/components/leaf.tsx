/** A small drawn leaf, the show's falling-leaves motif. Decorative only. */
export function Leaf({ className }: { className?: string }) {
  return (
    <svg
      className={className}
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M4 20C4 10 10 4 20 4c0 10-6 16-16 16Z" fill="currentColor" />
      <path d="M4 20 14 10" stroke="var(--leaf-vein)" strokeWidth="1.5" strokeLinecap="round" fill="none" />
    </svg>
  );
}
