use brandium::{app, config, demo, docs, openapi, server, telemetry};
use clap::{Parser, Subcommand};

/// Brandium: a self-hosted AI marketing platform.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// Configuration file, read when it exists; BRANDIUM_* variables override it.
    #[arg(
        long,
        global = true,
        default_value = "brandium.toml",
        env = "BRANDIUM_CONFIG"
    )]
    config: String,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the API, the web app and background jobs (the default).
    Serve,
    /// Run background jobs only.
    Worker,
    /// Create or update the database schema, then exit.
    Migrate,
    /// Load a sample organization with realistic data into an empty database.
    Demo,
    /// Print the OpenAPI document.
    Openapi,
    /// Print the effective configuration, secrets hidden.
    PrintConfig,
    /// Print the roles, the permission matrix and what each route needs (docs/permissions.md).
    Permissions,
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let loaded = match config::load(&cli.config) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    let cfg = loaded.config;
    telemetry::init_logging(&cfg.log_format, &cfg.log_level);
    for w in &loaded.warnings {
        tracing::warn!("{w}");
    }
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => server::serve(cfg).await,
        Command::Worker => server::worker(cfg).await,
        Command::Migrate => app::open_database(&cfg)
            .await
            .map(|_| tracing::info!("database is up to date")),
        Command::Demo => demo::run(&cfg).await,
        Command::Openapi => {
            println!(
                "{}",
                serde_json::to_string_pretty(&openapi::document()).unwrap_or_default()
            );
            Ok(())
        }
        Command::Permissions => {
            print!("{}", docs::permissions_markdown());
            Ok(())
        }
        Command::PrintConfig => {
            print!("{}", cfg.render());
            Ok(())
        }
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("{e:#}");
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
