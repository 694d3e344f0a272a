import { Badge } from "@/components/ui/badge";
import { SpriteIcon } from "@/components/ui/sprite";
import { cn } from "@/lib/utils";
import type { StatusOption } from "./options";

/**
 * One status as a coloured badge with its icon; the colour is never the only signal (label + icon).
 * No colour transition: list rows are reused in place (DataTableRows), and a badge fading from one
 * tenant's status to the next is both wrong to look at and 150 ms of repaints per keystroke.
 */
export function StatusBadge<V extends string>({ option, className, sprite = false }: { option: StatusOption<V>; className?: string; sprite?: boolean }) {
  const Icon = option.icon;
  return (
    // overflow-visible in lists: a clipping box per badge (the Badge default) is paint work for every row.
    <Badge variant={option.tone} className={cn("gap-1 transition-none", sprite && "overflow-visible", className)} data-status={option.value}>
      {/* In long lists (sprite) the icon comes from the page's IconSprite; see components/ui/sprite. */}
      {sprite ? <SpriteIcon icon={Icon} className="size-3 shrink-0" /> : <Icon aria-hidden="true" />}
      {option.label}
    </Badge>
  );
}
