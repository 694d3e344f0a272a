import { memo } from "react";
import type { LucideIcon } from "lucide-react";

// Icons for long lists, drawn from one <symbol> each. A list row then holds <svg><use/></svg>
// (two elements, and a change of status is one changed attribute) instead of every icon's own
// shapes created and removed as the rows are reused for the next search result.

const symbolId = (icon: LucideIcon) => `sprite-${icon.displayName}`;

/**
 * The symbols, once per page that uses SpriteIcon for these icons. Takes no space and no focus.
 * Memoised: its parent (a list) renders on every keystroke, the icons never change.
 */
export const IconSprite = memo(function IconSprite({ icons }: { icons: readonly LucideIcon[] }) {
  const unique = [...new Map(icons.map((icon) => [symbolId(icon), icon])).entries()];
  return (
    <svg aria-hidden="true" focusable="false" className="absolute size-0 overflow-hidden" data-testid="icon-sprite">
      <defs>
        {unique.map(([id, Icon]) => (
          <symbol key={id} id={id} viewBox="0 0 24 24">
            <Icon />
          </symbol>
        ))}
      </defs>
    </svg>
  );
});

/**
 * One icon from the page's IconSprite; decorative (the text beside it carries the meaning). The
 * class is the caller's, unmerged: this renders for every row of every result.
 */
export function SpriteIcon({ icon, className }: { icon: LucideIcon; className: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={className}>
      <use href={`#${symbolId(icon)}`} />
    </svg>
  );
}
