import { userOrRedirect } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { Card, PageTitle } from "@/components/ui/Card";
import { ProfileForm } from "@/components/profile/ProfileForm";
import { PhotoForm } from "@/components/profile/PhotoForm";

export const metadata = { title: "Profile" };

export default async function ProfilePage() {
  const user = await userOrRedirect("/profile");
  const row = await db.user.findUnique({ where: { id: user.id }, select: { photoUpdatedAt: true, createdAt: true } });
  const memberSince = new Intl.DateTimeFormat("en-GB", { dateStyle: "long" }).format(row?.createdAt ?? new Date());
  return (
    <div className="space-y-6">
      <PageTitle subtitle={`${user.email} · member since ${memberSince}`}>Your profile</PageTitle>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Photo</h2>
        <PhotoForm hasPhoto={user.hasPhoto} version={String(row?.photoUpdatedAt?.getTime() ?? 0)} />
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Details</h2>
        <ProfileForm name={user.name} phone={user.phone} />
      </Card>
    </div>
  );
}
