import { Brand } from "./brand";
import { SidebarNav } from "./sidebar-nav";

/** Desktop sidebar (md and up); below md the same navigation opens from the top bar's menu button. */
export function AppSidebar() {
  return (
    <aside
      aria-label="Sidebar"
      className="sticky top-0 hidden h-svh w-60 shrink-0 flex-col border-r border-sidebar-border bg-sidebar md:flex"
    >
      <div className="flex h-14 items-center border-b border-sidebar-border px-5">
        <Brand />
      </div>
      <SidebarNav />
    </aside>
  );
}
