import { createBrowserRouter, type RouteObject } from 'react-router';
import { AuditLogRoute, DashboardRoute, MailRoute, MembersRoute, SecurityRoute } from './routes/app-pages';
import { AcceptInviteRoute, AuthCallbackRoute, ForgotPasswordRoute, LoginRoute, ResetPasswordRoute, SignupRoute } from './routes/auth';
import { RequireAuth } from './routes/guards';
import { NotFoundRoute, RouteErrorBoundary } from './routes/not-found';

export const routes: RouteObject[] = [
  {
    errorElement: <RouteErrorBoundary />,
    children: [
      { path: '/login', element: <LoginRoute /> },
      { path: '/signup', element: <SignupRoute /> },
      { path: '/forgot-password', element: <ForgotPasswordRoute /> },
      { path: '/reset-password', element: <ResetPasswordRoute /> },
      { path: '/accept-invite', element: <AcceptInviteRoute /> },
      { path: '/auth/callback', element: <AuthCallbackRoute /> },
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: <DashboardRoute /> },
          { path: '/settings/members', element: <MembersRoute /> },
          { path: '/settings/security', element: <SecurityRoute /> },
          { path: '/settings/audit-log', element: <AuditLogRoute /> },
          { path: '/settings/mail', element: <MailRoute /> },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
