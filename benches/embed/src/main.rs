//! pyrite beside mlua (LuaJIT, vendored) and Rhai: the embedding costs issue 9 sets targets for,
//! measured in one run and printed as one table.
//!
//! `cargo run --release --manifest-path benches/embed/Cargo.toml`
//!
//! Every figure is the median of several repetitions (`BENCH_REPS`, default 5). Memory is
//! measured in child processes of this binary (`--memory ENGINE`), one per repetition, so each
//! figure starts from a process that has built nothing but one warm-up engine.

mod lua;
mod pyrite_side;
mod rhai_side;
mod workload;

use std::process::Command;
use std::sync::Barrier;
use std::time::{Duration, Instant};

use workload::*;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() == 3 && args[1] == "--memory" {
        memory_child(&args[2]);
        return;
    }
    let reps: usize = std::env::var("BENCH_REPS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5)
        .max(1);
    let quick = std::env::var("BENCH_QUICK").is_ok();
    println!(
        "pyrite embedding benchmark: {} repetitions per figure, median shown",
        reps
    );

    let load_before = load_average();
    let mut rows = Vec::new();

    // Memory first, in fresh child processes (nothing else has run in them).
    let memory = |engine: &str| -> Option<(f64, f64)> {
        let runs: Vec<(f64, f64)> = (0..reps).filter_map(|_| run_memory_child(engine)).collect();
        if runs.is_empty() {
            return None;
        }
        Some((
            median(runs.iter().map(|r| r.0).collect()),
            median(runs.iter().map(|r| r.1).collect()),
        ))
    };
    let (py_mem, py_first) = memory("pyrite").unzip();
    let (lua_mem, lua_first) = memory("mlua").unzip();
    let (rhai_mem, rhai_first) = memory("rhai").unzip();

    // Every timed row runs its repetitions interleaved (pyrite, mlua, Rhai, pyrite, ...), so
    // that a change in the machine's speed during the run (this kind of shared machine drifts
    // by up to 2x over minutes) weighs on the three engines alike instead of on whichever ran
    // during the slow spell.

    // Creation + eval: each repetition is the mean of many fresh engines.
    let create_n = if quick { 20 } else { 200 };
    let per_op = |f: fn() -> Duration| (0..create_n).map(|_| secs(f())).sum::<f64>() / create_n as f64;
    // Warm-up: the first engine may build process-wide state.
    pyrite_side::create_eval();
    lua::create_eval();
    rhai_side::create_eval();
    let [py, lu, rh] = interleaved(
        reps,
        [
            &|| per_op(pyrite_side::create_eval),
            &|| per_op(lua::create_eval),
            &|| per_op(rhai_side::create_eval),
        ],
    );
    rows.push(Row::time("creation + eval(\"1 + 2\")", py, lu, rh, Target::VsMlua(0.5)));
    rows.push(Row::time(
        "first engine in a process (info)",
        py_first,
        lua_first,
        rhai_first,
        Target::None,
    ));

    // Host→script calls.
    let calls = if quick { 100_000 } else { HOST_TO_SCRIPT_CALLS };
    let rhai_calls = calls / 5; // call_fn is slower; fewer calls keep the run short
    let per_call = |f: &dyn Fn(i64) -> Duration, n: i64| secs(f(n)) / n as f64;
    let [py, lu, rh] = interleaved(
        reps,
        [
            &|| per_call(&pyrite_side::host_to_script, calls),
            &|| per_call(&lua::host_to_script, calls),
            &|| per_call(&rhai_side::host_to_script, rhai_calls),
        ],
    );
    rows.push(Row::time(
        "host→script add(a, b), per call",
        py,
        lu,
        rh,
        Target::VsMlua(0.7),
    ));

    // Script→host calls: a million-iteration loop per repetition.
    let per_loop_call = |f: fn() -> Duration| secs(f()) / SCRIPT_TO_HOST_CALLS as f64;
    let [py, lu, rh] = interleaved(
        reps,
        [
            &|| per_loop_call(pyrite_side::script_to_host),
            &|| per_loop_call(lua::script_to_host),
            &|| per_loop_call(rhai_side::script_to_host),
        ],
    );
    rows.push(Row::time(
        "script→host hadd(s, i) in a 1M loop, per call",
        py,
        lu,
        rh,
        Target::VsMlua(0.7),
    ));

    // Serde round trips.
    let rounds: u32 = if quick { 10_000 } else { 100_000 };
    let per_round = |f: fn(u32) -> Duration| secs(f(rounds)) / rounds as f64;
    let [py, lu, rh] = interleaved(
        reps,
        [
            &|| per_round(pyrite_side::serde_round_trip),
            &|| per_round(lua::serde_round_trip),
            &|| per_round(rhai_side::serde_round_trip),
        ],
    );
    rows.push(Row::time(
        "serde round trip of the record",
        py,
        lu,
        rh,
        Target::VsRhai(1.0),
    ));

    rows.push(Row::memory(py_mem, lua_mem, rhai_mem));

    // Two engines on two threads against one engine running the program twice.
    let thread_reps = reps.min(3);
    let speedup = |f: fn(usize, usize) -> Duration| {
        median(
            (0..thread_reps)
                .map(|_| {
                    let one = secs(f(1, 2));
                    let two = secs(f(2, 1));
                    one / two
                })
                .collect(),
        )
    };
    let py_threads = Some(speedup(pyrite_side::spin_threads));
    rows.push(Row::ratio(
        "2 engines on 2 threads vs 1 engine twice (throughput)",
        py_threads,
        Some(speedup(lua::spin_threads)),
        Target::AtLeast(1.8),
    ));

    print_table(&rows);
    println!(
        "load average before / after: {} / {} (the thread row needs two idle cores)",
        load_before,
        load_average()
    );
}

/// The one-minute load average, to judge how far other work on the machine skewed the figures.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "?".to_string())
}

/// Runs `setup` on each of `threads` new threads (untimed: it makes an engine and returns its
/// job), lines them up on a barrier, runs every job and returns the time from the first start to
/// the last end.
pub fn run_on_threads<S, J>(threads: usize, setup: S) -> Duration
where
    S: Fn() -> J + Sync,
    J: FnOnce(),
{
    let barrier = Barrier::new(threads);
    let spans: Vec<(Instant, Instant)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let job = setup();
                    barrier.wait();
                    let start = Instant::now();
                    job();
                    (start, Instant::now())
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("bench thread")).collect()
    });
    let first = spans.iter().map(|s| s.0).min().expect("a thread");
    let last = spans.iter().map(|s| s.1).max().expect("a thread");
    last - first
}

/// The child process of the memory row: prints the resident bytes per engine over
/// [`LIVE_ENGINES`] live engines (each has evaluated `1 + 2`), and the seconds the first engine
/// of the process took.
fn memory_child(engine: &str) {
    fn live<E>(make: fn() -> E, first: fn() -> Duration) -> (f64, f64) {
        let first_secs = secs(first());
        let before = resident_bytes();
        let engines: Vec<E> = (0..LIVE_ENGINES).map(|_| make()).collect();
        let after = resident_bytes();
        drop(std::hint::black_box(engines));
        ((after as f64 - before as f64) / LIVE_ENGINES as f64, first_secs)
    }
    let (per_engine, first) = match engine {
        "pyrite" => live(pyrite_side::live_engine, pyrite_side::create_eval),
        "mlua" => live(lua::live_engine, lua::create_eval),
        "rhai" => live(rhai_side::live_engine, rhai_side::create_eval),
        other => panic!("unknown engine {other}"),
    };
    println!("{per_engine} {first}");
}

fn run_memory_child(engine: &str) -> Option<(f64, f64)> {
    let exe = std::env::current_exe().ok()?;
    let out = Command::new(exe).args(["--memory", engine]).output().ok()?;
    if !out.status.success() {
        eprintln!(
            "memory child for {engine} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let mut fields = text.split_whitespace().map(|f| f.parse::<f64>().ok());
    Some((fields.next()??, fields.next()??))
}

/// Resident set size of this process, from /proc/self/statm (pages) times the page size.
fn resident_bytes() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").expect("/proc/self/statm");
    let pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|f| f.parse().ok())
        .expect("statm resident field");
    pages * page_size()
}

/// The page size, from the kernel's auxiliary vector as /proc/self/auxv records it (AT_PAGESZ);
/// 4096 if it cannot be read.
fn page_size() -> u64 {
    const AT_PAGESZ: u64 = 6;
    if let Ok(auxv) = std::fs::read("/proc/self/auxv") {
        for pair in auxv.chunks_exact(16) {
            let key = u64::from_ne_bytes(pair[..8].try_into().unwrap());
            let value = u64::from_ne_bytes(pair[8..].try_into().unwrap());
            if key == AT_PAGESZ {
                return value;
            }
        }
    }
    4096
}

fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}

/// The median of each measurement over `reps` rounds, each round taking one measurement of
/// every engine in turn.
fn interleaved(reps: usize, measure: [&dyn Fn() -> f64; 3]) -> [Option<f64>; 3] {
    let mut runs: [Vec<f64>; 3] = Default::default();
    for _ in 0..reps {
        for (m, r) in measure.iter().zip(runs.iter_mut()) {
            r.push(m());
        }
    }
    runs.map(|r| Some(median(r)))
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(|a, b| a.total_cmp(b));
    let n = xs.len();
    if n % 2 == 1 {
        xs[n / 2]
    } else {
        (xs[n / 2 - 1] + xs[n / 2]) / 2.0
    }
}

/// What a row must reach (issue 9's "Done when").
#[derive(Clone, Copy)]
enum Target {
    /// pyrite's time at most this multiple of mlua-LuaJIT's.
    VsMlua(f64),
    /// pyrite's time at most this multiple of Rhai's.
    VsRhai(f64),
    /// pyrite's figure at most this many bytes.
    AtMostBytes(f64),
    /// pyrite's ratio at least this.
    AtLeast(f64),
    None,
}

#[derive(Clone, Copy)]
enum Unit {
    Seconds,
    Bytes,
    Ratio,
}

struct Row {
    name: &'static str,
    unit: Unit,
    pyrite: Option<f64>,
    mlua: Option<f64>,
    rhai: Option<f64>,
    target: Target,
}

impl Row {
    fn time(name: &'static str, pyrite: Option<f64>, mlua: Option<f64>, rhai: Option<f64>, target: Target) -> Row {
        Row {
            name,
            unit: Unit::Seconds,
            pyrite,
            mlua,
            rhai,
            target,
        }
    }

    fn memory(pyrite: Option<f64>, mlua: Option<f64>, rhai: Option<f64>) -> Row {
        Row {
            name: "resident memory per engine (100 live)",
            unit: Unit::Bytes,
            pyrite,
            mlua,
            rhai,
            target: Target::AtMostBytes(48.0 * 1024.0),
        }
    }

    fn ratio(name: &'static str, pyrite: Option<f64>, mlua: Option<f64>, target: Target) -> Row {
        Row {
            name,
            unit: Unit::Ratio,
            pyrite,
            mlua,
            rhai: None,
            target,
        }
    }

    fn cell(&self, v: Option<f64>) -> String {
        match v {
            None => "—".to_string(),
            Some(v) => match self.unit {
                Unit::Seconds => format_time(v),
                Unit::Bytes => format!("{:.1} KiB", v / 1024.0),
                Unit::Ratio => format!("{v:.2}x"),
            },
        }
    }

    fn vs(&self, other: Option<f64>) -> String {
        match (self.unit, self.pyrite, other) {
            (Unit::Ratio, _, _) => "—".to_string(),
            (_, Some(p), Some(o)) if o > 0.0 => format!("{:.2}x", p / o),
            _ => "—".to_string(),
        }
    }

    fn target_text(&self) -> String {
        match self.target {
            Target::VsMlua(x) => format!("≤ {x}x mlua"),
            Target::VsRhai(x) => format!("≤ {x}x Rhai"),
            Target::AtMostBytes(b) => format!("≤ {} KiB", b / 1024.0),
            Target::AtLeast(x) => format!("≥ {x}x"),
            Target::None => String::new(),
        }
    }

    fn verdict(&self) -> &'static str {
        let pass = match (self.target, self.pyrite) {
            (Target::None, _) => return "",
            (_, None) => return "n/a",
            (Target::VsMlua(x), Some(p)) => self.mlua.map(|m| p <= x * m),
            (Target::VsRhai(x), Some(p)) => self.rhai.map(|r| p <= x * r),
            (Target::AtMostBytes(b), Some(p)) => Some(p <= b),
            (Target::AtLeast(x), Some(p)) => Some(p >= x),
        };
        match pass {
            Some(true) => "PASS",
            Some(false) => "FAIL",
            None => "n/a",
        }
    }
}

fn format_time(secs: f64) -> String {
    let ns = secs * 1e9;
    if ns < 1_000.0 {
        format!("{ns:.1} ns")
    } else if ns < 1_000_000.0 {
        format!("{:.2} µs", ns / 1e3)
    } else {
        format!("{:.2} ms", ns / 1e6)
    }
}

fn print_table(rows: &[Row]) {
    let header = [
        "row",
        "pyrite",
        "mlua-LuaJIT",
        "Rhai",
        "pyrite/mlua",
        "pyrite/Rhai",
        "target",
        "result",
    ];
    let cells: Vec<[String; 8]> = rows
        .iter()
        .map(|r| {
            [
                r.name.to_string(),
                r.cell(r.pyrite),
                r.cell(r.mlua),
                r.cell(r.rhai),
                r.vs(r.mlua),
                r.vs(r.rhai),
                r.target_text(),
                r.verdict().to_string(),
            ]
        })
        .collect();
    let width = |i: usize| {
        cells
            .iter()
            .map(|c| c[i].chars().count())
            .chain([header[i].chars().count()])
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..header.len()).map(width).collect();
    let line = |cols: &[String]| {
        let parts: Vec<String> = cols
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (c, w))| {
                let pad = w - c.chars().count();
                if i == 0 {
                    format!("{c}{}", " ".repeat(pad))
                } else {
                    format!("{}{c}", " ".repeat(pad))
                }
            })
            .collect();
        format!("| {} |", parts.join(" | "))
    };
    println!("{}", line(&header.map(String::from)));
    println!(
        "|{}|",
        widths.iter().map(|w| "-".repeat(w + 2)).collect::<Vec<_>>().join("|")
    );
    for c in &cells {
        println!("{}", line(c));
    }
}
