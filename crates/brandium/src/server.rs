//! Running the process: the HTTP server with an in-process worker, or a worker alone.

use crate::app::{self, Services};
use crate::config::Config;
use crate::scheduler;
use std::net::SocketAddr;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

/// A running server, for `serve` and for tests that start the real application on port 0.
pub struct Running {
    pub addr: SocketAddr,
    pub services: Services,
    pub shutdown: CancellationToken,
    task: tokio::task::JoinHandle<()>,
}

impl Running {
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub async fn stop(self) {
        self.shutdown.cancel();
        let _ = self.task.await;
    }

    pub async fn wait(self) {
        let _ = self.task.await;
    }
}

fn worker_id(prefix: &str) -> String {
    format!(
        "{prefix}-{}-{}",
        std::process::id(),
        &uuid::Uuid::new_v4().simple().to_string()[..8]
    )
}

/// Starts the HTTP server and, when `with_worker`, a job worker in the same process.
pub async fn start(
    cfg: &Config,
    services: Services,
    listener: TcpListener,
    with_worker: bool,
) -> anyhow::Result<Running> {
    let addr = listener.local_addr()?;
    let shutdown = CancellationToken::new();
    let router = app::router(services.state.clone());
    let worker = with_worker.then(|| app::worker(&services, worker_id("serve"), cfg));
    let scheduler_state = with_worker.then(|| services.state.clone());
    let limiter = services.state.login_limiter.clone();
    let token = shutdown.clone();
    let task = tokio::spawn(async move {
        let worker_task = worker.map(|w| tokio::spawn(w.run(token.clone())));
        let scheduler_task =
            scheduler_state.map(|st| tokio::spawn(scheduler::run(st, token.clone())));
        let prune_token = token.clone();
        let prune = tokio::spawn(async move {
            let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
            loop {
                tokio::select! {
                    _ = prune_token.cancelled() => break,
                    _ = tick.tick() => limiter.prune(),
                }
            }
        });
        let serve = axum::serve(
            listener,
            router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(token.clone().cancelled_owned());
        if let Err(e) = serve.await {
            tracing::error!(error = %e, "server stopped with an error");
        }
        token.cancel();
        if let Some(w) = worker_task {
            let _ = w.await;
        }
        if let Some(t) = scheduler_task {
            let _ = t.await;
        }
        let _ = prune.await;
    });
    Ok(Running {
        addr,
        services,
        shutdown,
        task,
    })
}

/// `brandium serve`: until SIGINT or SIGTERM.
pub async fn serve(cfg: Config) -> anyhow::Result<()> {
    let db = app::open_database(&cfg).await?;
    let services = app::services(&cfg, db).await?;
    let listener = TcpListener::bind(&cfg.listen).await?;
    let running = start(&cfg, services, listener, true).await?;
    tracing::info!(url = %cfg.public_url(), listen = %running.addr, "Brandium is ready");
    let token = running.shutdown.clone();
    tokio::spawn(async move {
        shutdown_signal().await;
        tracing::info!("shutting down");
        token.cancel();
    });
    running.wait().await;
    Ok(())
}

/// `brandium worker`: jobs only, for scale-out next to stateless `serve` instances.
pub async fn worker(cfg: Config) -> anyhow::Result<()> {
    let db = app::open_database(&cfg).await?;
    let services = app::services(&cfg, db).await?;
    let token = CancellationToken::new();
    let w = app::worker(&services, worker_id("worker"), &cfg);
    let t = token.clone();
    tokio::spawn(async move {
        shutdown_signal().await;
        t.cancel();
    });
    tracing::info!("worker started");
    let scheduler_task = tokio::spawn(scheduler::run(services.state.clone(), token.clone()));
    w.run(token).await;
    let _ = scheduler_task.await;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
