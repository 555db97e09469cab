//! `machi-bench`: figures for the README, measured through the real pieces on loopback. Prints, never asserts
//! a time. Run with `cargo build --release -p machi -p machi-publish && cargo run --release -p machi-system-tests
//! --bin machi-bench` (`MACHI_BENCH_RUNS` sets the repetitions, default 7).
//!
//! (a) a no-change sync: requests and the bytes that really cross the wire, counted by a TCP proxy between
//!     `Machi::sync_now` and `machi-publish serve`;
//! (b) a first sync of the Oyama bundle with 10,000 generated notices, and the database size after it;
//! (c) `machi-publish build` of the repo's data/oyama;
//! (d) the inbox over those 10,000 messages: first page, a category, a search (p50/p99 in the core);
//! (e) one new message on top of the 10,000: bytes on the wire, and a day of polling every 5 minutes with
//!     nothing new.

use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use machi_core::{Feed, Machi, MachiOptions, SyncOutcome, SyncReport};
use machi_system_tests::*;

const NOTICES: usize = 10_000;

/// Counts the TCP payload bytes each way between clients and one upstream server.
struct CountingProxy {
    addr: SocketAddr,
    sent: Arc<AtomicU64>,
    received: Arc<AtomicU64>,
    connections: Arc<AtomicU64>,
}

impl CountingProxy {
    fn start(upstream: SocketAddr) -> CountingProxy {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind the proxy");
        let addr = listener.local_addr().expect("the proxy's address");
        let proxy = CountingProxy {
            addr,
            sent: Arc::default(),
            received: Arc::default(),
            connections: Arc::default(),
        };
        let (sent, received, connections) = (
            proxy.sent.clone(),
            proxy.received.clone(),
            proxy.connections.clone(),
        );
        thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(client) = client else { continue };
                let Ok(server) = TcpStream::connect(upstream) else {
                    continue;
                };
                connections.fetch_add(1, Ordering::SeqCst);
                let (c2, s2) = (
                    client.try_clone().expect("clone"),
                    server.try_clone().expect("clone"),
                );
                let (sent, received) = (sent.clone(), received.clone());
                thread::spawn(move || pump(client, server, &sent));
                thread::spawn(move || pump(s2, c2, &received));
            }
        });
        proxy
    }

    fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    fn reset(&self) {
        self.sent.store(0, Ordering::SeqCst);
        self.received.store(0, Ordering::SeqCst);
        self.connections.store(0, Ordering::SeqCst);
    }
}

fn pump(mut from: TcpStream, mut to: TcpStream, counter: &AtomicU64) {
    let mut buf = [0u8; 16 * 1024];
    loop {
        match from.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                counter.fetch_add(n as u64, Ordering::SeqCst);
                if to.write_all(&buf[..n]).is_err() {
                    break;
                }
            }
        }
    }
    let _ = to.shutdown(Shutdown::Write);
}

fn open(data: &Path, url: &str, public_key: &Path) -> Machi {
    let feed = Feed {
        url: url.to_string(),
        public_keys: vec![std::fs::read_to_string(public_key).expect("the public key")],
        city_code: "092088".into(),
    };
    Machi::open_with(
        data,
        MachiOptions {
            feed: Some(feed),
            ..Default::default()
        },
    )
    .unwrap_or_else(|e| panic!("open {}: {e}", data.display()))
}

fn sync(rt: &tokio::runtime::Runtime, machi: &Machi) -> SyncReport {
    rt.block_on(machi.sync_now())
        .unwrap_or_else(|e| panic!("sync: {e}"))
}

/// The database file's size after a full checkpoint (so the WAL is folded in and empty).
fn checkpointed_db_size(data: &Path) -> u64 {
    let conn = rusqlite::Connection::open(data.join(DB_FILE)).expect("open the database");
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .expect("checkpoint");
    drop(conn);
    std::fs::metadata(data.join(DB_FILE))
        .expect("the database file")
        .len()
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}

fn spread(times: &[Duration]) -> String {
    let min = times.iter().min().expect("runs");
    let max = times.iter().max().expect("runs");
    format!(
        "median {} (min {}, max {}, {} runs)",
        ms(median(times)),
        ms(*min),
        ms(*max),
        times.len()
    )
}

fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_000_000.0)
}

fn time_process(cmd: &mut Command) -> Duration {
    let t0 = Instant::now();
    run_ok(cmd);
    t0.elapsed()
}

fn main() {
    let runs: usize = std::env::var("MACHI_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(7)
        .max(5);
    let profile = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    eprintln!(
        "machi-bench: binaries from {} ({profile} build of the bench), {runs} runs each",
        bin_dir().display()
    );
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let tmp = tempfile::tempdir().expect("a temp dir");
    let root = tmp.path();

    let (city, keys) = CitySource::with_fresh_key(root, "keys");
    city.set_generated_notices(NOTICES, "bench");
    let bundle = publish(
        &city.dir,
        &root.join("bundle"),
        &keys.secret,
        unix_now() + 1000,
        &[],
    );
    let bundle_bytes: u64 = bundle.files.values().map(|f| f.size).sum();
    let server = serve(&root.join("bundle"));
    let upstream: SocketAddr = server
        .url
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .parse()
        .expect("the server's address");

    // (a) No-change sync through the counting proxy, from a freshly started app (a new connection).
    eprintln!("(a) no-change sync");
    let proxy = CountingProxy::start(upstream);
    let data = root.join("a");
    let first = sync(&rt, &open(&data, &proxy.url(), &keys.public));
    assert_eq!(
        first.outcome,
        SyncOutcome::Updated,
        "the first sync applies the bundle"
    );
    thread::sleep(Duration::from_millis(100));
    proxy.reset();
    let machi = open(&data, &proxy.url(), &keys.public);
    let again = sync(&rt, &machi);
    drop(machi);
    thread::sleep(Duration::from_millis(200)); // let the proxy threads see the connection close
    assert_eq!(again.outcome, SyncOutcome::UpToDate);
    let (sent, received) = (
        proxy.sent.load(Ordering::SeqCst),
        proxy.received.load(Ordering::SeqCst),
    );
    let connections = proxy.connections.load(Ordering::SeqCst);

    // (b) First sync into fresh data dirs (each holds the embedded Oyama bundle, as after install).
    eprintln!("(b) first sync, {NOTICES} notices");
    let mut sync_times = Vec::new();
    let mut last_report = None;
    let mut last_data = None;
    for i in 0..runs {
        let data = root.join(format!("b{i}"));
        let machi = open(&data, &server.url, &keys.public);
        let t0 = Instant::now();
        let report = sync(&rt, &machi);
        sync_times.push(t0.elapsed());
        assert_eq!(report.outcome, SyncOutcome::Updated);
        last_report = Some(report);
        last_data = Some(data);
    }
    let full = last_report.expect("runs");
    let db_size = checkpointed_db_size(&last_data.expect("runs"));
    let embedded_data = root.join("embedded-only");
    drop(open(&embedded_data, &server.url, &keys.public));
    let embedded_db_size = checkpointed_db_size(&embedded_data);

    let mut cli_times = Vec::new();
    for i in 0..runs {
        let mut cmd = sync_command(&root.join(format!("cli{i}")), &server.url, &keys.public);
        cli_times.push(time_process(&mut cmd));
    }

    // (c) machi-publish build of the repo's own sources (their key is a placeholder, so sign with ours anyway).
    eprintln!("(c) machi-publish build");
    let build = |src: &Path, out: &Path| {
        let mut cmd = command("machi-publish");
        cmd.arg("build")
            .arg(src)
            .arg("--out")
            .arg(out)
            .arg("--secret-key")
            .arg(&keys.secret)
            .arg("--allow-unlisted-key");
        time_process(&mut cmd)
    };
    let oyama_builds: Vec<_> = (0..runs)
        .map(|i| build(&oyama_sources(), &root.join(format!("c{i}"))))
        .collect();
    let big_builds: Vec<_> = (0..runs)
        .map(|i| build(&city.dir, &root.join(format!("cb{i}"))))
        .collect();

    // (d) The inbox over 10,000 messages (the cap raised so that all are indexed).
    eprintln!("(d) inbox queries");
    let inbox_data = root.join("d");
    let machi = open(&inbox_data, &server.url, &keys.public);
    machi
        .update_settings(serde_json::from_str(r#"{"inbox_cap":20000}"#).unwrap())
        .expect("raise the cap");
    sync(&rt, &machi);
    // The first list after a bundle reads the index into memory; later ones use it.
    let t0 = Instant::now();
    let indexed = machi
        .inbox_list(machi_core::inbox::InboxQuery {
            all: Some(true),
            limit: Some(1),
            ..Default::default()
        })
        .expect("list")
        .total;
    let list_cold = t0.elapsed();
    let time_query = |query: machi_core::inbox::InboxQuery| -> Vec<Duration> {
        (0..200)
            .map(|_| {
                let t0 = Instant::now();
                machi.inbox_list(query.clone()).expect("list");
                t0.elapsed()
            })
            .collect()
    };
    let first_page = time_query(Default::default());
    let by_category = time_query(machi_core::inbox::InboxQuery {
        category: Some("events".into()),
        ..Default::default()
    });
    let t0 = Instant::now();
    machi
        .inbox_list(machi_core::inbox::InboxQuery {
            text: Some("お知らせ 1234".into()),
            ..Default::default()
        })
        .expect("search");
    let search_cold = t0.elapsed();
    let search = time_query(machi_core::inbox::InboxQuery {
        text: Some("お知らせ 42".into()),
        ..Default::default()
    });
    drop(machi);

    // (e) One new message on top of the history, through the counting proxy.
    eprintln!("(e) one new message");
    let new_data = root.join("e");
    let proxy_e = CountingProxy::start(upstream);
    let machi = open(&new_data, &proxy_e.url(), &keys.public);
    sync(&rt, &machi);
    let mut notices = std::fs::read_to_string(city.dir.join(NOTICES_PATH)).expect("notices");
    notices.push_str(
        "\n[[notice]]\nid = \"bench-new\"\ncategory = \"disaster\"\nseverity = \"warning\"\n\
         published = \"2026-12-31T09:00:00+09:00\"\n[notice.title]\nja = \"新しいお知らせ\"\n\
         [notice.body]\nja = \"本文\"\n",
    );
    std::fs::write(city.dir.join(NOTICES_PATH), notices).expect("write notices");
    publish(
        &city.dir,
        &root.join("bundle"),
        &keys.secret,
        unix_now() + 2000,
        &[],
    );
    proxy_e.reset();
    let one_new = sync(&rt, &machi);
    drop(machi);
    thread::sleep(Duration::from_millis(200));
    let one_new_wire =
        proxy_e.sent.load(Ordering::SeqCst) + proxy_e.received.load(Ordering::SeqCst);
    drop(server);
    let polls_a_day = 24 * 60 / 5;

    let cpus = thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    println!("| Measure ({profile} build, {cpus} CPUs, loopback) | Result |");
    println!("|---|---|");
    println!(
        "| No-change sync (`sync_now`, new app start, feed unchanged) | {} request, {} TCP connection, \
         {} B on the wire ({} B sent, {} B received) |",
        again.requests,
        connections,
        sent + received,
        sent,
        received
    );
    println!(
        "| First sync after install: Oyama + {NOTICES} notices ({} files, {} published; {} changed file(s), {} \
         fetched) | {} |",
        bundle.files.len(),
        mb(bundle_bytes),
        full.files_fetched,
        mb(full.bytes_fetched),
        spread(&sync_times)
    );
    println!(
        "| Database after that sync (checkpointed) | {} (embedded Oyama bundle alone: {}) |",
        mb(db_size),
        mb(embedded_db_size)
    );
    println!(
        "| `machi sync` process into an empty data dir (embedded apply + the sync above) | {} |",
        spread(&cli_times)
    );
    println!(
        "| `machi-publish build data/oyama` | {} |",
        spread(&oyama_builds)
    );
    println!(
        "| `machi-publish build` of Oyama + {NOTICES} notices | {} |",
        spread(&big_builds)
    );
    println!(
        "| Inbox first page, {indexed} messages indexed (core, 200 runs; the first list after a bundle reads the index: {}) | {} |",
        ms(list_cold),
        percentiles(&first_page)
    );
    println!(
        "| Inbox, one category (core, 200 runs) | {} |",
        percentiles(&by_category)
    );
    println!(
        "| Inbox search, two words (core, 200 runs; the first search after a bundle builds the text cache: {}) | {} |",
        ms(search_cold),
        percentiles(&search)
    );
    println!(
        "| One new message on top of {NOTICES} (manifest + one index page + one chunk) | {} request(s), {} B fetched, \
         {} B on the wire |",
        one_new.requests, one_new.bytes_fetched, one_new_wire
    );
    println!(
        "| A day of polling every 5 min with nothing new ({polls_a_day} no-change syncs, each a new connection) | \
         {} B on the wire |",
        polls_a_day as u64 * (sent + received)
    );
}

/// p50 and p99 of a list of timings, in milliseconds with microsecond precision.
fn percentiles(times: &[Duration]) -> String {
    let mut v = times.to_vec();
    v.sort();
    let at = |q: f64| v[((v.len() as f64 - 1.0) * q).round() as usize];
    format!(
        "p50 {:.3} ms, p99 {:.3} ms",
        at(0.5).as_secs_f64() * 1000.0,
        at(0.99).as_secs_f64() * 1000.0
    )
}
