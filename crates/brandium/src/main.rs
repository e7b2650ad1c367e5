use brandium::{app, audit_cli, config, demo, docs, openapi, server, telemetry};
use clap::{Parser, Subcommand, ValueEnum};

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
    /// Capture colours, fonts, logos and copy from a website; needs no database or server.
    Capture {
        /// The site's home page, e.g. https://example.com/.
        url: String,
        #[arg(long, value_enum, default_value = "table")]
        format: CaptureFormat,
        /// Pages to fetch: the home page plus key pages such as about and pricing.
        #[arg(long, default_value_t = capture::DEFAULT_MAX_PAGES)]
        max_pages: usize,
    },
    /// Crawl a site and print its technical SEO audit; needs no database or server.
    Audit {
        /// The site's home page, e.g. https://example.com/.
        url: String,
        /// HTML pages to crawl at most.
        #[arg(long, default_value_t = 500)]
        max_pages: usize,
        /// Pause between two requests to the site, in milliseconds (default: the crawler's
        /// polite 100; 0 for a site of one's own).
        #[arg(long, default_value_t = audit_cli::Pacing::default().delay_ms)]
        delay_ms: u64,
        /// Requests in flight at once to the site (default: the crawler's 4).
        #[arg(long, default_value_t = audit_cli::Pacing::default().concurrency)]
        concurrency: usize,
        #[arg(long, value_enum, default_value = "table")]
        format: audit_cli::AuditFormat,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum CaptureFormat {
    Table,
    Json,
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
    let prints_a_report = !matches!(
        cli.command,
        None | Some(Command::Serve | Command::Worker | Command::Migrate | Command::Demo)
    );
    telemetry::init_logging(&cfg.log_format, &cfg.log_level, prints_a_report);
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
        Command::Capture {
            url,
            format,
            max_pages,
        } => run_capture(cfg.allow_private_networks, &url, format, max_pages).await,
        Command::Audit {
            url,
            max_pages,
            delay_ms,
            concurrency,
            format,
        } => {
            let pacing = audit_cli::Pacing {
                delay_ms,
                concurrency,
            };
            audit_cli::run(cfg.allow_private_networks, &url, max_pages, pacing, format)
                .await
                .map(|report| print!("{report}"))
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

async fn run_capture(
    allow_private_networks: bool,
    url: &str,
    format: CaptureFormat,
    max_pages: usize,
) -> anyhow::Result<()> {
    let client = net::GuardedClient::new(net::NetConfig {
        allow_private_networks,
        ..net::NetConfig::default()
    })?;
    let result = capture::capture(&client, url, max_pages.max(1))
        .await
        .map_err(|e| match e {
            // The one refusal an intranet user can lift; say how.
            capture::CaptureError::Net(net::NetError::ForbiddenAddress(_)) => anyhow::anyhow!(
                "{e}; set {}=true for intranet sites",
                net::ALLOW_PRIVATE_NETWORKS_ENV
            ),
            other => anyhow::Error::new(other).context(format!("capturing {url}")),
        })?;
    match format {
        CaptureFormat::Json => println!("{}", serde_json::to_string_pretty(&result)?),
        CaptureFormat::Table => print!("{}", capture_summary(&result)),
    }
    Ok(())
}

/// The capture as plain text for a terminal: one section per kind of fact.
fn capture_summary(r: &capture::CaptureResult) -> String {
    let mut out = String::new();
    let mut line = |label: &str, value: &str| out.push_str(&format!("{label:<12} {value}\n"));
    let none = "-";
    line("Name", r.name.as_deref().unwrap_or(none));
    line("Title", r.title.as_deref().unwrap_or(none));
    line("Description", r.description.as_deref().unwrap_or(none));
    let mut list = |label: &str, items: Vec<String>| {
        if items.is_empty() {
            line(label, none);
        }
        for (i, item) in items.iter().enumerate() {
            line(if i == 0 { label } else { "" }, item);
        }
    };
    list(
        "Colours",
        r.colors
            .iter()
            .map(|c| {
                let tag = if c.neutral { "  (neutral)" } else { "" };
                format!("{}  {:>5.1}%{tag}", c.hex, c.weight * 100.0)
            })
            .collect(),
    );
    list("Fonts", r.fonts.clone());
    list("Logos", r.logos.iter().map(|l| shorten(l)).collect());
    list("Headlines", r.headlines.clone());
    list("Actions", r.calls_to_action.clone());
    list("Social", r.social_links.clone());
    list("Pages", r.pages.clone());
    out
}

/// Inline SVG logos are data URLs of any length; a terminal line needs only their start.
fn shorten(text: &str) -> String {
    const MAX: usize = 100;
    match text.char_indices().nth(MAX) {
        Some((i, _)) => format!("{}...", &text[..i]),
        None => text.to_string(),
    }
}
