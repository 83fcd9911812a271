//! A request handler written in Python, compiled once and run per request on a pool of worker
//! threads.
//!
//! The `Program` is compiled once and shared by every thread (it is `Send + Sync`); each request
//! runs in a fresh engine, so requests cannot see each other's state and a failing request
//! costs nothing but its own answer. Requests and responses cross through serde.
//!
//! `cargo run --release --example server`

use std::collections::BTreeMap;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};

use pyrite::{Engine, Error, Program};
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize)]
struct Request {
    method: String,
    path: String,
    query: BTreeMap<String, String>,
    body: String,
}

#[derive(Debug, Deserialize)]
struct Response {
    status: u16,
    body: String,
    headers: BTreeMap<String, String>,
}

const WORKERS: usize = 2;

/// Parses `METHOD /path?k=v&k2=v2` plus a body into a request.
fn request(line: &str, body: &str) -> Request {
    let (method, target) = line.split_once(' ').unwrap_or(("GET", line));
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let query = query
        .split('&')
        .filter(|kv| !kv.is_empty())
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            (k.to_string(), v.to_string())
        })
        .collect();
    Request {
        method: method.to_string(),
        path: path.to_string(),
        query,
        body: body.to_string(),
    }
}

/// Runs the handler for one request in a fresh engine.
fn handle(program: &Program, request: &Request) -> Result<Response, Error> {
    let mut engine = Engine::new();
    engine.set_global_from("request", request)?;
    engine.run(program)?;
    engine.get_global_as::<Response>("response")
}

/// A script failure becomes a 500 whose body names the exception (the traceback goes to the
/// server's log, here stderr).
fn internal_error(e: Error) -> Response {
    eprintln!("handler failed:\n{e}");
    let body = match &e {
        Error::Exception { type_name, message, .. } => format!("internal error: {type_name}: {message}"),
        other => format!("internal error: {other}"),
    };
    Response {
        status: 500,
        body,
        headers: BTreeMap::new(),
    }
}

fn main() {
    let source = include_str!("server/handler.py");
    let program = match Program::compile(source, "examples/server/handler.py") {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };

    let incoming = [
        ("GET /hello?name=ada", ""),
        ("GET /hello", ""),
        ("POST /sum", "1,2,3,4"),
        ("POST /sum", "1,two,3"),
        ("GET /fib?n=50", ""),
        ("GET /boom", ""),
        ("DELETE /users/7", ""),
        ("GET /fib?n=90", ""),
    ];

    // A fixed pool of std threads taking jobs from one queue.
    let (job_tx, job_rx) = mpsc::channel::<(usize, Request)>();
    let job_rx = Arc::new(Mutex::new(job_rx));
    let (done_tx, done_rx) = mpsc::channel::<(usize, Response)>();
    let workers: Vec<_> = (0..WORKERS)
        .map(|_| {
            let program = program.clone();
            let jobs = job_rx.clone();
            let done = done_tx.clone();
            std::thread::spawn(move || {
                loop {
                    // The lock is held only to take the next job.
                    let next = jobs.lock().unwrap().recv();
                    let Ok((id, request)) = next else { break };
                    let response = handle(&program, &request).unwrap_or_else(internal_error);
                    if done.send((id, response)).is_err() {
                        break;
                    }
                }
            })
        })
        .collect();
    drop(done_tx);

    for (id, (line, body)) in incoming.iter().enumerate() {
        job_tx.send((id, request(line, body))).expect("workers are running");
    }
    drop(job_tx);

    let mut responses: Vec<(usize, Response)> = done_rx.iter().collect();
    for worker in workers {
        worker.join().expect("worker thread");
    }
    responses.sort_by_key(|(id, _)| *id);
    for (id, response) in responses {
        let (line, _) = incoming[id];
        let kind = response.headers.get("content-type").map(String::as_str).unwrap_or("-");
        println!("#{id} {line} -> {} {} [{kind}]", response.status, response.body);
    }
}
