import { cn } from '@/lib/cn';

export const MIN_PASSWORD_LENGTH = 12;

/** A rough strength score 0..4: length first, then variety. The server's policy is the judge. */
export function passwordScore(pw: string): number {
  if (!pw) return 0;
  let score = 0;
  if (pw.length >= MIN_PASSWORD_LENGTH) score++;
  if (pw.length >= 16) score++;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(pw)).length;
  if (classes >= 3) score++;
  if (pw.length >= 20 || (classes === 4 && pw.length >= 14)) score++;
  if (pw.length < MIN_PASSWORD_LENGTH) return Math.min(score, 1);
  return Math.min(score, 4);
}

const LABELS = ['Too short', 'Weak', 'Fair', 'Good', 'Strong'];
const COLORS = ['bg-line', 'bg-danger', 'bg-coral', 'bg-primary', 'bg-success'];

export function PasswordStrength({ password }: { password: string }) {
  const score = passwordScore(password);
  const tooShort = password.length < MIN_PASSWORD_LENGTH;
  const label = tooShort ? `${LABELS[0]}: ${password.length}/${MIN_PASSWORD_LENGTH} characters` : LABELS[score];
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex gap-1" aria-hidden="true">
        {[1, 2, 3, 4].map((i) => (
          <span key={i} className={cn('h-1.5 flex-1 rounded-full transition-colors', !tooShort && score >= i ? COLORS[score] : 'bg-line')} />
        ))}
      </div>
      <span aria-live="polite">
        Strength: <span className="font-medium text-slate">{password ? label : `at least ${MIN_PASSWORD_LENGTH} characters`}</span>. A few unrelated words make a strong, memorable password.
      </span>
    </div>
  );
}
