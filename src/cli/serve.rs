//! `fosx serve`: the HTTP service and the officers' page.

use super::Outcome;
use super::output::{eprint, error_line};
use fosx::Date;
use fosx::i18n::{Lang, msg};
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

    /// Bytes that all requests together may hold at once: bodies being
    /// received and answers not yet sent. Past it, 503 with Retry-After.
    #[arg(long, value_name = "BYTES", default_value_t = 256 << 20)]
    max_memory: usize,

    /// Connections open at once; more wait to be accepted. Never more than
    /// the process may open files, less 32.
    #[arg(long, value_name = "N", default_value_t = 1024, value_parser = clap::value_parser!(u32).range(1..))]
    max_connections: u32,

    /// Longest time a connection may take to send a request's head, from its
    /// opening or its previous answer, in seconds; then it is closed (slow
    /// heads, idle kept-alive connections).
    #[arg(long, value_name = "SECONDS", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..))]
    header_timeout: u64,

    /// Most parts in one multipart/form-data body (then 413).
    #[arg(long, value_name = "N", default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..))]
    max_parts: u32,

    /// Allow browser pages of this origin (e.g. https://intake.example.org)
    /// to call the service (CORS). Off when not given.
    #[arg(long, value_name = "ORIGIN")]
    cors_origin: Option<fosx::serve::CorsOrigin>,

    /// Do not write the access log (one JSON line per request on stderr).
    #[arg(long)]
    quiet: bool,

    #[command(flatten)]
    limits: super::LimitArgs,
}

pub fn run(args: Args, lang: Lang) -> Outcome {
    if (args.max_memory as u64) < args.limits.max_file_size() {
        let message =
            msg::serve_memory_below_file_size(args.max_memory, args.limits.max_file_size());
        eprint(&error_line(message, lang));
        return Outcome::Trouble;
    }
    let listener = match std::net::TcpListener::bind(args.addr) {
        Ok(l) => l,
        Err(e) => {
            let message = msg::serve_cannot_listen(args.addr.to_string(), e.to_string());
            eprint(&error_line(message, lang));
            return Outcome::Trouble;
        }
    };
    return_memory_at_once();
    let mut config = fosx::serve::Config {
        limits: args.limits.into(),
        as_of: args.as_of,
        lang,
        queue: args.queue,
        timeout: Duration::from_secs(args.timeout.max(1)),
        max_memory: args.max_memory,
        max_connections: args.max_connections as usize,
        header_timeout: Duration::from_secs(args.header_timeout),
        max_parts: args.max_parts as usize,
        cors_origin: args.cors_origin,
        release_memory: Some(Arc::new(release_memory)),
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
    // A line for programs too (docs/spec/http.md gives its form, and
    // scripts read the address from it): the same in every language.
    let ready = |addr: SocketAddr| {
        eprint(&format!("fosx serve: listening on http://{addr}/\n"));
    };
    match fosx::serve::run(config, listener, ready) {
        Ok(()) => Outcome::Valid,
        Err(e) => {
            let message = msg::serve_stopped(e.to_string());
            eprint(&error_line(message, lang));
            Outcome::Trouble
        }
    }
}

/// mimalloc's `mi_option_purge_delay` (its place in `mi_option_e` of
/// mimalloc 3's `mimalloc.h`; libmimalloc-sys does not name it).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Memory that mimalloc frees goes back to the system at once, not a second
/// later: a service whose clients each touch a new body's worth of memory
/// would otherwise keep far more than it holds (`MIMALLOC_PURGE_DELAY` in
/// the environment still decides).
fn return_memory_at_once() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: mi_option_set takes no pointer; mimalloc reads options
        // atomically.
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) }
    }
}

/// Gives the pages mimalloc keeps for later back to the system.
fn release_memory() {
    // SAFETY: mi_collect takes no pointer and may be called from any thread
    // at any time.
    unsafe { libmimalloc_sys::mi_collect(true) }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_purge_delay_is_the_option_named() {
        // mimalloc 3's default purge delay is 1000 ms; no other option has
        // that default.
        // SAFETY: mi_option_get takes no pointer.
        let delay = unsafe { libmimalloc_sys::mi_option_get(super::MI_OPTION_PURGE_DELAY) };
        assert_eq!(delay, 1000);
    }
}
