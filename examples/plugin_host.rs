//! A plugin host: every `*.py` file in a folder is a plugin with an engine of its own, so
//! plugins cannot see or break each other. A plugin that fails to compile, fails while loading or
//! raises in a hook is reported with its traceback, and the others carry on.
//!
//! Each plugin gets a host function `log(message)` and its `print` output captured in a buffer
//! the host prefixes with the plugin's name; the host sends every plugin the same events through
//! its `on_event(name, payload)` hook, fetched once as a typed handle.
//!
//! `cargo run --release --example plugin_host [FOLDER]` (default: `examples/plugins`)

use std::path::{Path, PathBuf};

use pyrite::{Engine, Error, OutputBuffer, Program, ScriptFn};

/// A loaded plugin.
struct Plugin {
    name: String,
    engine: Engine,
    output: OutputBuffer,
    on_event: Option<ScriptFn<(String, String), String>>,
}

const EVENTS: [(&str, &str); 3] = [("start", "alpha beta"), ("reload", "   "), ("tick", "beta gamma beta")];

fn main() {
    let folder = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/plugins"));
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(&folder) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "py"))
            .collect(),
        Err(e) => {
            eprintln!("cannot read {}: {e}", folder.display());
            std::process::exit(1);
        }
    };
    paths.sort();

    let mut plugins = Vec::new();
    for path in &paths {
        let name = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        match load(&name, path) {
            Ok(plugin) => {
                let hook = if plugin.on_event.is_some() {
                    ""
                } else {
                    " (no on_event hook: it gets no events)"
                };
                println!("loaded {name}{hook}");
                flush_output(&plugin);
                plugins.push(plugin);
            }
            Err(e) => println!("failed to load {name}:\n{}", indent(&e)),
        }
    }

    for (event, payload) in EVENTS {
        println!("event {event} {payload:?}:");
        for plugin in &mut plugins {
            let Some(on_event) = &plugin.on_event else { continue };
            match on_event.call(&mut plugin.engine, (event.to_string(), payload.to_string())) {
                Ok(reply) => println!("  {}: {reply}", plugin.name),
                Err(e) => println!("  {} failed:\n{}", plugin.name, indent(&indent(&e.to_string()))),
            }
            flush_output(plugin);
        }
    }
}

/// Compiles and runs one plugin file in a fresh engine and fetches its hook.
fn load(name: &str, path: &Path) -> Result<Plugin, String> {
    let source = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    load_source(name, &source).map_err(|e| e.to_string())
}

fn load_source(name: &str, source: &str) -> Result<Plugin, Error> {
    let program = Program::compile(source, &format!("plugins/{name}.py"))?;
    let output = OutputBuffer::new();
    let mut engine = Engine::builder().stdout(output.clone()).build();
    let who = name.to_string();
    engine.register_fn("log", move |message: String| println!("  [{who}] {message}"));
    engine.run(&program)?;
    let has_hook: bool = engine.eval("callable(globals().get('on_event'))")?;
    let on_event = if has_hook {
        Some(engine.function("on_event")?)
    } else {
        None
    };
    Ok(Plugin {
        name: name.to_string(),
        engine,
        output,
        on_event,
    })
}

/// Shows what the plugin printed since the last call, prefixed with its name.
fn flush_output(plugin: &Plugin) {
    for line in plugin.output.take().lines() {
        println!("  {} printed: {line}", plugin.name);
    }
}

fn indent(text: &str) -> String {
    text.lines().map(|l| format!("  {l}")).collect::<Vec<_>>().join("\n")
}
