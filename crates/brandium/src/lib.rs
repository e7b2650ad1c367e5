//! The `brandium` binary as a library: configuration, wiring and the HTTP application,
//! so that tests start exactly what production runs.

pub mod app;
pub mod audit_cli;
pub mod config;
pub mod demo;
pub mod docs;
pub mod onboarding;
pub mod openapi;
pub mod platform;
pub mod scheduler;
pub mod secrets;
pub mod server;
pub mod telemetry;
pub mod web;
