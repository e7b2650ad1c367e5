/**
 * The one place that names schemas of the generated OpenAPI types. When the server's document renames
 * something, regenerate (`npm run gen:api`) and fix the aliases here.
 */
import type { components } from './schema';

type S = components['schemas'];

export type Problem = S['Problem'];
export type FieldError = S['FieldError'];
export type Role = S['Role'];
export type Permission = S['Permission'];
export type User = S['User'];
export type Organization = S['Organization'];
export type TokenResponse = S['TokenResponse'];
export type Me = S['Me'];
export type OrganizationMembership = S['OrganizationMembership'];
export type MembershipList = S['MembershipList'];
export type Member = S['Member'];
export type MemberPage = S['MemberPage'];
export type Invitation = S['Invitation'];
export type InvitationPage = S['InvitationPage'];
export type InvitationPreview = S['InvitationPreview'];
export type AuditEntry = S['AuditEntry'];
export type AuditPage = S['AuditPage'];
export type MailMessage = S['MailMessage'];
export type MailPage = S['MailPage'];
export type SessionInfo = S['SessionInfo'];
export type SessionList = S['SessionList'];
export type TotpEnrollment = S['TotpEnrollment'];
export type RecoveryCodes = S['RecoveryCodes'];
export type OnboardingStep = S['OnboardingStep'];
export type OnboardingList = S['OnboardingList'];

export type SignupRequest = S['SignupRequest'];
export type LoginRequest = S['LoginRequest'];
export type ForgotPasswordRequest = S['ForgotPasswordRequest'];
export type ResetPasswordRequest = S['ResetPasswordRequest'];
export type AcceptInvitationRequest = S['AcceptInvitationRequest'];
export type ChangePasswordRequest = S['ChangePasswordRequest'];
export type TotpCodeRequest = S['TotpCodeRequest'];
export type DisableTotpRequest = S['DisableTotpRequest'];
export type UpdateRoleRequest = S['UpdateRoleRequest'];
export type InviteRequest = S['InviteRequest'];
export type CreateOrganizationRequest = S['CreateOrganizationRequest'];

export const ROLES = ['admin', 'manager', 'creator', 'viewer', 'billing_admin'] as const satisfies readonly Role[];
export type OidcStatus = S['OidcStatus'];
