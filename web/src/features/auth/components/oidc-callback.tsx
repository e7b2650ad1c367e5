import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Spinner } from '@/components/ui/spinner';
import { startSession } from '@/lib/auth/session';

/** Reads `#access_token=…&refresh_token=…` left by the server after single sign-on, stores it and goes home. */
export function OidcCallback() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [failed] = useState(() => {
    const hash = new URLSearchParams(window.location.hash.replace(/^#/, ''));
    return !(hash.get('access_token') && hash.get('refresh_token'));
  });

  useEffect(() => {
    const hash = new URLSearchParams(window.location.hash.replace(/^#/, ''));
    const access = hash.get('access_token');
    const refresh = hash.get('refresh_token');
    // Drop the tokens from the address bar and history either way.
    window.history.replaceState(null, '', window.location.pathname);
    if (access && refresh) {
      startSession({ access_token: access, refresh_token: refresh }, queryClient);
      navigate('/', { replace: true });
    }
  }, [navigate, queryClient]);

  if (failed) {
    return (
      <Alert tone="danger" title="Single sign-on did not complete">
        <p>
          The identity provider did not return a session. <Link to="/login" className="font-medium underline">Try signing in again</Link>.
        </p>
      </Alert>
    );
  }
  return (
    <div className="flex items-center gap-3 text-sm">
      <Spinner label="" /> Signing you in…
    </div>
  );
}
