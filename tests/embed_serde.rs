//! The serde bridge end to end: Rust values into scripts and back (`set_global_from`,
//! `get_global_as`, `eval_as`), every shape of the serde data model, and every error path with
//! its exact message.

use std::collections::{BTreeMap, HashMap};

use pyrite::{Engine, Error};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct Server {
    host: String,
    port: u16,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct Limits {
    max_conn: u32,
    timeout: f64,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct Config {
    name: String,
    servers: Vec<Server>,
    limits: Option<Limits>,
    tags: BTreeMap<String, i64>,
    level: u8,
}

fn config() -> Config {
    Config {
        name: "prod".into(),
        servers: vec![
            Server {
                host: "a".into(),
                port: 80,
            },
            Server {
                host: "b".into(),
                port: 443,
            },
        ],
        limits: Some(Limits {
            max_conn: 100,
            timeout: 2.5,
        }),
        tags: BTreeMap::from([("x".to_string(), 1), ("y".to_string(), -2)]),
        level: 3,
    }
}

/// The conversion error's text (`path: message`), or a panic naming what came instead.
fn conversion(r: Result<impl std::fmt::Debug, Error>) -> String {
    match r {
        Err(e @ Error::Conversion { .. }) => e.to_string(),
        other => panic!("expected a conversion error, got {other:?}"),
    }
}

/// The Python exception class a conversion error stands for.
fn exception_class(r: Result<impl std::fmt::Debug, Error>) -> String {
    match r {
        Err(Error::Conversion { type_name, .. }) => type_name,
        other => panic!("expected a conversion error, got {other:?}"),
    }
}

#[test]
fn nested_struct_round_trip_and_script_view() {
    let mut engine = Engine::new();
    let cfg = config();
    engine.set_global_from("config", &cfg).unwrap();
    let shown: String = engine.eval("repr(config)").unwrap();
    assert_eq!(
        shown,
        "{'name': 'prod', 'servers': [{'host': 'a', 'port': 80}, {'host': 'b', 'port': 443}], \
         'limits': {'max_conn': 100, 'timeout': 2.5}, 'tags': {'x': 1, 'y': -2}, 'level': 3}"
    );
    let back: Config = engine.get_global_as("config").unwrap();
    assert_eq!(back, cfg);
    // Scripts may change what they were given; the host reads the change.
    engine
        .run_source(
            "config['servers'][1]['port'] = 8443\nconfig['limits'] = None",
            "edit.py",
        )
        .unwrap();
    let edited: Config = engine.get_global_as("config").unwrap();
    assert_eq!(edited.servers[1].port, 8443);
    assert_eq!(edited.limits, None);
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
enum Shape {
    Empty,
    Circle(f64),
    Rect(i32, i32),
    Named { x: i64, label: String },
}

#[test]
fn enums_of_every_variant_form() {
    let mut engine = Engine::new();
    let shapes = vec![
        Shape::Empty,
        Shape::Circle(1.5),
        Shape::Rect(2, 3),
        Shape::Named {
            x: 7,
            label: "p".into(),
        },
    ];
    engine.set_global_from("shapes", &shapes).unwrap();
    let shown: String = engine.eval("repr(shapes)").unwrap();
    assert_eq!(
        shown,
        "['Empty', {'Circle': 1.5}, {'Rect': (2, 3)}, {'Named': {'x': 7, 'label': 'p'}}]"
    );
    let back: Vec<Shape> = engine.get_global_as("shapes").unwrap();
    assert_eq!(back, shapes);
    // Written by a script: a tuple variant's payload may be a list, a unit variant may be
    // `{'Empty': None}`, a float field accepts an int.
    let from_script: Vec<Shape> = engine
        .eval_as("[{'Empty': None}, {'Circle': 2}, {'Rect': [4, 5]}, {'Named': {'label': 'q', 'x': 1}}]")
        .unwrap();
    assert_eq!(
        from_script,
        vec![
            Shape::Empty,
            Shape::Circle(2.0),
            Shape::Rect(4, 5),
            Shape::Named {
                x: 1,
                label: "q".into()
            }
        ]
    );
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct Meters(f64);

#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct Marker;

#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct Pair(i32, String);

#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct Odds {
    some: Option<i32>,
    none: Option<i32>,
    unit: (),
    marker: Marker,
    meters: Meters,
    pair: Pair,
    triple: (u8, char, bool),
    letter: char,
    array: [i16; 3],
}

#[test]
fn options_units_newtypes_tuples_and_chars() {
    let mut engine = Engine::new();
    let odds = Odds {
        some: Some(5),
        none: None,
        unit: (),
        marker: Marker,
        meters: Meters(2.0),
        pair: Pair(1, "one".into()),
        triple: (9, 'é', true),
        letter: 'z',
        array: [-1, 0, 1],
    };
    engine.set_global_from("odds", &odds).unwrap();
    let shown: String = engine.eval("repr(odds)").unwrap();
    assert_eq!(
        shown,
        "{'some': 5, 'none': None, 'unit': None, 'marker': None, 'meters': 2.0, 'pair': (1, 'one'), \
         'triple': (9, 'é', True), 'letter': 'z', 'array': (-1, 0, 1)}"
    );
    let back: Odds = engine.get_global_as("odds").unwrap();
    assert_eq!(back, odds);
    // A missing `Option` field reads as `None`, as serde_json reads it.
    let partial: Option<i32> = engine.eval_as("None").unwrap();
    assert_eq!(partial, None);
    #[derive(Deserialize, Debug, PartialEq)]
    struct Opt {
        a: Option<i32>,
        b: i32,
    }
    let o: Opt = engine.eval_as("{'b': 2}").unwrap();
    assert_eq!(o, Opt { a: None, b: 2 });
}

#[test]
fn maps_with_int_str_and_bool_keys() {
    let mut engine = Engine::new();
    let by_id: HashMap<i64, String> = HashMap::from([(1, "a".into()), (-7, "b".into()), (1 << 60, "c".into())]);
    engine.set_global_from("by_id", &by_id).unwrap();
    let shown: String = engine.eval("repr(sorted(by_id.items()))").unwrap();
    assert_eq!(shown, "[(-7, 'b'), (1, 'a'), (1152921504606846976, 'c')]");
    assert_eq!(engine.eval::<String>("by_id[1]").unwrap(), "a");
    let back: HashMap<i64, String> = engine.get_global_as("by_id").unwrap();
    assert_eq!(back, by_id);

    let flags: BTreeMap<bool, u8> = BTreeMap::from([(false, 0), (true, 1)]);
    engine.set_global_from("flags", &flags).unwrap();
    assert_eq!(engine.eval::<String>("repr(flags)").unwrap(), "{False: 0, True: 1}");
    let back: BTreeMap<bool, u8> = engine.get_global_as("flags").unwrap();
    assert_eq!(back, flags);

    // Tuple keys are hashable too.
    let grid: BTreeMap<(i32, i32), char> = BTreeMap::from([((0, 1), 'a'), ((2, 3), 'b')]);
    engine.set_global_from("grid", &grid).unwrap();
    assert_eq!(engine.eval::<String>("grid[(2, 3)]").unwrap(), "b");
    let back: BTreeMap<(i32, i32), char> = engine.get_global_as("grid").unwrap();
    assert_eq!(back, grid);
}

/// Bytes through `serialize_bytes` / `deserialize_byte_buf` (what `serde_bytes` does).
#[derive(Debug, PartialEq)]
struct Blob(Vec<u8>);

impl Serialize for Blob {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(&self.0)
    }
}

impl<'de> Deserialize<'de> for Blob {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Blob, D::Error> {
        struct BlobVisitor;
        impl serde::de::Visitor<'_> for BlobVisitor {
            type Value = Blob;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("bytes")
            }
            fn visit_bytes<E>(self, v: &[u8]) -> Result<Blob, E> {
                Ok(Blob(v.to_vec()))
            }
        }
        d.deserialize_byte_buf(BlobVisitor)
    }
}

#[test]
fn bytes_both_ways() {
    let mut engine = Engine::new();
    engine.set_global_from("blob", &Blob(vec![0, 255, 65])).unwrap();
    assert_eq!(engine.eval::<String>("repr(blob)").unwrap(), "b'\\x00\\xffA'");
    assert_eq!(engine.get_global_as::<Blob>("blob").unwrap(), Blob(vec![0, 255, 65]));
    // bytearray and memoryview are bytes-like; a plain `Vec<u8>` reads a bytes object as its
    // byte values.
    assert_eq!(
        engine.eval_as::<Blob>("bytearray(b'xy')").unwrap(),
        Blob(b"xy".to_vec())
    );
    assert_eq!(
        engine.eval_as::<Blob>("memoryview(b'pq')").unwrap(),
        Blob(b"pq".to_vec())
    );
    assert_eq!(engine.eval_as::<Vec<u8>>("b'\\x01\\x02'").unwrap(), vec![1, 2]);
    // A plain `Vec<u8>` goes as a list of ints (serde's model: a sequence).
    engine.set_global_from("v", &vec![1u8, 2]).unwrap();
    assert_eq!(engine.eval::<String>("repr(v)").unwrap(), "[1, 2]");
    assert_eq!(conversion(engine.eval_as::<Blob>("'text'")), "expected bytes, got str");
}

#[test]
fn big_integers_and_exact_floats() {
    let mut engine = Engine::new();
    let big: (i128, u128, u64, i64) = (i128::MIN, u128::MAX, u64::MAX, i64::MIN);
    engine.set_global_from("big", &big).unwrap();
    assert_eq!(
        engine.eval::<String>("repr(big)").unwrap(),
        "(-170141183460469231731687303715884105728, 340282366920938463463374607431768211455, \
         18446744073709551615, -9223372036854775808)"
    );
    assert!(
        engine
            .eval::<bool>("big[1] == 2**128 - 1 and big[0] == -2**127")
            .unwrap()
    );
    assert_eq!(engine.get_global_as::<(i128, u128, u64, i64)>("big").unwrap(), big);
    assert_eq!(engine.eval_as::<u128>("2**100").unwrap(), 1u128 << 100);

    let floats = (0.1f64, 1e308f64, -0.0f64, 5e-324f64, 0.1f32, f64::INFINITY);
    engine.set_global_from("fl", &floats).unwrap();
    assert_eq!(
        engine.eval::<String>("repr(fl)").unwrap(),
        "(0.1, 1e+308, -0.0, 5e-324, 0.10000000149011612, inf)"
    );
    let back: (f64, f64, f64, f64, f32, f64) = engine.get_global_as("fl").unwrap();
    assert_eq!(back.0.to_bits(), 0.1f64.to_bits());
    assert_eq!(back.2.to_bits(), (-0.0f64).to_bits());
    assert_eq!(back, floats);
    let nan: f64 = engine.eval_as("float('nan')").unwrap();
    assert!(nan.is_nan());
    // An int converts to a float as `float(n)` does.
    assert_eq!(engine.eval_as::<f64>("2**53 + 1").unwrap(), 9007199254740992.0);
    assert_eq!(
        conversion(engine.eval_as::<f64>("10**400")),
        "int too large to convert to float"
    );
}

/// Untagged enums read through `deserialize_any`: ints reach the narrowest visit that holds
/// them (serde's buffering of untagged content has no 128-bit ints).
#[test]
fn self_describing_reads() {
    #[derive(Deserialize, Debug, PartialEq)]
    #[serde(untagged)]
    enum Any {
        Int(i64),
        UInt(u64),
        Float(f64),
        Text(String),
        List(Vec<Any>),
        Map(BTreeMap<String, Any>),
        Nothing(()),
    }
    let mut engine = Engine::new();
    let v: Any = engine.eval_as("[1, 2**60, 2**63, 1.5, 's', {'k': None}, ()]").unwrap();
    assert_eq!(
        v,
        Any::List(vec![
            Any::Int(1),
            Any::Int(1 << 60),
            Any::UInt(1 << 63),
            Any::Float(1.5),
            Any::Text("s".into()),
            Any::Map(BTreeMap::from([("k".into(), Any::Nothing(()))])),
            Any::List(vec![]),
        ])
    );
}

#[test]
fn a_python_config_file_read_into_a_struct() {
    let mut engine = Engine::new();
    let source = r#"
# Settings are code: computed, shared, checked by the script itself.
base_port = 8000
def server(i):
    return {"host": f"node{i}", "port": base_port + i}

config = {
    "name": "cluster-" + str(len(range(3))),
    "servers": [server(i) for i in range(3)],
    "limits": {"max_conn": 2 ** 10, "timeout": 1.5},
    "tags": dict(zip("abc", range(3))),
    "level": True,
}
"#;
    engine.run_source(source, "config.py").unwrap();
    let cfg: Config = engine.get_global_as("config").unwrap();
    assert_eq!(cfg.name, "cluster-3");
    assert_eq!(
        cfg.servers,
        (0..3)
            .map(|i| Server {
                host: format!("node{i}"),
                port: 8000 + i
            })
            .collect::<Vec<_>>()
    );
    assert_eq!(
        cfg.limits,
        Some(Limits {
            max_conn: 1024,
            timeout: 1.5
        })
    );
    assert_eq!(
        cfg.tags,
        BTreeMap::from([("a".into(), 0), ("b".into(), 1), ("c".into(), 2)])
    );
    // A Python bool is an int.
    assert_eq!(cfg.level, 1);
}

#[test]
fn a_script_built_value() {
    #[derive(Deserialize, Debug, PartialEq)]
    struct Service {
        name: String,
        ports: Vec<u16>,
    }
    let mut engine = Engine::new();
    let s: Service = engine.eval_as(r#"{"name": "x", "ports": [1, 2]}"#).unwrap();
    assert_eq!(
        s,
        Service {
            name: "x".into(),
            ports: vec![1, 2]
        }
    );
    // Sequences may be tuples, sets or frozensets; structs may be instances of user classes
    // (their attributes), in slot or dict mode; unknown fields are ignored as serde does.
    let t: Service = engine
        .eval_as(r#"{"name": "y", "ports": (3,), "extra": object()}"#)
        .unwrap();
    assert_eq!(t.ports, vec![3]);
    let mut u: Vec<u16> = engine.eval_as("{5, 4}").unwrap();
    u.sort();
    assert_eq!(u, vec![4, 5]);
    engine
        .run_source(
            "class Svc:\n    def __init__(self, name, ports):\n        self.name = name\n        self.ports = ports\n\
             small = Svc('z', [7])\n\
             wide = Svc('w', [8])\n\
             for i in range(6): setattr(wide, f'a{i}', i)\n",
            "svc.py",
        )
        .unwrap();
    let small: Service = engine.get_global_as("small").unwrap();
    assert_eq!(small.ports, vec![7]);
    let wide: Service = engine.get_global_as("wide").unwrap();
    assert_eq!(wide.name, "w");
}

// ----- errors --------------------------------------------------------------------------------

#[test]
fn error_paths_name_the_failing_part() {
    let mut engine = Engine::new();
    engine
        .run_source(
            "config = {'name': 'n', 'servers': [{'host': 'a', 'port': 1}, {'host': 'b', 'port': 2}, \
             {'host': 'c', 'port': 'http'}], 'limits': None, 'tags': {}, 'level': 0}",
            "c.py",
        )
        .unwrap();
    assert_eq!(
        conversion(engine.get_global_as::<Config>("config")),
        "config.servers[2].port: expected int, got str"
    );
    engine
        .run_source("del config['servers'][2]\ndel config['name']", "c.py")
        .unwrap();
    assert_eq!(
        conversion(engine.get_global_as::<Config>("config")),
        "config.name: missing field"
    );
    engine
        .run_source("config['name'] = 'n'\nconfig['level'] = 300", "c.py")
        .unwrap();
    assert_eq!(
        conversion(engine.get_global_as::<Config>("config")),
        "config.level: 300 out of range for u8"
    );
    engine.run_source("config['level'] = -1", "c.py").unwrap();
    assert_eq!(
        conversion(engine.get_global_as::<Config>("config")),
        "config.level: -1 out of range for u8"
    );
    engine
        .run_source("config['level'] = 1\nconfig['tags'] = {'k': 2**70}", "c.py")
        .unwrap();
    assert_eq!(
        conversion(engine.get_global_as::<Config>("config")),
        "config.tags['k']: 1180591620717411303424 out of range for i64"
    );
    engine.run_source("config['tags'] = {3: 1}", "c.py").unwrap();
    assert_eq!(
        conversion(engine.get_global_as::<Config>("config")),
        "config.tags[3]: expected str, got int"
    );
    engine.run_source("config['tags'] = []", "c.py").unwrap();
    assert_eq!(
        conversion(engine.get_global_as::<Config>("config")),
        "config.tags: expected dict, got list"
    );
    engine
        .run_source(
            "config['tags'] = {}\nconfig['limits'] = {'max_conn': 1, 'timeout': '2'}",
            "c.py",
        )
        .unwrap();
    assert_eq!(
        conversion(engine.get_global_as::<Config>("config")),
        "config.limits.timeout: expected float, got str"
    );
    engine
        .run_source("config['limits'] = None\nconfig['servers'] = 5", "c.py")
        .unwrap();
    assert_eq!(
        conversion(engine.get_global_as::<Config>("config")),
        "config.servers: expected list, got int"
    );
    engine.run_source("config = [1]", "c.py").unwrap();
    assert_eq!(
        conversion(engine.get_global_as::<Config>("config")),
        "config: expected dict, got list"
    );
    engine.run_source("config = {1: 2}", "c.py").unwrap();
    assert_eq!(
        conversion(engine.get_global_as::<Config>("config")),
        "config: expected str keys (field names), got int key 1"
    );
    assert_eq!(
        conversion(engine.eval_as::<i64>("2**70")),
        "1180591620717411303424 out of range for i64"
    );
    assert_eq!(conversion(engine.eval_as::<u8>("300")), "300 out of range for u8");
    assert_eq!(conversion(engine.eval_as::<u32>("-5")), "-5 out of range for u32");
    assert_eq!(conversion(engine.eval_as::<i64>("1.5")), "expected int, got float");
    assert_eq!(conversion(engine.eval_as::<bool>("1")), "expected bool, got int");
    assert_eq!(
        conversion(engine.eval_as::<String>("None")),
        "expected str, got NoneType"
    );
    assert_eq!(conversion(engine.eval_as::<()>("0")), "expected None, got int");
    assert_eq!(
        conversion(engine.eval_as::<char>("'ab'")),
        "expected a str of length 1, got a str of length 2"
    );
    assert_eq!(
        conversion(engine.eval_as::<(i32, i32)>("(1, 2, 3)")),
        "expected a tuple of length 2, got tuple of length 3"
    );
    assert_eq!(
        conversion(engine.eval_as::<[u8; 2]>("[1]")),
        "expected a tuple of length 2, got list of length 1"
    );
    assert_eq!(
        conversion(engine.eval_as::<Vec<i32>>("[1, 'x']")),
        "[1]: expected int, got str"
    );
    assert_eq!(
        conversion(engine.eval_as::<Vec<i32>>("print")),
        "expected list, got builtin_function_or_method"
    );
    assert_eq!(
        conversion(engine.eval_as::<u128>("2**128")),
        "340282366920938463463374607431768211456 out of range for u128"
    );
}

#[test]
fn enum_errors() {
    let mut engine = Engine::new();
    assert_eq!(
        conversion(engine.eval_as::<Shape>("'Hexagon'")),
        "unknown variant 'Hexagon', expected one of 'Empty', 'Circle', 'Rect', 'Named'"
    );
    engine.run_source("shapes = ['Empty', {'Hexagon': 6}]", "s.py").unwrap();
    assert_eq!(
        conversion(engine.get_global_as::<Vec<Shape>>("shapes")),
        "shapes[1]: unknown variant 'Hexagon', expected one of 'Empty', 'Circle', 'Rect', 'Named'"
    );
    assert_eq!(
        conversion(engine.eval_as::<Shape>("'Circle'")),
        "variant 'Circle' has data: expected {'Circle': ...}, got str"
    );
    assert_eq!(
        conversion(engine.eval_as::<Shape>("{'Empty': 1}")),
        "variant 'Empty' takes no data, got int"
    );
    assert_eq!(
        conversion(engine.eval_as::<Shape>("{'Circle': 1, 'Rect': 2}")),
        "expected str or one-key dict for enum Shape, got dict with 2 keys"
    );
    assert_eq!(
        conversion(engine.eval_as::<Shape>("[1]")),
        "expected str or one-key dict for enum Shape, got list"
    );
    assert_eq!(
        conversion(engine.eval_as::<Shape>("{1: 2}")),
        "expected a str variant name for enum Shape, got int"
    );
    assert_eq!(
        conversion(engine.eval_as::<Shape>("{'Named': {'x': 1, 'label': 2}}")),
        "Named.label: expected str, got int"
    );
    assert_eq!(
        conversion(engine.eval_as::<Shape>("{'Rect': (1, 'a')}")),
        "Rect[1]: expected int, got str"
    );
    assert_eq!(
        conversion(engine.eval_as::<Shape>("{'Named': {'x': 1}}")),
        "Named.label: missing field"
    );
}

#[test]
fn unknown_fields_when_the_type_denies_them() {
    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Strict {
        a: i32,
        b: i32,
    }
    let mut engine = Engine::new();
    assert_eq!(
        conversion(engine.eval_as::<Strict>("{'a': 1, 'c': 2, 'b': 3}")),
        "unknown field 'c', expected one of 'a', 'b'"
    );
    assert_eq!(conversion(engine.eval_as::<Strict>("{'a': 1}")), "b: missing field");
}

/// A value whose `Serialize` fails part-way.
struct Failing;

impl Serialize for Failing {
    fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
        Err(serde::ser::Error::custom("boom"))
    }
}

#[test]
fn serialization_errors() {
    #[derive(Serialize)]
    struct Outer {
        inner: Vec<BTreeMap<String, Failing>>,
    }
    let mut engine = Engine::new();
    let outer = Outer {
        inner: vec![BTreeMap::new(), BTreeMap::from([("k".to_string(), Failing)])],
    };
    assert_eq!(
        conversion(engine.set_global_from("cfg", &outer)),
        "cfg.inner[1]['k']: boom"
    );
    let bad_keys: BTreeMap<Vec<i32>, i32> = BTreeMap::from([(vec![1], 1)]);
    assert_eq!(
        conversion(engine.set_global_from("m", &bad_keys)),
        "m: unhashable type: 'list'"
    );
    let bad_tuple_keys: BTreeMap<(i32, Vec<i32>), i32> = BTreeMap::from([((1, vec![1]), 1)]);
    assert_eq!(
        conversion(engine.set_global_from("m", &bad_tuple_keys)),
        "m: unhashable type: 'list'"
    );
    assert_eq!(conversion(engine.set_global_from("v", &(1, Failing))), "v[1]: boom");
    let tagged = BTreeMap::from([(
        "t",
        Shape::Named {
            x: 1,
            label: "a".into(),
        },
    )]);
    engine.set_global_from("ok", &tagged).unwrap();
    // The failed calls bound nothing; the engine goes on.
    assert!(matches!(engine.eval::<i64>("m"), Err(Error::Exception { .. })));
    assert!(matches!(engine.eval::<i64>("v"), Err(Error::Exception { .. })));
    assert_eq!(engine.eval::<String>("ok['t']['Named']['label']").unwrap(), "a");
}

#[test]
fn a_missing_global_is_a_name_error() {
    let mut engine = Engine::new();
    match engine.get_global_as::<i64>("nope") {
        Err(Error::Exception { type_name, message, .. }) => {
            assert_eq!(type_name, "NameError");
            assert_eq!(message, "name 'nope' is not defined");
        }
        other => panic!("expected NameError, got {other:?}"),
    }
}

// ----- the collector -------------------------------------------------------------------------

#[test]
fn converted_values_survive_collections() {
    let mut engine = Engine::builder().gc_zeal(true).build();
    let cfg = config();
    engine.set_global_from("config", &cfg).unwrap();
    // Collect (zeal: at every safepoint after an allocation) while the value is live.
    engine
        .run_source(
            "junk = [[i] * 3 for i in range(200)]\nconfig['extra'] = [str(i) for i in range(50)]",
            "gc.py",
        )
        .unwrap();
    let back: Config = engine.get_global_as("config").unwrap();
    assert_eq!(back, cfg);
    for i in 0..50 {
        let mut c = cfg.clone();
        c.level = i;
        engine.set_global_from(&format!("c{}", i % 3), &c).unwrap();
        engine.run_source("x = [0] * 10", "gc.py").unwrap();
        assert_eq!(engine.get_global_as::<Config>(&format!("c{}", i % 3)).unwrap(), c);
    }
}

#[test]
fn converting_in_a_loop_without_scripts_keeps_the_heap_bounded() {
    let mut engine = Engine::new();
    let cfg = config();
    let mut peak_after_warmup = 0;
    // About 1 KB of garbage per round: several nursery's worth.
    for i in 0..40_000 {
        engine.set_global_from("config", &cfg).unwrap();
        let back: Config = engine.get_global_as("config").unwrap();
        assert_eq!(back.level, cfg.level);
        if i == 4_000 {
            peak_after_warmup = engine.heap_stats().peak_bytes;
        }
    }
    let stats = engine.heap_stats();
    eprintln!("{stats:?}");
    assert!(stats.minor_collections > 0, "no collection ran: {stats:?}");
    assert!(
        stats.peak_bytes <= peak_after_warmup * 2,
        "heap grew from {peak_after_warmup} to {} bytes",
        stats.peak_bytes
    );
}

// ----- speed ---------------------------------------------------------------------------------

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct Inner {
    a: i64,
    b: bool,
}

/// The benchmark's shape: a String, an i64, an f64, a 10-element Vec<i64> and a nested struct.
#[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
struct Record {
    name: String,
    id: i64,
    score: f64,
    values: Vec<i64>,
    inner: Inner,
}

#[test]
fn round_trip_speed() {
    let mut engine = Engine::new();
    let record = Record {
        name: "record-name".into(),
        id: 42,
        score: 0.75,
        values: (0..10).collect(),
        inner: Inner { a: -1, b: true },
    };
    let rounds = if cfg!(debug_assertions) { 2_000 } else { 200_000 };
    let start = std::time::Instant::now();
    for _ in 0..rounds {
        engine.set_global_from("r", &record).unwrap();
        let back: Record = engine.get_global_as("r").unwrap();
        std::hint::black_box(back);
    }
    let ns = start.elapsed().as_nanos() as f64 / rounds as f64;
    eprintln!("serde round trip (set_global_from + get_global_as): {ns:.0} ns");
    let back: Record = engine.get_global_as("r").unwrap();
    assert_eq!(back, record);
    if !cfg!(debug_assertions) {
        // Loose: catches a pathological slowdown (Rhai's to_dynamic + from_dynamic of this
        // record takes a few microseconds).
        assert!(ns < 20_000.0, "{ns} ns per round trip");
    }
}

// ----- Serde<T> through the conversion traits ------------------------------------------------

#[test]
fn serde_newtype_through_globals_handles_and_host_functions() {
    use pyrite::Serde;
    let mut engine = Engine::new();
    let cfg = config();
    engine.set_global("cfg", Serde(&cfg)).unwrap();
    let Serde(back): Serde<Config> = engine.get_global("cfg").unwrap();
    assert_eq!(back, cfg);

    // Host functions take and return serde types.
    engine.register_fn("bump", |Serde(mut c): Serde<Config>| {
        c.level += 1;
        c.servers.retain(|s| s.port != 80);
        Serde(c)
    });
    let Serde(bumped): Serde<Config> = engine.eval("bump(cfg)").unwrap();
    assert_eq!(bumped.level, cfg.level + 1);
    assert_eq!(bumped.servers.len(), 1);
    assert_eq!(engine.eval::<i64>("bump(bump(cfg))['level']").unwrap(), 5);

    // A value that does not fit is the exception a script can catch, with the path and
    // CPython's wording (the host sees `expected int, got str`, as for typed conversions).
    let caught: String = engine
        .eval(
            "bad = dict(cfg)\nbad['servers'] = [{'host': 'h', 'port': 'x'}]\n\
             try:\n    bump(bad)\nexcept TypeError as e:\n    msg = str(e)\nmsg",
        )
        .unwrap();
    assert_eq!(
        caught,
        "argument 1 at servers[0].port: 'str' object cannot be interpreted as an integer"
    );
    let caught: String = engine
        .eval("bad['servers'] = []\nbad['level'] = 256\ntry:\n    bump(bad)\nexcept OverflowError as e:\n    msg = str(e)\nmsg")
        .unwrap();
    assert_eq!(caught, "argument 1 at level: Python int too large to convert to u8");

    // Handles: a converted value held by the host, passed to scripts and read back.
    let h = engine.to_value(&Shape::Rect(3, 4)).unwrap();
    engine.set_global("shape", &h).unwrap();
    assert_eq!(engine.eval::<String>("repr(shape)").unwrap(), "{'Rect': (3, 4)}");
    engine.run_source("shape['Rect'] = (5, 6)", "edit.py").unwrap();
    assert_eq!(engine.from_value::<Shape>(&h).unwrap(), Shape::Rect(5, 6));
    assert_eq!(h.get::<Serde<Shape>>(&engine).unwrap().0, Shape::Rect(5, 6));
    // ... across collections.
    engine
        .run_source("junk = [[i] for i in range(100000)]\ndel junk", "gc.py")
        .unwrap();
    assert_eq!(engine.from_value::<Shape>(&h).unwrap(), Shape::Rect(5, 6));
    // A handle read as the wrong type is a conversion error.
    assert_eq!(conversion(engine.from_value::<Vec<i32>>(&h)), "expected list, got dict");
    // Paths through get_global start at the global's name.
    assert_eq!(
        conversion(engine.get_global::<Serde<u8>>("shape")),
        "shape: expected int, got dict"
    );
}

#[test]
fn conversion_errors_name_the_python_exception_class() {
    let mut engine = Engine::new();
    assert_eq!(exception_class(engine.eval_as::<i64>("'1'")), "TypeError");
    assert_eq!(exception_class(engine.eval_as::<u8>("300")), "OverflowError");
    assert_eq!(exception_class(engine.eval_as::<f64>("10**400")), "OverflowError");
    assert_eq!(exception_class(engine.eval_as::<(i32,)>("(1, 2)")), "ValueError");
    assert_eq!(exception_class(engine.eval_as::<Shape>("'Hexagon'")), "ValueError");
    assert_eq!(exception_class(engine.eval_as::<Config>("{}")), "TypeError");
    assert_eq!(
        exception_class(engine.set_global_from("m", &BTreeMap::from([(vec![1], 1)]))),
        "TypeError"
    );
    assert_eq!(exception_class(engine.set_global_from("v", &Failing)), "ValueError");
}

// ----- nesting ---------------------------------------------------------------------------------

/// A recursive type, as a host would read arbitrary script data into.
#[derive(Serialize, Deserialize, Debug)]
enum Tree {
    Leaf(i64),
    Node(Vec<Tree>),
}

/// `n` levels of one-element lists, serialized without any Rust data of that depth.
struct Deep(usize);

impl Serialize for Deep {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = s.serialize_seq(Some(1))?;
        if self.0 > 0 {
            seq.serialize_element(&Deep(self.0 - 1))?;
        }
        seq.end()
    }
}

/// Runs `f` on a thread with a small native stack, as a host might.
fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(512 * 1024)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn cycles_and_deep_nesting_are_errors_not_stack_overflows() {
    on_small_stack(|| {
        let mut engine = Engine::new();
        // A cycle read into a recursive type.
        engine
            .run_source("t = {'Node': [{'Leaf': 1}]}\nt['Node'].append(t)", "cycle.py")
            .unwrap();
        let err = engine.get_global_as::<Tree>("t").unwrap_err();
        match &err {
            Error::Conversion {
                type_name,
                message,
                path,
                ..
            } => {
                assert_eq!(type_name, "RecursionError");
                assert_eq!(message, "maximum recursion depth exceeded while converting a value");
                assert!(path.starts_with("t.Node[1].Node[1].Node[1]"), "{path}");
            }
            other => panic!("expected a conversion error, got {other:?}"),
        }
        // Deep script data, not a cycle.
        engine
            .run_source(
                "d = {'Leaf': 0}\nfor i in range(200000):\n    d = {'Node': [d]}",
                "deep.py",
            )
            .unwrap();
        assert!(matches!(
            engine.get_global_as::<Tree>("d"),
            Err(Error::Conversion { ref type_name, .. }) if type_name == "RecursionError"
        ));
        // Deep host data.
        assert!(matches!(
            engine.set_global_from("deep", &Deep(10_000_000)),
            Err(Error::Conversion { ref type_name, .. }) if type_name == "RecursionError"
        ));
        // Shallow values still convert, and the engine goes on.
        engine.set_global_from("shallow", &Deep(50)).unwrap();
        assert_eq!(
            engine
                .eval::<i64>("n = 0\nx = shallow\nwhile x:\n    x = x[0]\n    n += 1\nn")
                .unwrap(),
            50
        );
        let tree: Tree = engine.eval_as("{'Node': [{'Leaf': 1}, {'Node': []}]}").unwrap();
        assert!(matches!(tree, Tree::Node(ref v) if v.len() == 2));
    });
}

/// Typed conversions and the serde bridge word the same failures the same way at the host
/// boundary (`expected int, got str`, `300 out of range for u8`), and a script that passes the
/// value to a host function sees CPython's wording for it, whichever way the function reads it.
#[test]
fn typed_and_serde_conversions_share_one_wording() {
    fn both<T: pyrite::FromValue + serde::de::DeserializeOwned + std::fmt::Debug>(
        engine: &mut Engine,
        src: &str,
    ) -> String {
        let typed = conversion(engine.eval::<T>(src));
        let serde = conversion(engine.eval_as::<T>(src));
        assert_eq!(typed, serde, "typed and serde differ for {src}");
        typed
    }
    let mut engine = Engine::new();
    assert_eq!(both::<i64>(&mut engine, "'x'"), "expected int, got str");
    assert_eq!(both::<u8>(&mut engine, "300"), "300 out of range for u8");
    assert_eq!(both::<u32>(&mut engine, "-5"), "-5 out of range for u32");
    assert_eq!(
        both::<i64>(&mut engine, "2**70"),
        "1180591620717411303424 out of range for i64"
    );
    assert_eq!(
        both::<u8>(&mut engine, "2**1000"),
        "int of 1001 bits out of range for u8"
    );
    assert_eq!(both::<f64>(&mut engine, "'x'"), "expected float, got str");
    assert_eq!(both::<f64>(&mut engine, "10**400"), "int too large to convert to float");
    assert_eq!(both::<bool>(&mut engine, "1"), "expected bool, got int");
    assert_eq!(both::<String>(&mut engine, "None"), "expected str, got NoneType");
    assert_eq!(both::<Vec<i64>>(&mut engine, "[1, 'a']"), "[1]: expected int, got str");
    assert_eq!(
        both::<HashMap<String, u8>>(&mut engine, "{'a': 1, 'b': 999}"),
        "['b']: 999 out of range for u8"
    );

    // Inside a script: CPython's wording, whether the argument is typed or serde.
    engine.register_fn("typed", |x: u8| x);
    engine.register_fn("through_serde", |x: pyrite::Serde<u8>| x.0);
    engine.register_fn("typed_int", |x: i64| x);
    engine.register_fn("serde_int", |x: pyrite::Serde<i64>| x.0);
    let raised = |engine: &mut Engine, src: &str| match engine.eval::<()>(src) {
        Err(Error::Exception { type_name, message, .. }) => format!("{type_name}: {message}"),
        other => panic!("expected an exception from {src}, got {other:?}"),
    };
    for f in ["typed", "through_serde"] {
        assert_eq!(
            raised(&mut engine, &format!("{f}(300)")),
            "OverflowError: argument 1: Python int too large to convert to u8"
        );
        assert_eq!(
            raised(&mut engine, &format!("{f}(-1)")),
            "OverflowError: argument 1: can't convert negative int to unsigned"
        );
    }
    for f in ["typed_int", "serde_int"] {
        assert_eq!(
            raised(&mut engine, &format!("{f}('x')")),
            "TypeError: argument 1: 'str' object cannot be interpreted as an integer"
        );
        assert_eq!(
            raised(&mut engine, &format!("{f}(2**70)")),
            "OverflowError: argument 1: Python int too large to convert to C long"
        );
    }
}
