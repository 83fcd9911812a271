//! The `pyrite` command-line interface.
// The library's panic lints (see `src/lib.rs`) hold here too.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable
)]

use std::io::{IsTerminal, Read};
use std::process::ExitCode;

const USAGE: &str = "usage: pyrite [options] [FILE.py | - | -c CODE | dis FILE.py]

With no file (or `-`), standard input: an interactive session on a terminal, else a script.

options:
  --no-jit               interpret only
  --gc-zeal              collect at every safepoint and verify the heap
  --gc-quarantine        poison freed memory and abort on any use of it
  --stats                print GC statistics after the run
  --sandbox              no clock, no entropy (as an embedding host starts)
  --fuel N               instruction budget
  --max-memory SIZE      heap limit (K/M/G suffixes)
  --max-recursion N      call depth limit
  --timeout SECONDS      wall-clock limit
  --hash-seed N          randomize str/bytes hashes (PYTHONHASHSEED; 0 = CPython's default order)
  -h, --help             this text

A run stopped by a limit prints one line naming it and exits with status 3.";

struct Args {
    gc_zeal: bool,
    gc_quarantine: bool,
    stats: bool,
    dis: bool,
    code: Option<String>,
    file: Option<String>,
    limits: pyrite::Limits,
    hash_seed: u64,
    /// `sys.argv`: the script (or `-c`, or `-` for standard input) and the arguments after it.
    argv: Vec<String>,
}

/// `--sandbox`: run without the clock and entropy capabilities, as an embedding host's
/// engine starts (the CLI grants both by default, as `python3` has them).
static SANDBOX: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The builder with the CLI's capabilities.
fn with_capabilities(builder: pyrite::EngineBuilder) -> pyrite::EngineBuilder {
    if SANDBOX.load(std::sync::atomic::Ordering::Relaxed) {
        builder
    } else {
        builder.allow_clock().allow_entropy()
    }
}

fn parse_size(s: &str) -> Option<u64> {
    let (num, mult) = match s.chars().last()? {
        'K' | 'k' => (&s[..s.len() - 1], 1 << 10),
        'M' | 'm' => (&s[..s.len() - 1], 1 << 20),
        'G' | 'g' => (&s[..s.len() - 1], 1 << 30),
        _ => (s, 1),
    };
    num.parse::<u64>().ok().and_then(|n| n.checked_mul(mult))
}

fn parse_args() -> Result<Args, String> {
    use lexopt::prelude::*;
    let mut args = Args {
        gc_zeal: false,
        gc_quarantine: false,
        stats: false,
        dis: false,
        code: None,
        file: None,
        limits: pyrite::Limits::default(),
        hash_seed: 0,
        argv: Vec::new(),
    };
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("no-jit") => {}
            Long("gc-zeal") => args.gc_zeal = true,
            Long("gc-quarantine") => args.gc_quarantine = true,
            Long("stats") => args.stats = true,
            Long("sandbox") => SANDBOX.store(true, std::sync::atomic::Ordering::Relaxed),
            Long(flag @ ("fuel" | "max-recursion" | "hash-seed")) => {
                let flag = flag.to_string();
                let v = parser.value().map_err(|e| e.to_string())?;
                let n = v
                    .to_string_lossy()
                    .parse::<u64>()
                    .map_err(|_| format!("--{flag}: expected a number"))?;
                match flag.as_str() {
                    "fuel" => args.limits.fuel = Some(n),
                    "max-recursion" => args.limits.max_recursion = n.try_into().unwrap_or(usize::MAX),
                    _ => args.hash_seed = n,
                }
            }
            Long("max-memory") => {
                let v = parser.value().map_err(|e| e.to_string())?;
                let n = parse_size(&v.to_string_lossy()).ok_or("--max-memory: expected a size like 64M")?;
                args.limits.max_memory = Some(n.try_into().unwrap_or(usize::MAX));
            }
            Long("timeout") => {
                let v = parser.value().map_err(|e| e.to_string())?;
                let secs = v
                    .to_string_lossy()
                    .parse::<f64>()
                    .ok()
                    .and_then(|s| std::time::Duration::try_from_secs_f64(s).ok())
                    .ok_or("--timeout: expected seconds")?;
                args.limits.deadline = Some(secs);
            }
            Short('c') => {
                args.code = Some(
                    parser
                        .value()
                        .map_err(|e| e.to_string())?
                        .to_string_lossy()
                        .into_owned(),
                );
                // As for `python3 -c`: what follows is the script's.
                args.argv = script_args(&mut parser, "-c")?;
                break;
            }
            Short('h') | Long("help") => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            Value(v) => {
                let v = v.to_string_lossy().into_owned();
                if v == "-" && args.file.is_none() && !args.dis {
                    // Standard input, as with no file at all; what follows is the script's.
                    args.argv = script_args(&mut parser, "-")?;
                    break;
                } else if v == "dis" && args.file.is_none() && !args.dis {
                    args.dis = true;
                } else if args.file.is_none() {
                    // As for `python3`: options after the script are the script's.
                    if !args.dis {
                        args.argv = script_args(&mut parser, &v)?;
                        args.file = Some(v);
                        break;
                    }
                    args.file = Some(v);
                } else {
                    return Err(format!("unexpected argument '{v}'"));
                }
            }
            other => return Err(other.unexpected().to_string()),
        }
    }
    Ok(args)
}

/// `sys.argv`: `first`, then every argument left on the command line, unparsed.
fn script_args(parser: &mut lexopt::Parser, first: &str) -> Result<Vec<String>, String> {
    let mut argv = vec![first.to_string()];
    let rest = parser.raw_args().map_err(|e| e.to_string())?;
    argv.extend(rest.map(|a| a.to_string_lossy().into_owned()));
    Ok(argv)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("pyrite: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    // `-c` code has no `__file__`; a file and standard input do.
    let has_file = args.code.is_none();
    let (source, filename) = match (&args.code, &args.file) {
        (Some(c), _) => (c.clone(), "<string>".to_string()),
        (None, Some(f)) => {
            // CPython names the main script by its absolute path, joined to the working
            // directory without normalising (`./x.py` shows as `/cwd/./x.py`).
            let shown = if std::path::Path::new(f).is_absolute() {
                f.clone()
            } else {
                match std::env::current_dir() {
                    Ok(cwd) => format!("{}/{f}", cwd.display()),
                    Err(_) => f.clone(),
                }
            };
            match std::fs::read_to_string(f) {
                Ok(s) => (s, shown),
                Err(e) => {
                    let errno = e.raw_os_error().map(|n| format!("[Errno {n}] ")).unwrap_or_default();
                    let mut reason = e.to_string();
                    if let Some(i) = reason.find(" (os error") {
                        reason.truncate(i);
                    }
                    eprintln!("pyrite: can't open file '{shown}': {errno}{reason}");
                    return ExitCode::from(2);
                }
            }
        }
        (None, None) => {
            if std::io::stdin().is_terminal() {
                return run_on_big_stack(move || interactive(args.gc_zeal, args.gc_quarantine));
            }
            // Piped standard input is a script named `<stdin>`, as for `python3`.
            let mut source = String::new();
            if let Err(e) = std::io::stdin().read_to_string(&mut source) {
                eprintln!("pyrite: can't read standard input: {e}");
                return ExitCode::from(2);
            }
            (source, "<stdin>".to_string())
        }
    };
    // Run on a thread with a large stack: deep Python recursion through native helpers
    // (e.g. __repr__ calling repr) nests Rust frames.
    let gc_zeal = args.gc_zeal;
    let gc_quarantine = args.gc_quarantine;
    let limits = args.limits;
    let hash_seed = args.hash_seed;
    let stats = args.stats;
    let dis = args.dis;
    // With no script at all, CPython's `sys.argv` is `['']`.
    let argv = if args.argv.is_empty() {
        vec![String::new()]
    } else {
        args.argv
    };
    run_on_big_stack(move || {
        let mut engine = with_capabilities(pyrite::Engine::builder())
            .argv(argv)
            .stderr(std::io::stderr())
            .gc_zeal(gc_zeal)
            .gc_quarantine(gc_quarantine)
            .limits(limits)
            .hash_seed(hash_seed)
            .build();
        if dis {
            return match engine.disassemble(&source, &filename) {
                Ok(text) => {
                    print!("{text}");
                    0
                }
                Err(e) => {
                    eprintln!("{e}");
                    1
                }
            };
        }
        let r = match has_file {
            true => engine.set_main_file(&filename),
            false => Ok(()),
        }
        .and_then(|()| engine.run_source(&source, &filename));
        // The fuel the program used (`finish` is a call of its own).
        let fuel = engine.fuel_consumed();
        // After a limit nothing more of the program runs (not even its generators' `finally`).
        if !matches!(r, Err(pyrite::Error::Limit(_))) {
            let _ = engine.finish();
        }
        if stats {
            eprintln!("{}", engine.stats_report());
        }
        match r {
            Ok(()) => 0,
            Err(pyrite::Error::Exit { status, message }) => {
                if !message.is_empty() {
                    eprintln!("{message}");
                }
                // Exit statuses are one byte, as the OS truncates them for CPython too.
                status as u8
            }
            Err(pyrite::Error::Limit(kind)) => {
                eprintln!("pyrite: {}", limit_message(kind, fuel, engine.limits()));
                3
            }
            Err(e) => {
                eprintln!("{e}");
                1
            }
        }
    })
}

/// The one line naming the limit that stopped the program.
fn limit_message(kind: pyrite::LimitKind, fuel: u64, limits: &pyrite::Limits) -> String {
    use pyrite::LimitKind;
    match kind {
        LimitKind::Fuel => format!("fuel exhausted after {fuel} instructions"),
        LimitKind::Deadline => {
            let secs = limits.deadline.unwrap_or_default().as_secs_f64();
            format!("timeout: the program ran past {secs} seconds")
        }
        LimitKind::Interrupted => "interrupted".to_string(),
        LimitKind::Memory => {
            let bytes = limits.max_memory.unwrap_or(usize::MAX);
            format!("memory limit exceeded: the heap grew past {bytes} bytes")
        }
        LimitKind::Recursion => "recursion limit exceeded".to_string(),
    }
}

/// Runs `f` on a thread with a large stack (deep Python recursion through native helpers,
/// e.g. `__repr__` calling `repr`, nests Rust frames) and exits with its status.
fn run_on_big_stack(f: impl FnOnce() -> u8 + Send + 'static) -> ExitCode {
    let handle = match std::thread::Builder::new().stack_size(256 << 20).spawn(f) {
        Ok(handle) => handle,
        Err(e) => {
            eprintln!("pyrite: cannot start the interpreter thread: {e}");
            return ExitCode::from(70);
        }
    };
    match handle.join() {
        Ok(code) => ExitCode::from(code),
        Err(_) => {
            eprintln!("pyrite: internal error");
            ExitCode::from(70)
        }
    }
}

/// The interactive session on a terminal: rustyline reads lines (editing, history), the
/// library's `Repl` decides what runs. Ctrl-C drops the line being typed, Ctrl-D ends the
/// session, as in CPython.
fn interactive(gc_zeal: bool, gc_quarantine: bool) -> u8 {
    use rustyline::error::ReadlineError;
    let mut engine = with_capabilities(pyrite::Engine::builder())
        .argv([""])
        .stderr(std::io::stderr())
        .gc_zeal(gc_zeal)
        .gc_quarantine(gc_quarantine)
        .build();
    let mut editor = match rustyline::DefaultEditor::new() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("pyrite: cannot start the line editor: {e}");
            return 1;
        }
    };
    eprintln!(
        "pyrite {} (a Python 3.11 interpreter)\nType Ctrl-D to leave.",
        env!("CARGO_PKG_VERSION")
    );
    let mut repl = pyrite::Repl::new();
    loop {
        match editor.readline(repl.prompt()) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = editor.add_history_entry(line.as_str());
                }
                match repl.feed(&mut engine, &line) {
                    pyrite::ReplStep::Ran(Err(pyrite::Error::Exit { status, message })) => {
                        if !message.is_empty() {
                            eprintln!("{message}");
                        }
                        return status as u8;
                    }
                    pyrite::ReplStep::Ran(Err(e)) => eprintln!("{e}"),
                    _ => {}
                }
            }
            Err(ReadlineError::Interrupted) => {
                // rustyline has ended the line already.
                eprintln!("KeyboardInterrupt");
                repl.interrupt();
            }
            Err(ReadlineError::Eof) => {
                println!();
                return 0;
            }
            Err(e) => {
                eprintln!("pyrite: {e}");
                return 1;
            }
        }
    }
}
