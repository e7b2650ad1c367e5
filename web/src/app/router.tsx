import { Navigate, createBrowserRouter, type RouteObject } from 'react-router';
import {
  AuditLogRoute,
  BrandChecksRoute,
  BrandFoundationRoute,
  BrandKitRoute,
  BrandPersonasRoute,
  BrandRevisionsRoute,
  BrandVisualRoute,
  BrandVoiceRoute,
  DashboardRoute,
  MailRoute,
  MembersRoute,
  SecurityRoute,
} from './routes/app-pages';
import { AcceptInviteRoute, AuthCallbackRoute, ForgotPasswordRoute, LoginRoute, ResetPasswordRoute, SignupRoute } from './routes/auth';
import { AssetsRoute } from './routes/assets';
import { InboxItemRoute, InboxRoute, PreviewRoute } from './routes/inbox';
import { AiSettingsRoute, BrandApprovalsRoute, BrandLearningRoute, ComplianceRoute, CreateRoute, LibraryRoute, RunRoute } from './routes/agents';
import { BrandLayout } from './routes/brand-layout';
import { BrandsIndexRoute } from './routes/brands-index';
import { OnboardingRoute } from './routes/onboarding';
import { KeywordsRoute, ResearchRoute, ResearchSiteRoute } from './routes/research';
import { AlertsRoute, CompetitorAnalysisRoute, CompetitorRoute, CompetitorsRoute, MonitoringRoute } from './routes/competitors';
import { RequireAuth } from './routes/guards';
import { ShareRoute } from './routes/share';
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
      { path: '/share/:token', element: <ShareRoute /> },
      { path: '/preview/:token', element: <PreviewRoute /> },
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: <DashboardRoute /> },
          { path: '/settings/members', element: <MembersRoute /> },
          { path: '/settings/security', element: <SecurityRoute /> },
          { path: '/settings/audit-log', element: <AuditLogRoute /> },
          { path: '/settings/mail', element: <MailRoute /> },
          { path: '/onboarding', element: <OnboardingRoute /> },
          { path: '/brands', element: <BrandsIndexRoute /> },
          { path: '/assets', element: <AssetsRoute /> },
          { path: '/inbox', element: <InboxRoute /> },
          { path: '/inbox/:itemId', element: <InboxItemRoute /> },
          { path: '/create', element: <CreateRoute /> },
          { path: '/create/runs/:runId', element: <RunRoute /> },
          { path: '/library', element: <LibraryRoute /> },
          { path: '/compliance', element: <ComplianceRoute /> },
          { path: '/research', element: <ResearchRoute /> },
          { path: '/research/sites/:siteId', element: <ResearchSiteRoute /> },
          { path: '/keywords', element: <KeywordsRoute /> },
          { path: '/competitors', element: <CompetitorsRoute /> },
          { path: '/competitors/analysis', element: <CompetitorAnalysisRoute /> },
          { path: '/competitors/:competitorId', element: <CompetitorRoute /> },
          { path: '/monitoring', element: <MonitoringRoute /> },
          { path: '/alerts', element: <AlertsRoute /> },
          { path: '/settings/ai', element: <AiSettingsRoute /> },
          {
            path: '/brands/:brandId',
            element: <BrandLayout />,
            children: [
              { index: true, element: <Navigate to="foundation" replace /> },
              { path: 'foundation', element: <BrandFoundationRoute /> },
              { path: 'voice', element: <BrandVoiceRoute /> },
              { path: 'personas', element: <BrandPersonasRoute /> },
              { path: 'revisions', element: <BrandRevisionsRoute /> },
              { path: 'kit', element: <BrandKitRoute /> },
              { path: 'visual', element: <BrandVisualRoute /> },
              { path: 'checks', element: <BrandChecksRoute /> },
              { path: 'approvals', element: <BrandApprovalsRoute /> },
              { path: 'learning', element: <BrandLearningRoute /> },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
