//! Logs (text or JSON lines) and the Prometheus recorder, installed once per process.

use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use std::sync::OnceLock;
use tracing_subscriber::{EnvFilter, fmt, prelude::*};

/// Installs the log subscriber. Logs go to stdout for the server; commands whose stdout is a report (`audit`, `capture`,
/// `openapi`...) pass `to_stderr` so that their output can be piped as it is.
pub fn init_logging(format: &str, level: &str, to_stderr: bool) {
    let filter = EnvFilter::try_new(level).unwrap_or_else(|_| EnvFilter::new("info"));
    let registry = tracing_subscriber::registry().with(filter);
    let writer = move || -> Box<dyn std::io::Write> {
        if to_stderr {
            Box::new(std::io::stderr())
        } else {
            Box::new(std::io::stdout())
        }
    };
    let result = if format == "json" {
        registry
            .with(
                fmt::layer()
                    .json()
                    .flatten_event(true)
                    .with_current_span(true)
                    .with_span_list(false)
                    .with_writer(writer),
            )
            .try_init()
    } else {
        registry
            .with(fmt::layer().with_target(false).with_writer(writer))
            .try_init()
    };
    // A second init (tests) keeps the first subscriber.
    drop(result);
}

/// The process-wide metrics handle; the recorder can only be installed once per process.
pub fn metrics() -> PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            PrometheusBuilder::new()
                .set_buckets_for_metric(
                    Matcher::Full("http_request_duration_seconds".into()),
                    &[
                        0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
                        10.0,
                    ],
                )
                .expect("valid buckets")
                .install_recorder()
                .expect("metrics recorder installed once")
        })
        .clone()
}
