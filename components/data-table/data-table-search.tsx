"use client";

import { useEffect, useRef, useState } from "react";
import { Search, X } from "lucide-react";

import { Input } from "@/components/ui/input";

/**
 * The toolbar's search box. It owns what is typed so the input never waits on the URL or the
 * server; the parent decides when the text becomes a request (see useSettledValue).
 */
export function DataTableSearch({
  value,
  onChange,
  label,
  placeholder,
}: {
  value: string;
  onChange: (value: string) => void;
  label: string;
  placeholder?: string;
}) {
  const [text, setText] = useState(value);
  // What we sent up and have not seen come back yet. The URL (and so `value`) follows a keystroke
  // a render or more later; an echo of our own older text must not overwrite newer typing, while
  // a value we never sent (Reset, Back) replaces the box.
  const inFlight = useRef<string[]>([]);
  useEffect(() => {
    const echo = inFlight.current.indexOf(value);
    if (echo >= 0) {
      inFlight.current = inFlight.current.slice(echo + 1);
      return;
    }
    inFlight.current = [];
    setText(value);
  }, [value]);

  const update = (next: string) => {
    setText(next);
    const trimmed = next.trim();
    inFlight.current = [...inFlight.current.slice(-50), trimmed];
    onChange(trimmed);
  };

  return (
    <div className="relative w-full sm:w-64 lg:w-80">
      <Search className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden="true" />
      <Input
        type="search"
        aria-label={label}
        placeholder={placeholder ?? label}
        value={text}
        onChange={(e) => update(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape" && text) {
            e.preventDefault();
            update("");
          }
        }}
        className="h-8 pl-8 pr-8 [&::-webkit-search-cancel-button]:hidden"
        autoComplete="off"
        spellCheck={false}
      />
      {text && (
        <button
          type="button"
          onClick={() => update("")}
          aria-label="Clear search"
          className="absolute right-1.5 top-1/2 flex size-5 -translate-y-1/2 items-center justify-center rounded-sm text-muted-foreground outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50"
        >
          <X className="size-3.5" aria-hidden="true" />
        </button>
      )}
    </div>
  );
}
