//! The `api` target's input: a sequence of embedding-API calls, decoded with `arbitrary` and
//! run against one engine. Every call may fail cleanly; none may panic, return
//! `Error::Internal`, or leave the engine unusable. Shared with `tests/fuzz_regressions.rs`.
//! (No host function panics on purpose: libFuzzer's panic hook aborts on any panic, even one
//! pyrite catches; `tests/embed_hostfn.rs` covers host panics.)

use arbitrary::Arbitrary;
use pyrite::{Engine, Error, Handle, Program, ScriptError};

/// Snippets the sequences draw from: definitions the later calls use, and failures.
const SNIPPETS: &[&str] = &[
    "def f(a, b=2):\n    return a + b\n",
    "def f(*args, **kw):\n    return (args, kw)\n",
    "def f(a):\n    raise ValueError(a)\n",
    "def f():\n    return f()\n",
    "def g(x):\n    return [x] * 3\n",
    "def g():\n    yield 1\n    yield 2\n",
    "class K:\n    def __init__(self, v):\n        self.v = v\n    def __repr__(self):\n        return f'K({self.v!r})'\n",
    "x = [1, 2, {'a': (3, 4.5)}]\n",
    "x = None\n",
    "x = 'h\u{e9}llo'\n",
    "x = b'\\x00\\xff'\n",
    "x = 10 ** 30\n",
    "x = hadd(1, 2)\n",
    "x = hadd('a', 2)\n",
    "x = hcat('a', 'b')\n",
    "x = hfail('no')\n",
    "x = htotal([1, 2, 3])\n",
    "x = htotal(5)\n",
    "del x\n",
    "raise SystemExit(3)\n",
    "import nothing_here\n",
    "def f(:\n",
    "x = f\n",
    "x = g\n",
    "x = K\n",
    "x = lambda *a: a\n",
    "while True:\n    break\n",
    "x = hadd\n",
];

/// One API call.
#[derive(Arbitrary, Debug)]
pub enum Op {
    RunSnippet(u8),
    RunText(String),
    EvalText(String),
    Register(HostKind),
    CallName(Name, Vec<Arg>),
    SetGlobal(Name, Arg),
    GetGlobalInt(Name),
    GetGlobalString(Name),
    GetGlobalHandle(Name),
    CallHandle(u8, Vec<Arg>),
    HandleType(u8),
    DropHandle(u8),
    Compile(u8),
    CompileText(String),
    RunProgram(u8),
    DropProgram(u8),
    Disassemble(u8),
    Finish,
    Stats,
}

/// A host function to register.
#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum HostKind {
    Add,
    Concat,
    Fail,
    Total,
}

/// A global or function name.
#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum Name {
    F,
    G,
    K,
    X,
    Missing,
    Print,
    Len,
}

/// An argument of some host type.
#[derive(Arbitrary, Debug, Clone)]
pub enum Arg {
    Int(i64),
    Float(f64),
    Str(String),
    Bool(bool),
    Bytes(Vec<u8>),
    List(Vec<i64>),
    Unit,
}

impl Name {
    fn text(self) -> &'static str {
        match self {
            Name::F => "f",
            Name::G => "g",
            Name::K => "K",
            Name::X => "x",
            Name::Missing => "missing",
            Name::Print => "print",
            Name::Len => "len",
        }
    }
}

/// The checks every call's outcome gets.
fn clean<T: std::fmt::Debug>(outcome: Result<T, Error>) -> Option<T> {
    pyrite::fuzzing::assert_clean(&outcome);
    outcome.ok()
}

/// Runs `ops` against a fresh engine, then checks the engine still works.
pub fn run(ops: &[Op]) {
    let mut engine = pyrite::fuzzing::fuzz_engine();
    let mut handles: Vec<Handle> = Vec::new();
    let mut programs: Vec<Program> = Vec::new();
    for op in ops.iter().take(64) {
        step(&mut engine, op, &mut handles, &mut programs);
    }
    drop(handles);
    drop(programs);
    pyrite::fuzzing::check_eval_in(&mut engine, "pass");
}

fn snippet(i: u8) -> &'static str {
    SNIPPETS[usize::from(i) % SNIPPETS.len()]
}

fn call_args(engine: &mut Engine, name: &str, args: &[Arg]) -> Result<Handle, Error> {
    match args {
        [] => engine.call(name, ()),
        [a] => call1(engine, name, a),
        [a, b, ..] => call2(engine, name, a, b),
    }
}

fn call1(engine: &mut Engine, name: &str, a: &Arg) -> Result<Handle, Error> {
    match a.clone() {
        Arg::Int(i) => engine.call(name, (i,)),
        Arg::Float(f) => engine.call(name, (f,)),
        Arg::Str(s) => engine.call(name, (s,)),
        Arg::Bool(b) => engine.call(name, (b,)),
        Arg::Bytes(b) => engine.call(name, (pyrite::Bytes(b),)),
        Arg::List(l) => engine.call(name, (l,)),
        Arg::Unit => engine.call(name, ((),)),
    }
}

fn call2(engine: &mut Engine, name: &str, a: &Arg, b: &Arg) -> Result<Handle, Error> {
    match (a.clone(), b.clone()) {
        (Arg::Int(i), Arg::Int(j)) => engine.call(name, (i, j)),
        (Arg::Str(s), Arg::Int(j)) => engine.call(name, (s, j)),
        (Arg::Int(i), Arg::Str(s)) => engine.call(name, (i, s)),
        (Arg::Float(f), Arg::List(l)) => engine.call(name, (f, l)),
        (a, _) => call1(engine, name, &a),
    }
}

fn handle_call(engine: &mut Engine, h: &Handle, args: &[Arg]) -> Result<Handle, Error> {
    match args.first().cloned() {
        None => h.call(engine, ()),
        Some(Arg::Int(i)) => h.call(engine, (i,)),
        Some(Arg::Str(s)) => h.call(engine, (s,)),
        Some(Arg::List(l)) => h.call(engine, (l,)),
        Some(other) => call1(engine, "repr", &other),
    }
}

fn step(engine: &mut Engine, op: &Op, handles: &mut Vec<Handle>, programs: &mut Vec<Program>) {
    match op {
        Op::RunSnippet(i) => {
            clean(engine.run_source(snippet(*i), "<api>"));
        }
        Op::RunText(s) => {
            clean(engine.run_source(s, "<api>"));
        }
        Op::EvalText(s) => {
            handles.extend(clean(engine.eval::<Handle>(s)));
        }
        Op::Register(kind) => match kind {
            HostKind::Add => {
                engine.register_fn("hadd", |a: i64, b: i64| a.wrapping_add(b));
            }
            HostKind::Concat => {
                engine.register_fn("hcat", |a: String, b: String| a + &b);
            }
            HostKind::Fail => {
                engine.register_fn("hfail", |why: String| -> Result<i64, ScriptError> {
                    Err(ScriptError::value_error(why))
                });
            }
            HostKind::Total => {
                engine.register_fn("htotal", |xs: Vec<i64>| xs.iter().fold(0i64, |a, b| a.wrapping_add(*b)));
            }
        },
        Op::CallName(name, args) => {
            handles.extend(clean(call_args(engine, name.text(), args)));
        }
        Op::SetGlobal(name, arg) => {
            let outcome = match arg.clone() {
                Arg::Int(i) => engine.set_global(name.text(), i),
                Arg::Float(f) => engine.set_global(name.text(), f),
                Arg::Str(s) => engine.set_global(name.text(), s),
                Arg::Bool(b) => engine.set_global(name.text(), b),
                Arg::Bytes(b) => engine.set_global(name.text(), pyrite::Bytes(b)),
                Arg::List(l) => engine.set_global(name.text(), l),
                Arg::Unit => engine.set_global(name.text(), ()),
            };
            clean(outcome);
        }
        Op::GetGlobalInt(name) => {
            clean(engine.get_global::<i64>(name.text()));
        }
        Op::GetGlobalString(name) => {
            clean(engine.get_global::<String>(name.text()));
        }
        Op::GetGlobalHandle(name) => {
            handles.extend(clean(engine.get_global::<Handle>(name.text())));
        }
        Op::CallHandle(i, args) => {
            if let Some(h) = handles.get(usize::from(*i) % handles.len().max(1)).cloned() {
                handles.extend(clean(handle_call(engine, &h, args)));
            }
        }
        Op::HandleType(i) => {
            if let Some(h) = handles.get(usize::from(*i) % handles.len().max(1)) {
                clean(h.type_name(engine));
            }
        }
        Op::DropHandle(i) => {
            if !handles.is_empty() {
                let at = usize::from(*i) % handles.len();
                handles.swap_remove(at);
            }
        }
        Op::Compile(i) => {
            programs.extend(clean(engine.compile(snippet(*i), "<api>")));
        }
        Op::CompileText(s) => {
            programs.extend(clean(engine.compile(s, "<api>")));
        }
        Op::RunProgram(i) => {
            if let Some(p) = programs.get(usize::from(*i) % programs.len().max(1)).cloned() {
                clean(engine.run(&p));
            }
        }
        Op::DropProgram(i) => {
            if !programs.is_empty() {
                let at = usize::from(*i) % programs.len();
                programs.swap_remove(at);
            }
        }
        Op::Disassemble(i) => {
            clean(engine.disassemble(snippet(*i), "<api>"));
        }
        Op::Finish => {
            clean(engine.finish());
        }
        Op::Stats => {
            let _ = engine.heap_stats();
        }
    }
}
