import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { ROLES } from '@/lib/api/types';
import { ROLE_INFO } from '@/lib/auth/roles';

export function RoleLegend() {
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2" className="text-base">
          Roles
        </CardTitle>
        <CardDescription>What each role can do in this organization.</CardDescription>
      </CardHeader>
      <CardContent>
        <dl className="flex flex-col gap-3 text-sm">
          {ROLES.map((r) => (
            <div key={r} className="border-l-2 border-coral pl-3">
              <dt className="font-semibold text-ink">{ROLE_INFO[r].label}</dt>
              <dd className="text-muted">{ROLE_INFO[r].description}</dd>
            </div>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}
