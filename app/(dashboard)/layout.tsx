import { AppSidebar } from "@/components/shell/app-sidebar";
import { CommandPaletteProvider } from "@/components/shell/command-palette";
import { TopBar } from "@/components/shell/top-bar";
import { UserMenu } from "@/components/shell/user-menu";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { ConnectionBanner } from "@/components/sam/connection-banner";

/**
 * The signed-in application frame: sidebar, top bar, and one <main> that every page renders into.
 * proxy.ts already sends visitors without a session to /signin; this re-check covers anything the
 * proxy's matcher misses. Pages are for people, so an API key does not open them.
 */
export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (actor?.type !== "user") redirect("/signin");
  return (
    <CommandPaletteProvider>
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-primary px-4 py-2 text-sm font-medium text-primary-foreground focus:not-sr-only focus:fixed focus:left-3 focus:top-3"
      >
        Skip to main content
      </a>
      <div className="flex min-h-svh">
        <AppSidebar />
        <div className="flex min-w-0 flex-1 flex-col">
          <TopBar userMenu={<UserMenu user={{ name: actor.name, upn: actor.upn, role: actor.role }} />} />
          <main id="main" tabIndex={-1} className="flex-1 outline-none">
            <div className="mx-auto flex w-full max-w-7xl flex-col gap-6 px-4 py-6 md:px-8 md:py-8">
              <ConnectionBanner role={actor.role} />
              {children}
            </div>
          </main>
        </div>
      </div>
    </CommandPaletteProvider>
  );
}
