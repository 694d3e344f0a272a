import Link from "next/link";

/** Wordmark + mark. The mark is inline SVG so the shell needs no image request. */
export function Brand() {
  return (
    <Link
      href="/"
      className="flex items-center gap-2.5 rounded-md outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
    >
      <svg viewBox="0 0 32 32" className="size-7 shrink-0" aria-hidden="true">
        <rect width="32" height="32" rx="7" className="fill-primary" />
        <path d="M8 9h16v4h-6v11h-4V13H8z" className="fill-primary-foreground" />
        <rect x="19" y="17" width="5" height="7" rx="1" className="fill-primary-foreground/60" />
      </svg>
      <span className="text-[15px] font-semibold tracking-tight">Tenantry</span>
    </Link>
  );
}
