import { Section, SectionEmpty } from "@/components/tenants/overview/section";
import type { UserDetail } from "@/lib/microsoft/graph/user-reads";

// Graph's authentication method types, as the Entra admin center names them.
const METHOD_LABELS: Record<string, string> = {
  passwordAuthenticationMethod: "Password",
  microsoftAuthenticatorAuthenticationMethod: "Microsoft Authenticator",
  phoneAuthenticationMethod: "Phone",
  fido2AuthenticationMethod: "FIDO2 security key",
  softwareOathAuthenticationMethod: "Software OATH token",
  hardwareOathAuthenticationMethod: "Hardware OATH token",
  windowsHelloForBusinessAuthenticationMethod: "Windows Hello for Business",
  emailAuthenticationMethod: "Email",
  temporaryAccessPassAuthenticationMethod: "Temporary Access Pass",
  platformCredentialAuthenticationMethod: "Platform credential",
};

/** The registered methods (MFA); null when the GDAP roles do not allow reading them. */
export function UserAuthMethodsCard({ methods }: { methods: UserDetail["authMethods"] }) {
  const mfa = methods?.filter((m) => m.type !== "passwordAuthenticationMethod") ?? [];
  return (
    <Section id="user-auth-methods" title="Authentication methods" description={methods ? (mfa.length ? `${mfa.length} besides the password` : "Password only: no MFA method registered") : undefined}>
      {methods === null ? (
        <SectionEmpty>Microsoft did not allow reading them: the GDAP relationship needs the Authentication Administrator or Global Reader role.</SectionEmpty>
      ) : methods.length === 0 ? (
        <SectionEmpty>No authentication method registered.</SectionEmpty>
      ) : (
        <ul className="flex flex-col gap-1 text-sm" aria-label="Authentication methods">
          {methods.map((m) => (
            <li key={m.id}>{METHOD_LABELS[m.type] ?? m.type}</li>
          ))}
        </ul>
      )}
    </Section>
  );
}
