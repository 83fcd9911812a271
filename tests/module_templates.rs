//! Module templates (`interp::module_template`): a standard module imported in a fresh engine
//! after the first time in the process is copied from a process-wide template. What a script
//! can observe must be as if the module's code had run: these tests compare copied modules
//! with ones whose code ran (an engine with a module resolver never uses templates), check
//! that engines never share a module's state, and that identities across modules hold.

use pyrite::{Engine, OutputBuffer};

#[path = "common/stdlib_modules.rs"]
mod stdlib_modules;
use stdlib_modules::STDLIB_MODULES as MODULES;

/// A fresh engine (which copies templates) and its output.
fn copying() -> (Engine, OutputBuffer) {
    let out = OutputBuffer::new();
    (Engine::builder().stdout(out.clone()).build(), out)
}

/// An engine that runs every module's code (its resolver keeps it from using templates).
fn running() -> (Engine, OutputBuffer) {
    let out = OutputBuffer::new();
    let engine = Engine::builder().stdout(out.clone()).module_resolver(|_| None).build();
    (engine, out)
}

fn output_of((mut engine, out): (Engine, OutputBuffer), source: &str) -> String {
    engine.run_source(source, "main.py").unwrap();
    out.take()
}

/// Prints everything of module `m`'s namespace that does not show an address.
const DESCRIBE: &str = r#"
import sys as _sys
def _simple(v):
    return v is None or type(v) in (int, float, str, bytes, bool)
def describe(m):
    for name in sorted(vars(m)):
        v = vars(m)[name]
        t = type(v)
        line = [name, t.__name__]
        if _simple(v):
            line.append(repr(v))
        elif t in (tuple, list, frozenset, set) and all(_simple(x) for x in v):
            line.append(repr(sorted(v, key=repr) if t in (set, frozenset) else v))
        elif t is dict:
            line.append(sorted(repr(k) for k in v))
        elif isinstance(v, type):
            line += [v.__module__, v.__qualname__, [c.__qualname__ for c in v.__mro__], type(v).__name__]
            line.append([(k, type(x).__name__) for k, x in sorted(vars(v).items(), key=lambda kv: repr(kv[0]))])
            try:
                line.append([c.__qualname__ for c in type.__subclasses__(v)])
            except NotImplementedError:
                pass
        elif callable(v) and hasattr(v, '__qualname__'):
            line += [getattr(v, '__module__', None), v.__qualname__]
            d = getattr(v, '__defaults__', None)
            line.append(repr(d) if d is None or all(_simple(x) for x in d) else len(d))
        print(*line)
"#;

#[test]
fn a_copied_module_shows_what_running_its_code_shows() {
    for m in MODULES {
        // The first import in the process records the template.
        output_of(copying(), &format!("import {m}"));
        let script = format!("{DESCRIBE}\nimport {m}\ndescribe({m})\nprint(sorted(_sys.modules))\n");
        let copied = output_of(copying(), &script);
        let ran = output_of(running(), &script);
        assert!(copied.lines().count() > 3, "{m}: {copied}");
        assert_eq!(copied, ran, "import {m}: the copy differs from running the code");
    }
}

#[test]
fn engines_never_share_a_copied_module() {
    let source = "
import functools, collections, abc, enum, random
print(hasattr(functools, 'extra'), hasattr(collections.OrderedDict, 'extra'))
print(abc.get_cache_token(), enum.Enum._member_names_ if hasattr(enum.Enum, '_member_names_') else None)
print(random.random())
functools.extra = 1
collections.OrderedDict.extra = 2
class Mine: pass
abc.ABC.register(Mine)
random.seed(7)
";
    output_of(copying(), "import functools, collections, abc, enum, random");
    let first = output_of(copying(), &format!("import random\nrandom.seed(1)\n{source}"));
    // Engine B, made after A mutated its modules, sees them as the code made them.
    let second = output_of(copying(), &format!("import random\nrandom.seed(1)\n{source}"));
    assert_eq!(first, second);
    let ran = output_of(running(), &format!("import random\nrandom.seed(1)\n{source}"));
    assert_eq!(first, ran);
    assert!(first.starts_with("False False\n"), "{first}");
}

#[test]
fn identities_across_modules_hold_whatever_the_order() {
    let facts = "
import abc, collections, collections.abc, typing, enum, re, functools, contextlib
print(type(collections.abc.Mapping) is abc.ABCMeta, issubclass(collections.OrderedDict, collections.abc.MutableMapping))
print(typing.Mapping.__origin__ is collections.abc.Mapping, typing.Deque.__origin__ is collections.deque)
print(isinstance({}, typing.Mapping), isinstance(collections.Counter(), collections.abc.Mapping))
print(re.RegexFlag.__mro__[-2] is enum.Enum or enum.Enum in re.RegexFlag.__mro__, typing.ABCMeta is abc.ABCMeta)
print(collections.abc is __import__('sys').modules['collections.abc'], collections.abc.__name__)
";
    let orders = [
        "import typing\nimport collections.abc\n",
        "import collections.abc\nimport typing\n",
        "import re\nimport enum\n",
        "import abc\n",
        "",
    ];
    for m in ["typing", "collections.abc", "re", "abc", "contextlib"] {
        output_of(copying(), &format!("import {m}"));
    }
    let ran = output_of(running(), facts);
    assert_eq!(ran.lines().next(), Some("True True"), "{ran}");
    for first in orders {
        let copied = output_of(copying(), &format!("{first}{facts}"));
        assert_eq!(copied, ran, "after {first:?}");
    }
}

#[test]
fn engines_on_several_threads_copy_one_template() {
    let script = "import typing, dataclasses, enum, collections\n\
        @dataclasses.dataclass\nclass P:\n    x: int\n    y: typing.List[int]\n\
        class C(enum.Enum):\n    A = 1\n\
        print(P(1, [2]), C.A, collections.Counter('abca').most_common(1), typing.Optional[int])\n";
    let threads: Vec<_> = (0..4)
        .map(|_| std::thread::spawn(move || (0..3).map(|_| output_of(copying(), script)).collect::<Vec<_>>()))
        .collect();
    let expected = "P(x=1, y=[2]) C.A [('a', 2)] typing.Optional[int]\n";
    for t in threads {
        for out in t.join().unwrap() {
            assert_eq!(out, expected);
        }
    }
}

#[test]
fn engines_on_two_threads_call_the_same_shared_code_under_gc_zeal() {
    // Copied modules' functions run one immortal code object in every engine, each engine
    // with its own global caches: here one engine rebinds a global the shared code reads
    // (`heapq._siftdown`) and a builtin (`len`, in `textwrap`'s namespace) while the other
    // keeps the originals, both collecting at every allocation.
    output_of(copying(), "import heapq, textwrap, json");
    let patched = "import heapq, textwrap, json\n\
        def loud(*a):\n    print('patched', a[1:])\n\
        for i in range(30):\n    h = []\n    heapq.heappush(h, 3)\n    heapq.heappush(h, 1)\n    print(h, textwrap.shorten('a b c d', 5), json.dumps({'k': [i]}))\n    if i == 20:\n        heapq._siftdown = loud\n        textwrap.len = lambda s: 0\n";
    let plain = "import heapq, textwrap, json\n\
        for i in range(30):\n    h = []\n    heapq.heappush(h, 3)\n    heapq.heappush(h, 1)\n    print(h, textwrap.shorten('a b c d', 5), json.dumps({'k': [i]}))\n";
    let zeal = |source: &'static str| {
        std::thread::spawn(move || {
            let out = OutputBuffer::new();
            let mut engine = Engine::builder().stdout(out.clone()).gc_zeal(true).build();
            engine.run_source(source, "main.py").unwrap();
            out.take()
        })
    };
    let runs: Vec<_> = (0..2).flat_map(|_| [zeal(patched), zeal(plain)]).collect();
    let outs: Vec<String> = runs.into_iter().map(|t| t.join().unwrap()).collect();
    let ran = |source| output_of(running(), source);
    let (expect_patched, expect_plain) = (ran(patched), ran(plain));
    assert!(expect_patched.contains("patched"), "{expect_patched}");
    for pair in outs.chunks(2) {
        assert_eq!(pair[0], expect_patched);
        assert_eq!(pair[1], expect_plain);
    }
}

#[test]
fn a_host_module_of_a_standard_name_is_never_replaced_by_a_template() {
    output_of(copying(), "import bisect");
    let out = OutputBuffer::new();
    let mut engine = Engine::builder().stdout(out.clone()).build();
    let program = pyrite::Program::compile("NAME = 'host bisect'\n", "bisect.py").unwrap();
    engine.register_module("bisect", pyrite::Module::new("bisect").source(&program));
    engine
        .run_source("import bisect\nprint(bisect.NAME)", "main.py")
        .unwrap();
    assert_eq!(out.take(), "host bisect\n");
}

#[test]
fn a_script_that_changed_builtins_imports_by_running_the_code() {
    output_of(copying(), "import string");
    let out = output_of(
        copying(),
        "import builtins\nbuiltins.frozenset = lambda *a: 'patched'\nimport string\nprint(string.ascii_letters[:3])\n",
    );
    let ran = output_of(
        running(),
        "import builtins\nbuiltins.frozenset = lambda *a: 'patched'\nimport string\nprint(string.ascii_letters[:3])\n",
    );
    assert_eq!(out, ran);
}

#[test]
fn an_engine_with_host_functions_copies_modules_as_running_would() {
    let script =
        "import collections, string\nprint(clamp(5, 0, 3), collections.OrderedDict(a=1), string.capwords('a b'))\n";
    output_of(copying(), "import collections, string");
    let with_host_fn = |mut engine: Engine| {
        engine.register_fn("clamp", |x: i64, lo: i64, hi: i64| x.max(lo).min(hi));
        engine
    };
    let (engine, out) = copying();
    let copied = output_of((with_host_fn(engine), out), script);
    let (engine, out) = running();
    let ran = output_of((with_host_fn(engine), out), script);
    assert_eq!(copied, ran);
    assert_eq!(copied, "3 OrderedDict([('a', 1)]) A B\n");
}

#[test]
fn a_module_that_imports_sys_is_copied_around_the_engines_own_sys() {
    // `statistics` imports `sys`, whose state is per engine: the copy imports the engine's own
    // `sys` where the code would have, so `sys.modules` keeps the order running gives.
    let script = "
import statistics
import sys
print(list(sys.modules))
print(statistics.sys is sys, sys.argv, sys.getrecursionlimit(), statistics.median([3, 1, 2]))
statistics.sys.marker = 1
statistics.extra = 2
";
    output_of(copying(), "import statistics");
    let ran = output_of(running(), script);
    assert!(ran.contains("True [] 1000 2"), "{ran}");
    assert_eq!(output_of(copying(), script), ran);
    // Engine B does not see what engine A set on its modules.
    assert_eq!(output_of(copying(), script), ran);
    // Engines whose `sys` reads differently, and one that imported `sys` before.
    let configured = |b: pyrite::EngineBuilder| {
        let out = OutputBuffer::new();
        (b.stdout(out.clone()).build(), out)
    };
    let with_argv = |b: pyrite::EngineBuilder| b.argv(["prog", "x"]);
    let ran_argv = output_of(
        configured(with_argv(Engine::builder().module_resolver(|_| None))),
        script,
    );
    assert!(ran_argv.contains("True ['prog', 'x'] 1000 2"), "{ran_argv}");
    assert_eq!(output_of(configured(with_argv(Engine::builder())), script), ran_argv);
    let low_limit = |b: pyrite::EngineBuilder| b.max_recursion(300);
    let ran_low = output_of(
        configured(low_limit(Engine::builder().module_resolver(|_| None))),
        script,
    );
    assert_eq!(output_of(configured(low_limit(Engine::builder())), script), ran_low);
    let sys_first = format!("import sys\nsys.marker = 0\n{script}");
    assert_eq!(output_of(copying(), &sys_first), output_of(running(), &sys_first));
}

#[test]
fn shared_names_are_one_object_with_the_engines_own() {
    // Template names are immortal strs shared by every engine; an engine that interned a text
    // first keeps its own str, which the copy then uses, so equal names stay one object.
    let script = "
TypeVar = 'x'
import sys
mine = sys.intern('Order' + 'edDict')
import typing, collections
print(sys.intern('Type' + 'Var') is typing.TypeVar.__name__, mine is collections.OrderedDict.__name__)
print('OrderedDict' in vars(collections), getattr(collections, 'Order' + 'edDict').__name__)
d = {sys.intern('Count' + 'er'): 1}
print(d.get(collections.Counter.__name__), vars(typing)['TypeVar'].__name__, hash('TypeVar') == hash(sys.intern('TypeVar')))
";
    output_of(copying(), "import typing, collections");
    let ran = output_of(running(), script);
    assert!(ran.starts_with("True True\nTrue OrderedDict\n1 TypeVar True"), "{ran}");
    for _ in 0..2 {
        assert_eq!(output_of(copying(), script), ran);
    }
}

#[test]
fn a_frozenset_made_before_its_members_is_copied_whole() {
    // `urllib.parse` makes `frozenset('\u2047…')`: pyrite makes the set, then each
    // one-character str as it iterates, so members are younger than the set that holds them
    // (the copy fills such a set once every object exists). Also under gc-zeal.
    output_of(copying(), "import urllib.parse");
    let script = "import urllib.parse as p\n\
        s = p._NFKC_NETLOC_DELIMS\n\
        print(type(s).__name__, len(s), sorted(s) == sorted('\\u2047\\u2048\\u2049\\u2100\\u2101\\u2105\\u2106\\u2a74\\ufe13\\ufe16\\ufe55\\ufe56\\ufe5f\\ufe6b\\uff03\\uff0f\\uff1a\\uff1f\\uff20'))\n\
        print('\\uff0f' in s, 'a' in s, hash(s) == hash(frozenset(sorted(s))), {s: 1}[frozenset(s)])\n\
        try:\n    p.urlsplit('http://a\\uff0fb')\nexcept ValueError as e:\n    print('ValueError', e)\n\
        print(p.urlsplit('http://u@h:80/p?q#f'), p.quote('a b/ü'))\n";
    let ran = output_of(running(), script);
    assert!(ran.contains("frozenset 19 True"), "{ran}");
    assert_eq!(output_of(copying(), script), ran);
    let out = OutputBuffer::new();
    let mut engine = Engine::builder().stdout(out.clone()).gc_zeal(true).build();
    engine.run_source(script, "main.py").unwrap();
    assert_eq!(out.take(), ran);
}

#[test]
fn a_copied_sys_is_the_engines_own() {
    // `sys` has a template of its own: its module cache is the copying engine's, `__main__`
    // is made after it as the import makes it, and `print` honours a replaced `sys.stdout`.
    output_of(copying(), "import sys");
    let script = "
import sys
print(list(sys.modules), sys.modules['__main__'].__dict__ is globals(), sys.argv, sys.path)
print(sys.getrecursionlimit(), sys.version_info[:2], sys.float_info.max, sys.maxsize)
class Sink:
    def write(self, s):
        sys.__stdout__.write('<' + s + '>')
sys.stdout = Sink()
print('redirected')
sys.stdout = sys.__stdout__
sys.setrecursionlimit(10**6)
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError:
    print('RecursionError')
import statistics
print(statistics.sys is sys, list(sys.modules)[:4])
sys.marker = 1
sys.argv.append('x')
";
    let ran = output_of(running(), script);
    assert!(ran.contains("<redirected>"), "{ran}");
    assert_eq!(output_of(copying(), script), ran);
    // A second engine sees nothing the first one did to its `sys`; gc-zeal too.
    assert_eq!(output_of(copying(), script), ran);
    let out = OutputBuffer::new();
    let mut engine = Engine::builder().stdout(out.clone()).gc_zeal(true).build();
    engine.run_source(script, "main.py").unwrap();
    assert_eq!(out.take(), ran);
    // An engine whose `sys` reads differently runs the code.
    let argv = |b: pyrite::EngineBuilder| {
        let out = OutputBuffer::new();
        (b.argv(["prog"]).stdout(out.clone()).build(), out)
    };
    let ran_argv = output_of(argv(Engine::builder().module_resolver(|_| None)), script);
    assert!(ran_argv.contains("['prog']"), "{ran_argv}");
    assert_eq!(output_of(argv(Engine::builder()), script), ran_argv);
}

#[test]
fn copied_functions_keep_every_attribute_whether_set_at_birth_or_after() {
    // A copy sets a function's cells when it makes the function if every cell names an older
    // object, else with the mutable contents; either way they read as the code made them.
    let script = r#"
import typing, enum, functools, dataclasses, json, collections
def attrs(f):
    return (f.__name__, f.__qualname__, f.__module__, f.__defaults__ is None or len(f.__defaults__),
            sorted(f.__kwdefaults__ or {}), sorted(f.__annotations__), (f.__doc__ or '')[:20],
            sorted(vars(f)))
for m in (typing, enum, functools, dataclasses, json, collections):
    for name in sorted(vars(m)):
        f = vars(m)[name]
        if type(f).__name__ == 'function':
            print(m.__name__, attrs(f))
"#;
    output_of(
        copying(),
        "import typing, enum, functools, dataclasses, json, collections",
    );
    let copied = output_of(copying(), script);
    assert!(copied.lines().count() > 50, "{copied}");
    assert_eq!(copied, output_of(running(), script));
}

#[test]
fn copied_modules_survive_collections_on_two_threads() {
    // The copy allocates old objects in a batch, born with dirty cards: engines that collect
    // at every allocation (and verify the heap) use the copies as the code made them.
    let script = "import typing, enum, dataclasses, collections, statistics\n\
        class Color(enum.Enum):\n    RED = 1\n    GREEN = 2\n\
        @dataclasses.dataclass\nclass P:\n    x: int\n    y: typing.List[int] = dataclasses.field(default_factory=list)\n\
        for i in range(20):\n    c = collections.Counter('abracadabra'[:i])\n    print(Color(1 + i % 2), P(i), c.most_common(2), statistics.mean([i, 2, 3]), typing.Optional[int])\n";
    output_of(copying(), "import typing, enum, dataclasses, collections, statistics");
    let zeal = move || {
        std::thread::spawn(move || {
            let out = OutputBuffer::new();
            let mut engine = Engine::builder().stdout(out.clone()).gc_zeal(true).build();
            engine.run_source(script, "main.py").unwrap();
            out.take()
        })
    };
    let runs = [zeal(), zeal()];
    let expect = output_of(running(), script);
    assert!(expect.contains("Color.GREEN"), "{expect}");
    for t in runs {
        assert_eq!(t.join().unwrap(), expect);
    }
}
