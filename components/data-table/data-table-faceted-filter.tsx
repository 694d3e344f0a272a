"use client";

import { createContext, useContext } from "react";
import { Check, PlusCircle } from "lucide-react";
import type { LucideIcon } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  Command,
  CommandEmpty,
  CommandGroup,
  CommandInput,
  CommandItem,
  CommandList,
} from "@/components/ui/command";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { Separator } from "@/components/ui/separator";
import { cn } from "@/lib/utils";

export interface FacetOption {
  value: string;
  label: string;
  icon?: LucideIcon;
}

/** Facet key → counts per value from the API (with every other filter applied); absent while loading. */
export type FacetCounts = Record<string, Record<string, number> | undefined>;

/**
 * Counts reach the filters through context, not props: every answer brings new counts, and only an
 * open filter's list shows them, so a closed filter (trigger, popover root) need not re-render.
 */
export const FacetCountsContext = createContext<FacetCounts | undefined>(undefined);

export interface FacetedFilterProps {
  title: string;
  options: FacetOption[];
  /** Which FacetCountsContext entry holds this filter's counts; no counts without it. */
  facet?: string;
  selected: string[];
  onChange: (values: string[]) => void;
  /** Single-select when the API takes one value per facet. */
  multiple?: boolean;
}

/** shadcn's faceted filter: a popover of options with counts; the trigger shows what is applied. */
export function DataTableFacetedFilter({ title, options, facet, selected, onChange, multiple = true }: FacetedFilterProps) {
  const chosen = new Set(selected);
  const toggle = (value: string) => {
    if (!multiple) return onChange(chosen.has(value) ? [] : [value]);
    const next = new Set(chosen);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    onChange(options.map((o) => o.value).filter((v) => next.has(v)));
  };
  const labels = options.filter((o) => chosen.has(o.value)).map((o) => o.label);
  return (
    <Popover>
      <PopoverTrigger asChild>
        <Button variant="outline" size="sm" className="h-8 border-dashed" aria-label={`Filter by ${title}${labels.length ? `: ${labels.join(", ")}` : ""}`}>
          <PlusCircle aria-hidden="true" />
          {title}
          {labels.length > 0 && (
            <>
              <Separator orientation="vertical" className="mx-1 h-4!" />
              {labels.length > 2 ? (
                <Badge variant="secondary" className="rounded-sm px-1 font-normal">{labels.length} selected</Badge>
              ) : (
                labels.map((label) => (
                  <Badge key={label} variant="secondary" className="rounded-sm px-1 font-normal">{label}</Badge>
                ))
              )}
            </>
          )}
        </Button>
      </PopoverTrigger>
      <PopoverContent className="w-60 p-0" align="start">
        <Command label={`${title} filter`}>
          {options.length > 7 && <CommandInput placeholder={title} aria-label={`Search ${title}`} />}
          <CommandList>
            <CommandEmpty>No results.</CommandEmpty>
            <CommandGroup>
              <FacetItems options={options} facet={facet} chosen={chosen} multiple={multiple} onToggle={toggle} />
            </CommandGroup>
          </CommandList>
        </Command>
        {/* Outside the cmdk list: axe rejects a separator inside the listbox, and clearing is a button. */}
        {selected.length > 0 && (
          <div className="border-t p-1">
            <Button variant="ghost" size="sm" className="w-full" onClick={() => onChange([])}>
              Clear filter
            </Button>
          </div>
        )}
      </PopoverContent>
    </Popover>
  );
}

/** The options with their counts; mounted only while the popover is open. */
function FacetItems({ options, facet, chosen, multiple, onToggle }: { options: FacetOption[]; facet?: string; chosen: Set<string>; multiple: boolean; onToggle: (value: string) => void }) {
  const all = useContext(FacetCountsContext);
  const counts = facet ? all?.[facet] : undefined;
  return (
    <>
      {options.map((option) => {
        const isSelected = chosen.has(option.value);
        const count = counts?.[option.value];
        return (
          <CommandItem key={option.value} value={option.label} aria-checked={isSelected} onSelect={() => onToggle(option.value)}>
            <span
              aria-hidden="true"
              className={cn(
                "flex size-4 items-center justify-center border border-primary",
                multiple ? "rounded-sm" : "rounded-full",
                isSelected ? "bg-primary text-primary-foreground" : "opacity-50 [&_svg]:invisible",
              )}
            >
              <Check className="size-3 text-current" />
            </span>
            {option.icon && <option.icon aria-hidden="true" />}
            <span>{option.label}</span>
            {count !== undefined && (
              <span className="ml-auto min-w-4 text-right font-mono text-xs tabular-nums text-muted-foreground">
                {count}
              </span>
            )}
          </CommandItem>
        );
      })}
    </>
  );
}
