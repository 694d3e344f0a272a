import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";
import type { StatusOption } from "./options";

/**
 * One status as a coloured badge with its icon; the colour is never the only signal (label + icon).
 * No colour transition: list rows are reused in place (DataTableRows), and a badge fading from one
 * tenant's status to the next is both wrong to look at and 150 ms of repaints per keystroke.
 */
export function StatusBadge<V extends string>({ option, className }: { option: StatusOption<V>; className?: string }) {
  const Icon = option.icon;
  return (
    <Badge variant={option.tone} className={cn("gap-1 transition-none", className)} data-status={option.value}>
      <Icon aria-hidden="true" />
      {option.label}
    </Badge>
  );
}
