//! `sitegen serve --pages N [--defects] [--port P] [--addr 127.0.0.1]`: serves a generated
//! site until killed, for benchmarks and browser tests.

use std::net::IpAddr;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use sitegen::{SiteSpec, generate, serve};

#[derive(Parser)]
#[command(
    name = "sitegen",
    about = "Generates and serves a realistic marketing site"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve a generated site.
    Serve {
        #[arg(long, default_value_t = 300)]
        pages: usize,
        /// Plant known SEO defects.
        #[arg(long)]
        defects: bool,
        #[arg(long, default_value_t = 0)]
        port: u16,
        #[arg(long, default_value = "127.0.0.1")]
        addr: IpAddr,
        #[arg(long, default_value_t = 7)]
        seed: u64,
    },
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let Command::Serve {
        pages,
        defects,
        port,
        addr,
        seed,
    } = Cli::parse().command;
    let listener = tokio::net::TcpListener::bind((addr, port)).await?;
    let base_url = format!("http://{}", listener.local_addr()?);
    let site = generate(&SiteSpec {
        pages,
        planted_defects: defects,
        seed,
        base_url: base_url.clone(),
        external_base: None,
    });
    println!("{base_url}/");
    eprintln!(
        "serving {} pages{}",
        site.pages.len(),
        if defects {
            format!(", {} planted findings", site.expected.len())
        } else {
            String::new()
        }
    );
    serve(Arc::new(site), listener).await
}
