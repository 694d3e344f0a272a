import { Badge, badgeVariants } from "@/components/ui/badge";
import { SpriteIcon } from "@/components/ui/sprite";
import { cn } from "@/lib/utils";
import type { StatusOption, Tone } from "./options";

// The list's badge classes, merged once per tone rather than for every badge of every row.
// overflow-visible: a clipping box per badge (the Badge default) is paint work for every row.
const LIST_BADGE = new Map<Tone, string>();
const listBadgeClass = (tone: Tone) => {
  let cls = LIST_BADGE.get(tone);
  if (!cls) LIST_BADGE.set(tone, (cls = cn(badgeVariants({ variant: tone }), "gap-1 transition-none overflow-visible")));
  return cls;
};

/**
 * One status as a coloured badge with its icon; the colour is never the only signal (label + icon).
 * No colour transition: list rows are reused in place (DataTableRows), and a badge fading from one
 * tenant's status to the next is both wrong to look at and 150 ms of repaints per keystroke.
 */
export function StatusBadge<V extends string>({ option, className, sprite = false }: { option: StatusOption<V>; className?: string; sprite?: boolean }) {
  const Icon = option.icon;
  // In long lists (sprite): a plain span with the tone's merged classes, and the icon from the
  // page's IconSprite (components/ui/sprite); the same markup as Badge.
  if (sprite) {
    return (
      <span data-slot="badge" className={className ? cn(listBadgeClass(option.tone), className) : listBadgeClass(option.tone)} data-status={option.value}>
        <SpriteIcon icon={Icon} className="size-3 shrink-0" />
        {option.label}
      </span>
    );
  }
  return (
    <Badge variant={option.tone} className={cn("gap-1 transition-none", className)} data-status={option.value}>
      <Icon aria-hidden="true" />
      {option.label}
    </Badge>
  );
}
