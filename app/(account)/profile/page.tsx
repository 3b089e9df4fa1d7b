import { userOrRedirect } from "@/lib/auth/session";
import { getProfileExtras } from "@/lib/profile/queries";
import { maskPhone } from "@/lib/notifications/mask-phone";
import { Card, PageTitle } from "@/components/ui/Card";
import { ProfileForm } from "@/components/profile/ProfileForm";
import { PhotoForm } from "@/components/profile/PhotoForm";
import { PhoneVerificationForm } from "@/components/profile/PhoneVerificationForm";
import { DeleteAccountForm, SignOutEverywhereButton } from "@/components/profile/AccountControls";

export const metadata = { title: "Profile" };

export default async function ProfilePage({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  const user = await userOrRedirect("/profile");
  const { welcome } = await searchParams;
  const extras = await getProfileExtras();
  const memberSince = new Intl.DateTimeFormat("en-GB", { dateStyle: "long" }).format(extras.memberSince);
  return (
    <div className="space-y-6">
      <PageTitle subtitle={`${user.email} · member since ${memberSince}`}>Your profile</PageTitle>
      {!user.phoneVerified ? (
        <Card>
          <h2 className="mb-4 text-lg font-semibold" id="verify-phone">
            {welcome ? "Welcome! One more step: confirm your phone number" : "Confirm your phone number"}
          </h2>
          <PhoneVerificationForm maskedPhone={maskPhone(user.phone)} />
        </Card>
      ) : null}
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Photo</h2>
        <PhotoForm hasPhoto={user.hasPhoto} version={extras.photoVersion} />
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Details</h2>
        {user.phoneVerified ? <p className="mb-4 text-sm text-slate-700">Your phone number is verified.</p> : null}
        <ProfileForm name={user.name} phone={user.phone} />
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Your data</h2>
        <div className="space-y-4">
          <p className="text-sm text-slate-700">One JSON file with your profile, policies, claims, feedback and messages.</p>
          <a href="/api/profile/export" download className="inline-flex rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100">
            Download my data
          </a>
          <h3 className="pt-2 font-semibold">Sessions</h3>
          <p className="text-sm text-slate-700">Signed in on a computer you no longer use? End every session, including this one.</p>
          <SignOutEverywhereButton />
        </div>
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Delete my account</h2>
        <DeleteAccountForm openClaims={extras.openClaims} />
      </Card>
    </div>
  );
}
