//! The route table and the one guard every authenticated route passes: token, session,
//! membership and permission are checked here and nowhere else.

use crate::{ApiError, AppState};
use axum::{
    Router,
    extract::{FromRequestParts, Request},
    http::{Method, StatusCode, header, request::Parts},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::MethodRouter,
};
use db::entities::{organization_user, session};
use db::sea_orm::{
    ConnectionTrait,
    sea_query::{Expr, ExprTrait, Query},
};
use kernel::{Permission, Role};
use uuid::Uuid;

/// Who is calling and in which organization. Only the guard creates it, from a verified token.
#[derive(Debug, Clone, Copy)]
pub struct TenantCtx {
    pub user_id: Uuid,
    pub org_id: Uuid,
    pub session_id: Uuid,
    pub role: Role,
}

impl TenantCtx {
    pub fn can(&self, p: Permission) -> bool {
        self.role.can(p)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for TenantCtx {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<TenantCtx>()
            .copied()
            .ok_or_else(ApiError::unauthorized)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Public,
    Permission(Permission),
}

#[derive(Debug, Clone)]
pub struct RouteInfo {
    pub method: Method,
    /// Path under `/api/v1`, axum syntax (`/users/{id}`).
    pub path: &'static str,
    pub access: Access,
}

/// A router that remembers, for every route, its method, path and required permission.
pub struct ApiRoutes {
    router: Router<AppState>,
    table: Vec<RouteInfo>,
}

impl Default for ApiRoutes {
    fn default() -> Self {
        Self::new()
    }
}

impl ApiRoutes {
    pub fn new() -> Self {
        Self {
            router: Router::new(),
            table: Vec::new(),
        }
    }

    pub fn public(
        mut self,
        method: Method,
        path: &'static str,
        handler: MethodRouter<AppState>,
    ) -> Self {
        self.table.push(RouteInfo {
            method,
            path,
            access: Access::Public,
        });
        self.router = self.router.route(path, handler);
        self
    }

    pub fn guarded(
        mut self,
        method: Method,
        path: &'static str,
        permission: Permission,
        handler: MethodRouter<AppState>,
    ) -> Self {
        self.table.push(RouteInfo {
            method,
            path,
            access: Access::Permission(permission),
        });
        let handler = handler.route_layer(middleware::from_fn(move |req: Request, next: Next| {
            guard(permission, req, next)
        }));
        self.router = self.router.route(path, handler);
        self
    }

    pub fn merge(mut self, other: ApiRoutes) -> Self {
        self.router = self.router.merge(other.router);
        self.table.extend(other.table);
        self
    }

    pub fn into_parts(self) -> (Router<AppState>, Vec<RouteInfo>) {
        (self.router, self.table)
    }
}

async fn guard(permission: Permission, mut req: Request, next: Next) -> Response {
    let Some(state) = req.extensions().get::<AppState>().cloned() else {
        return ApiError::internal("AppState extension missing").into_response();
    };
    match authenticate(&state, req.headers()).await {
        Ok(ctx) => {
            if !ctx.can(permission) {
                return ApiError::forbidden().into_response();
            }
            tracing::Span::current().record("org_id", tracing::field::display(ctx.org_id));
            req.extensions_mut().insert(ctx);
            next.run(req).await
        }
        Err(e) => e.into_response(),
    }
}

/// Verifies the bearer token and loads the live session and membership behind it.
pub async fn authenticate(
    state: &AppState,
    headers: &axum::http::HeaderMap,
) -> Result<TenantCtx, ApiError> {
    let unauthorized = || {
        let mut e = ApiError::unauthorized();
        e.detail = "The access token is missing, expired or revoked.".into();
        e
    };
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .ok_or_else(unauthorized)?;
    let claims = state.tokens.verify(token.trim()).ok_or_else(unauthorized)?;
    let now = state.clock.now();
    // One indexed join answers both questions: is the session live, and what is the role here?
    let query = Query::select()
        .column((organization_user::Entity, organization_user::Column::Role))
        .column((session::Entity, session::Column::UserId))
        .column((session::Entity, session::Column::ExpiresAt))
        .column((session::Entity, session::Column::RevokedAt))
        .from(session::Entity)
        .inner_join(
            organization_user::Entity,
            Expr::col((organization_user::Entity, organization_user::Column::UserId))
                .equals((session::Entity, session::Column::UserId)),
        )
        .and_where(Expr::col((session::Entity, session::Column::Id)).eq(claims.sid))
        .and_where(
            Expr::col((
                organization_user::Entity,
                organization_user::Column::OrganizationId,
            ))
            .eq(claims.org),
        )
        .to_owned();
    let row = state.db.query_one(&query).await?;
    let parsed = row
        .map(|r| {
            Ok::<_, db::sea_orm::DbErr>((
                r.try_get::<String>("", "role")?,
                r.try_get::<Uuid>("", "user_id")?,
                r.try_get::<chrono::DateTime<chrono::Utc>>("", "expires_at")?,
                r.try_get::<Option<chrono::DateTime<chrono::Utc>>>("", "revoked_at")?,
            ))
        })
        .transpose()?;
    let (sess, membership) = match parsed {
        Some((role, user, expires, revoked)) => (Some((user, expires, revoked)), Some(role)),
        None => (None, None),
    };
    let live = matches!(sess, Some((user, expires, None)) if user == claims.sub && expires > now);
    let role = membership.and_then(|r| r.parse::<Role>().ok());
    match (live, role) {
        (true, Some(role)) => Ok(TenantCtx {
            user_id: claims.sub,
            org_id: claims.org,
            session_id: claims.sid,
            role,
        }),
        _ => Err(unauthorized()),
    }
}

/// Fallback for unknown `/api/...` paths: problem+json, never the web app.
pub async fn api_not_found() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "not_found",
        "No API route matches this path.",
    )
}

/// A route that exists but not for this method.
pub async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        "This route does not accept that method.",
    )
}
