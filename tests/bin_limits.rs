//! `zlib`, `hashlib`, `struct` and `binascii` under the sandbox: a decompression bomb ends
//! at the memory limit or in MemoryError (the result would pass the largest object; the
//! engine stays usable), a bounded `max_length` read of it is fine,
//! hashing and encoding huge inputs charge fuel, and a huge struct format is refused before
//! anything is allocated.

use pyrite::{Engine, Error, LimitKind, Limits, OutputBuffer};

fn engine_with(limits: Limits) -> Engine {
    Engine::builder().limits(limits).stdout(OutputBuffer::new()).build()
}

/// `src` ends with `kind`, and the engine still works afterwards.
fn trips(engine: &mut Engine, src: &str, kind: LimitKind) {
    let r = engine.run_source(src, "<big>");
    assert_eq!(r, Err(Error::Limit(kind)), "{src}");
    assert_eq!(engine.eval::<i64>("1 + 1").ok(), Some(2));
}

/// A zlib stream of 128 MiB of zeros (about 130 KB), built a MiB at a time.
const BOMB: &str = "import zlib
co = zlib.compressobj(9)
chunk = bytes(1 << 20)
bomb = b''.join([co.compress(chunk) for _ in range(128)]) + co.flush()
assert len(bomb) < 200_000
";

#[test]
fn a_decompression_bomb_stops_at_the_memory_limit() {
    for tail in [
        "zlib.decompress(bomb)",
        "zlib.decompressobj().decompress(bomb)",
        "d = zlib.decompressobj()\nd.decompress(bomb, 1000)\nd.flush()",
    ] {
        let mut e = engine_with(Limits {
            max_memory: Some(64 << 20),
            ..Limits::default()
        });
        let src = format!("{BOMB}{tail}");
        match e.run_source(&src, "<bomb>") {
            Err(Error::Limit(LimitKind::Memory)) => {}
            Err(Error::Exception { type_name, .. }) if type_name == "MemoryError" => {}
            other => panic!("{tail}: {other:?}"),
        }
        assert_eq!(e.eval::<i64>("1 + 1").ok(), Some(2));
    }
    // Reading it in bounded pieces needs no more than a piece.
    let mut e = engine_with(Limits {
        max_memory: Some(64 << 20),
        ..Limits::default()
    });
    let src = format!(
        "{BOMB}d = zlib.decompressobj()\nn = 0\nwhile not d.eof:\n    n += len(d.decompress(d.unconsumed_tail or bomb if n == 0 else d.unconsumed_tail, 1 << 20))\nassert n == 128 << 20, n\n"
    );
    assert_eq!(e.run_source(&src, "<pieces>"), Ok(()));
}

#[test]
fn hashing_and_encoding_huge_inputs_charge_fuel() {
    for src in [
        "import hashlib\nhashlib.sha256(bytes(64_000_000))",
        "import hashlib\nh = hashlib.md5()\nh.update(bytes(64_000_000))",
        "import zlib\nzlib.crc32(bytes(64_000_000))",
        "import zlib\nzlib.compress(bytes(64_000_000))",
        "import binascii\nbinascii.hexlify(bytes(64_000_000))",
        "import base64\nbase64.b64encode(bytes(64_000_000))",
        "import struct\nstruct.unpack('16000000i', bytes(64_000_000))",
        "import hashlib\nhashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 10_000_000)",
        "import hashlib\nhashlib.pbkdf2_hmac('sha1', b'pw', b'salt', 1, 40_000_000)",
    ] {
        let mut e = engine_with(Limits {
            fuel: Some(2_000_000),
            ..Limits::default()
        });
        trips(&mut e, src, LimitKind::Fuel);
    }
}

#[test]
fn a_huge_struct_format_is_refused_before_allocating() {
    let mut e = engine_with(Limits {
        max_memory: Some(64 << 20),
        ..Limits::default()
    });
    let src = "import struct
for fmt in ['1000000000000x', '100000000000q', '9000000000000000000s']:
    try:
        struct.pack(fmt)
    except (MemoryError, struct.error) as exc:
        print(type(exc).__name__)
";
    assert_eq!(e.run_source(src, "<struct>"), Ok(()));
}

#[test]
fn private_natives_called_wrongly_raise_ordinary_exceptions() {
    // The Python shells pass their error class and a host object; a script may call the
    // natives itself with anything, and must get an exception it can catch.
    let src = "import struct, zlib, hashlib, binascii
calls = [
    lambda: struct._pack(1, 'i', (1.5,)),
    lambda: struct._pack(None, 'i', [1]),
    lambda: struct._unpack_from(5, 'i', b'', 0, True),
    lambda: struct._calcsize(),
    lambda: zlib._c_compress(None, 5, b''),
    lambda: zlib._d_decompress(ValueError, hashlib._new('md5', None), b'', 0),
    lambda: zlib._compress(3, b'', 99, 99),
    lambda: hashlib._update(5, b''),
    lambda: hashlib._digest(None, None),
    lambda: hashlib._blake2('b', None, 10**30, b'', b'', b''),
    lambda: hashlib._blake2('b', None, 64, b'k' * 65, b'', b''),
    lambda: hashlib._digest(hashlib._new('shake_128', None), 10**20),
    lambda: binascii._unhexlify(7, 'zz'),
    lambda: binascii._a2b_base64(object, 'x', False),
]
raised = 0
for call in calls:
    try:
        call()
    except Exception:
        raised += 1
assert raised == len(calls), raised
";
    let mut e = engine_with(Limits::default());
    assert_eq!(e.run_source(src, "<private>"), Ok(()));
}
