/** The mark: a plain glyph in a blue tile, so it renders without an emoji font. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <span aria-hidden style={{
      display: 'inline-flex', alignItems: 'center', justifyContent: 'center', width: size, height: size, borderRadius: size / 4,
      background: '#1677ff', color: '#fff', fontWeight: 700, fontSize: size * 0.6, lineHeight: 1, flex: 'none',
    }}>后</span>
  );
}
