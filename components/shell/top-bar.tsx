import { Separator } from "@/components/ui/separator";
import { MobileNav } from "./mobile-nav";
import { SearchTrigger, TenantSwitcher } from "./palette-triggers";
import { ThemeToggle } from "./theme-toggle";
import { UserMenu } from "./user-menu";

/**
 * Tenant scope on the left (where M365 admin center and CIPP put it), search in the middle,
 * personal controls on the right. `userMenu` is a slot so sign-in can supply a server-rendered menu.
 */
export function TopBar({ userMenu = <UserMenu /> }: { userMenu?: React.ReactNode }) {
  return (
    <header className="sticky top-0 z-30 flex h-14 shrink-0 items-center gap-2 border-b bg-background/85 px-3 backdrop-blur supports-[backdrop-filter]:bg-background/70 md:px-6">
      <MobileNav />
      <TenantSwitcher className="max-w-56" />
      <div className="mx-auto hidden w-full max-w-md sm:block">
        <SearchTrigger />
      </div>
      <div className="ml-auto flex items-center gap-1 sm:ml-0">
        <ThemeToggle />
        <Separator orientation="vertical" className="mx-1 h-5!" />
        {userMenu}
      </div>
    </header>
  );
}
