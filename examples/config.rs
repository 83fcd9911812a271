//! A configuration file written in Python, read into a Rust struct through serde.
//!
//! The file is an ordinary script (constants, loops, comprehensions); the host runs it in a fresh
//! engine and deserializes its global `config` into `Config`. A field of the wrong type is
//! reported with its path (`config.servers[2].port: ...`), a script error with its traceback.
//!
//! `cargo run --release --example config [FILE]` (default: `examples/config/app.py`, then
//! `examples/config/broken.py` to show the error)

use std::path::{Path, PathBuf};

use pyrite::{Engine, Error, Program};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // the fields are read through `Debug` only
struct Config {
    name: String,
    debug: bool,
    workers: u32,
    log_level: LogLevel,
    servers: Vec<Server>,
    limits: Limits,
    tags: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "lowercase")]
enum LogLevel {
    Error,
    Warn,
    Info,
    Debug,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Server {
    host: String,
    port: u16,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Limits {
    max_body_kib: u32,
    timeout_s: f64,
}

/// Runs the config file and reads its `config` global.
fn load(path: &Path) -> Result<Config, String> {
    let source = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let shown = path
        .strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap_or(path)
        .display()
        .to_string();
    let read = || -> Result<Config, Error> {
        let program = Program::compile(&source, &shown)?;
        let mut engine = Engine::new();
        engine.run(&program)?;
        engine.get_global_as::<Config>("config")
    };
    read().map_err(|e| format!("{shown}: invalid configuration:\n{e}"))
}

fn main() {
    let explicit: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/config");
    let files = if explicit.is_empty() {
        vec![dir.join("app.py"), dir.join("broken.py")]
    } else {
        explicit.clone()
    };
    let mut failed = false;
    for file in files {
        match load(&file) {
            Ok(config) => println!("{config:#?}"),
            Err(message) => {
                println!("{message}");
                failed = true;
            }
        }
    }
    // The default run shows the error on purpose; a file named on the command line must load.
    if failed && !explicit.is_empty() {
        std::process::exit(1);
    }
}
