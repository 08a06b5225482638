//! `fosx serve`: the HTTP service and the officers' page.

use super::Outcome;
use super::output::{eprint, error_line};
use fosx::Date;
use fosx::i18n::Lang;
use std::io::Write;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

#[derive(Debug, clap::Args)]
#[command(mut_arg("max_file_size", |a| a.default_value("33554432")))]
pub struct Args {
    /// Address to listen on. Keep 127.0.0.1 behind a reverse proxy; port 0
    /// picks a free port (the address is printed on stderr).
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
    addr: SocketAddr,

    /// Reference date of FOS-R05 when a request gives no `as_of`,
    /// YYYY-MM-DD. Default: today, UTC.
    #[arg(long, value_name = "DATE", value_parser = super::validate::parse_date)]
    as_of: Option<Date>,

    /// Checks and conversions running at once. Default: one per core.
    #[arg(long, value_name = "N")]
    workers: Option<usize>,

    /// Requests waiting for a worker; more get 503 with Retry-After.
    #[arg(long, value_name = "N", default_value_t = 64)]
    queue: usize,

    /// Longest time a request may take, in seconds (then 408).
    #[arg(long, value_name = "SECONDS", default_value_t = 30)]
    timeout: u64,

    /// Allow browser pages of this origin (e.g. https://intake.example.org)
    /// to call the service (CORS). Off when not given.
    #[arg(long, value_name = "ORIGIN")]
    cors_origin: Option<String>,

    /// Do not write the access log (one JSON line per request on stderr).
    #[arg(long)]
    quiet: bool,

    #[command(flatten)]
    limits: super::LimitArgs,
}

pub fn run(args: Args, lang: Lang) -> Outcome {
    let listener = match std::net::TcpListener::bind(args.addr) {
        Ok(l) => l,
        Err(e) => {
            eprint(&error_line(
                &format!("cannot listen on {}: {e}", args.addr),
                lang,
            ));
            return Outcome::Trouble;
        }
    };
    let mut config = fosx::serve::Config {
        limits: args.limits.into(),
        as_of: args.as_of,
        lang,
        queue: args.queue,
        timeout: Duration::from_secs(args.timeout.max(1)),
        cors_origin: args.cors_origin,
        // A test-only switch, read once at start (docs/spec/http.md).
        test_panic: std::env::var_os("FOSX_SERVE_TEST_PANIC").is_some_and(|v| v == "1"),
        ..Default::default()
    };
    if let Some(n) = args.workers {
        config.workers = n.max(1);
    }
    if !args.quiet {
        config.log = Some(Arc::new(|line: &str| {
            let mut err = std::io::stderr().lock();
            let _ = writeln!(err, "{line}");
        }));
    }
    let ready = |addr: SocketAddr| {
        eprint(&format!("fosx serve: listening on http://{addr}/\n"));
    };
    match fosx::serve::run(config, listener, ready) {
        Ok(()) => Outcome::Valid,
        Err(e) => {
            eprint(&error_line(&format!("the service stopped: {e}"), lang));
            Outcome::Trouble
        }
    }
}
