//! A bounded HTTP load client for `benches/load.sh`: `REQUESTS` validations
//! from `CLIENTS` threads against a running `fosx serve`, each answer checked
//! (200 or 422 as expected), then requests/s and latency percentiles.
//!
//!     cargo run --release --example load -- URL REQUESTS CLIENTS FILE...

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 4 {
        eprintln!("usage: load URL REQUESTS CLIENTS FILE...");
        std::process::exit(2);
    }
    let base = args[0].trim_end_matches('/').to_string();
    let requests: usize = args[1].parse().expect("REQUESTS is a number");
    let clients: usize = args[2].parse().expect("CLIENTS is a number");
    // Each file with the status the service must answer, learnt once.
    let probe: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let files: Arc<Vec<(String, Vec<u8>, u16)>> = Arc::new(
        args[3..]
            .iter()
            .map(|f| {
                let bytes = std::fs::read(f).expect("the file is readable");
                let status = probe
                    .post(&format!("{base}/v1/validate"))
                    .send(&bytes[..])
                    .expect("the service answers")
                    .status()
                    .as_u16();
                (f.clone(), bytes, status)
            })
            .collect(),
    );
    let next = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    let threads: Vec<_> = (0..clients)
        .map(|_| {
            let (files, next, base) = (files.clone(), next.clone(), base.clone());
            std::thread::spawn(move || {
                let agent: ureq::Agent = ureq::Agent::config_builder()
                    .http_status_as_error(false)
                    .timeout_global(Some(Duration::from_secs(60)))
                    .build()
                    .into();
                let mut times = Vec::new();
                let mut wrong = 0usize;
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= requests {
                        break;
                    }
                    let (_, bytes, status) = &files[i % files.len()];
                    let t = Instant::now();
                    let ok = match agent.post(&format!("{base}/v1/validate")).send(&bytes[..]) {
                        Ok(mut r) => {
                            let s = r.status().as_u16();
                            r.body_mut().read_to_vec().is_ok() && s == *status
                        }
                        Err(_) => false,
                    };
                    times.push(t.elapsed());
                    wrong += usize::from(!ok);
                }
                (times, wrong)
            })
        })
        .collect();
    let mut times = Vec::with_capacity(requests);
    let mut wrong = 0;
    for t in threads {
        let (t, w) = t.join().expect("a client thread");
        times.extend(t);
        wrong += w;
    }
    let elapsed = start.elapsed();
    times.sort();
    let pct = |p: f64| {
        let i = ((times.len() as f64 * p).ceil() as usize).clamp(1, times.len()) - 1;
        times[i].as_secs_f64() * 1e3
    };
    println!(
        "requests {}  clients {clients}  wrong answers {wrong}  time {:.2} s",
        times.len(),
        elapsed.as_secs_f64()
    );
    println!(
        "requests/s {:.0}  p50 {:.2} ms  p99 {:.2} ms  max {:.2} ms",
        times.len() as f64 / elapsed.as_secs_f64(),
        pct(0.50),
        pct(0.99),
        pct(1.0)
    );
    if wrong > 0 {
        std::process::exit(1);
    }
}
