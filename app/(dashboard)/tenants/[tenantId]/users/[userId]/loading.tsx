import { UserDetailSkeleton } from "@/components/users/detail/user-detail-skeleton";

export default function UserLoading() {
  return <UserDetailSkeleton />;
}
