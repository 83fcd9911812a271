//! `hashlib`'s native part: the digests, from the RustCrypto crates (`md-5`, `sha1`, `sha2`,
//! `sha3`, `blake2`), and `pbkdf2_hmac`. `py/hashlib.py` holds the classes (`HASH`,
//! `HASHXOF`, `blake2b`, `blake2s`) around a host object owning a [`Hasher`]:
//! - `_new(name, data)`: a hasher of a fixed algorithm (None for a name pyrite lacks);
//! - `_blake2(kind, data, digest_size, key, salt, person)`: parameters checked by the caller;
//! - `_update(h, data)`, `_digest(h, length)` (length None except for SHAKE), `_copy(h)`;
//! - `_pbkdf2_hmac(name, password, salt, iterations, dklen)`.
//!
//! BLAKE2 runs the crate's core with its own block buffer, since the crate's streaming
//! wrapper cannot take a salt, a personalization or a key; a key is the first block,
//! zero-padded, as RFC 7693 keys it.

use blake2::digest::core_api::{Buffer, UpdateCore, VariableOutputCore};
use blake2::digest::{Digest, ExtendableOutput, Update, XofReader};
use blake2::{Blake2bVarCore, Blake2sVarCore};

use super::arg;
use crate::gc::Gc;
use crate::interp::{PyResult, Vm};
use crate::runtime::bytes::with_buffer;
use crate::runtime::hostobj::HostObj;
use crate::runtime::object::{DictObj, NativeFn, StrObj};
use crate::runtime::types::type_name;
use crate::runtime::value::Value;

type Kw<'a> = &'a [(Value, Value)];

/// Fills the native part of `hashlib`'s namespace.
pub(super) fn init(vm: &mut Vm, dict: Gc<DictObj>) -> PyResult<()> {
    let natives: [(&'static str, NativeFn); 6] = [
        ("_new", new),
        ("_blake2", blake2_new),
        ("_update", update),
        ("_digest", digest),
        ("_copy", copy),
        ("_pbkdf2_hmac", pbkdf2_hmac),
    ];
    super::add_natives(vm, dict, &natives)
}

/// A streaming BLAKE2 with the crate's compression core and a lazy block buffer (one
/// struct per variant: the core's block sizes are type-level numbers).
macro_rules! blake2_stream {
    ($name:ident, $core:ty, $block:expr) => {
        #[derive(Clone)]
        struct $name {
            core: $core,
            buffer: Buffer<$core>,
            size: usize,
        }

        impl $name {
            /// Checked by the caller: size within the variant's, key, salt and person short
            /// enough. A key is the first block, zero-padded (RFC 7693).
            fn new(size: usize, key: &[u8], salt: &[u8], person: &[u8]) -> $name {
                let mut s = $name {
                    core: <$core>::new_with_params(salt, person, key.len(), size),
                    buffer: Default::default(),
                    size,
                };
                if !key.is_empty() {
                    let mut first = key.to_vec();
                    first.resize($block, 0);
                    s.update(&first);
                }
                s
            }

            fn update(&mut self, data: &[u8]) {
                let core = &mut self.core;
                self.buffer
                    .digest_blocks(data, |blocks| core.update_blocks(blocks));
            }

            fn finish(mut self) -> Vec<u8> {
                let mut out = Default::default();
                self.core.finalize_variable_core(&mut self.buffer, &mut out);
                let full: &[u8] = &out;
                full.get(..self.size).unwrap_or(full).to_vec()
            }
        }
    };
}

blake2_stream!(Blake2bStream, Blake2bVarCore, 128);
blake2_stream!(Blake2sStream, Blake2sVarCore, 64);

/// The running state of one hash object.
#[derive(Clone)]
enum Hasher {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    Blake2b(Blake2bStream),
    Blake2s(Blake2sStream),
}

impl Hasher {
    /// A fresh hasher for one of `algorithms_guaranteed` (BLAKE2 with default parameters).
    fn named(name: &str) -> Option<Hasher> {
        Some(match name {
            "md5" => Hasher::Md5(Default::default()),
            "sha1" => Hasher::Sha1(Default::default()),
            "sha224" => Hasher::Sha224(Default::default()),
            "sha256" => Hasher::Sha256(Default::default()),
            "sha384" => Hasher::Sha384(Default::default()),
            "sha512" => Hasher::Sha512(Default::default()),
            "sha3_224" => Hasher::Sha3_224(Default::default()),
            "sha3_256" => Hasher::Sha3_256(Default::default()),
            "sha3_384" => Hasher::Sha3_384(Default::default()),
            "sha3_512" => Hasher::Sha3_512(Default::default()),
            "shake_128" => Hasher::Shake128(Default::default()),
            "shake_256" => Hasher::Shake256(Default::default()),
            "blake2b" => Hasher::Blake2b(Blake2bStream::new(64, &[], &[], &[])),
            "blake2s" => Hasher::Blake2s(Blake2sStream::new(32, &[], &[], &[])),
            _ => return None,
        })
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            Hasher::Md5(h) => Digest::update(h, data),
            Hasher::Sha1(h) => Digest::update(h, data),
            Hasher::Sha224(h) => Digest::update(h, data),
            Hasher::Sha256(h) => Digest::update(h, data),
            Hasher::Sha384(h) => Digest::update(h, data),
            Hasher::Sha512(h) => Digest::update(h, data),
            Hasher::Sha3_224(h) => Digest::update(h, data),
            Hasher::Sha3_256(h) => Digest::update(h, data),
            Hasher::Sha3_384(h) => Digest::update(h, data),
            Hasher::Sha3_512(h) => Digest::update(h, data),
            Hasher::Shake128(h) => Update::update(h, data),
            Hasher::Shake256(h) => Update::update(h, data),
            Hasher::Blake2b(h) => h.update(data),
            Hasher::Blake2s(h) => h.update(data),
        }
    }

    /// The digest of the data so far (`length` bytes of a SHAKE's output); the state goes on.
    fn digest(&self, length: usize) -> Vec<u8> {
        match self.clone() {
            Hasher::Md5(h) => h.finalize().to_vec(),
            Hasher::Sha1(h) => h.finalize().to_vec(),
            Hasher::Sha224(h) => h.finalize().to_vec(),
            Hasher::Sha256(h) => h.finalize().to_vec(),
            Hasher::Sha384(h) => h.finalize().to_vec(),
            Hasher::Sha512(h) => h.finalize().to_vec(),
            Hasher::Sha3_224(h) => h.finalize().to_vec(),
            Hasher::Sha3_256(h) => h.finalize().to_vec(),
            Hasher::Sha3_384(h) => h.finalize().to_vec(),
            Hasher::Sha3_512(h) => h.finalize().to_vec(),
            Hasher::Shake128(h) => xof(h.finalize_xof(), length),
            Hasher::Shake256(h) => xof(h.finalize_xof(), length),
            Hasher::Blake2b(h) => h.finish(),
            Hasher::Blake2s(h) => h.finish(),
        }
    }

    /// The block size HMAC pads keys to (CPython's `block_size`).
    fn block_size(&self) -> usize {
        match self {
            Hasher::Md5(_) | Hasher::Sha1(_) | Hasher::Sha224(_) | Hasher::Sha256(_) | Hasher::Blake2s(_) => 64,
            Hasher::Sha384(_) | Hasher::Sha512(_) | Hasher::Blake2b(_) => 128,
            Hasher::Sha3_224(_) => 144,
            Hasher::Sha3_256(_) | Hasher::Shake256(_) => 136,
            Hasher::Sha3_384(_) => 104,
            Hasher::Sha3_512(_) => 72,
            Hasher::Shake128(_) => 168,
        }
    }

    fn is_xof(&self) -> bool {
        matches!(self, Hasher::Shake128(_) | Hasher::Shake256(_))
    }
}

fn xof(mut reader: impl XofReader, length: usize) -> Vec<u8> {
    let mut out = vec![0u8; length];
    reader.read(&mut out);
    out
}

/// Runs `f` over the bytes of data to hash, with CPython's errors for a str or an object
/// without the buffer protocol.
fn with_data<R>(vm: &mut Vm, v: Value, f: impl FnOnce(&[u8]) -> R) -> PyResult<R> {
    if v.downcast::<StrObj>().is_some() || vm.payload_of(v).is_some_and(|p| p.downcast::<StrObj>().is_some()) {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    vm.check_simple_buffer(v)?;
    let len = with_buffer(v, <[u8]>::len)
        .or_else(|| vm.payload_of(v).and_then(|p| with_buffer(p, <[u8]>::len)))
        .ok_or_else(|| vm.type_error("object supporting the buffer API required"))?;
    vm.charge_text(len.saturating_mul(2))?;
    let target = if with_buffer(v, |_| ()).is_some() {
        v
    } else {
        vm.payload_of(v).unwrap_or(v)
    };
    with_buffer(target, f).ok_or_else(|| vm.type_error("object supporting the buffer API required"))
}

fn wrap(vm: &mut Vm, h: Hasher) -> Value {
    let class = vm.host_class_unbound::<Hasher>("hashlib.state");
    vm.heap.alloc(HostObj::new(class, h)).value()
}

/// Runs `f` on the hasher inside host object `h`.
fn with_hasher<R>(vm: &mut Vm, h: Value, f: impl FnOnce(&mut Hasher) -> R) -> PyResult<R> {
    let Some(obj) = h.downcast::<HostObj>() else {
        return Err(vm.type_error("hashlib: not a hash state"));
    };
    // SAFETY: the host object is an argument of the running native, so it stays reachable
    // while the cell is borrowed; no script code runs before the borrow ends.
    let cell = unsafe { obj.cell() };
    let Ok(mut guard) = cell.borrow_mut() else {
        return Err(vm.runtime_error("Already borrowed"));
    };
    match guard.downcast_mut::<Hasher>() {
        Some(state) => Ok(f(state)),
        None => Err(vm.type_error("hashlib: not a hash state")),
    }
}

/// `_new(name, data)`.
fn new(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let name = match arg(args, 0).downcast::<StrObj>() {
        Some(s) => s.as_str().to_string(),
        None => return Err(vm.type_error("hashlib: the name must be a str")),
    };
    let Some(mut state) = Hasher::named(&name) else {
        return Ok(Value::NONE);
    };
    let data = arg(args, 1);
    if !data.is_none() {
        with_data(vm, data, |d| state.update(d))?;
    }
    Ok(wrap(vm, state))
}

/// The bytes of a BLAKE2 parameter (a bytes-like object).
fn param_bytes(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    super::binascii::bytes_like(vm, v)
}

/// `_blake2(kind, data, digest_size, key, salt, person)`: `kind` is `b` or `s`.
fn blake2_new(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let big = arg(args, 0).downcast::<StrObj>().is_some_and(|s| s.as_str() == "b");
    let size = vm
        .as_i64(arg(args, 2))
        .and_then(|s| usize::try_from(s).ok())
        .unwrap_or(0);
    let key = param_bytes(vm, arg(args, 3))?;
    let salt = param_bytes(vm, arg(args, 4))?;
    let person = param_bytes(vm, arg(args, 5))?;
    let (max, max_sp) = if big { (64, 16) } else { (32, 8) };
    if size == 0 || size > max || key.len() > max || salt.len() > max_sp || person.len() > max_sp {
        return Err(vm.value_error("hashlib: BLAKE2 parameters out of range"));
    }
    let mut state = if big {
        Hasher::Blake2b(Blake2bStream::new(size, &key, &salt, &person))
    } else {
        Hasher::Blake2s(Blake2sStream::new(size, &key, &salt, &person))
    };
    let data = arg(args, 1);
    if !data.is_none() {
        with_data(vm, data, |d| state.update(d))?;
    }
    Ok(wrap(vm, state))
}

/// `_update(h, data)`.
fn update(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let h = arg(args, 0);
    // The data is copied out first: the buffer and the state are both borrowed otherwise,
    // and hashing never runs script code.
    let data = with_data(vm, arg(args, 1), <[u8]>::to_vec)?;
    with_hasher(vm, h, |s| s.update(&data))?;
    Ok(Value::NONE)
}

/// `_digest(h, length)`: `length` is None except for SHAKE.
fn digest(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let length = arg(args, 1);
    let n = if length.is_none() {
        0
    } else {
        match vm.index_big(length)? {
            Some(i) => match usize::try_from(&i) {
                Ok(n) => n,
                Err(_) if i < dashu_int::IBig::ZERO => return Err(vm.memory_error()),
                Err(_) => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
            },
            None => {
                let msg = format!("'{}' object cannot be interpreted as an integer", type_name(vm, length));
                return Err(vm.type_error(msg));
            }
        }
    };
    vm.check_bytes_size(n, true)?;
    vm.charge_text(n)?;
    let out = with_hasher(vm, arg(args, 0), |s| s.digest(n))?;
    Ok(vm.new_bytes(out))
}

/// `_copy(h)`.
fn copy(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let state = with_hasher(vm, arg(args, 0), |s| s.clone())?;
    Ok(wrap(vm, state))
}

/// HMAC over `proto` (a fresh hasher) with `key`: the keyed inner and outer states.
fn hmac_states(proto: &Hasher, key: &[u8]) -> (Hasher, Hasher) {
    let block = proto.block_size();
    let mut key = if key.len() > block {
        let mut h = proto.clone();
        h.update(key);
        h.digest(0)
    } else {
        key.to_vec()
    };
    key.resize(block, 0);
    let (mut inner, mut outer) = (proto.clone(), proto.clone());
    inner.update(&key.iter().map(|b| b ^ 0x36).collect::<Vec<u8>>());
    outer.update(&key.iter().map(|b| b ^ 0x5c).collect::<Vec<u8>>());
    (inner, outer)
}

fn hmac(inner: &Hasher, outer: &Hasher, msg: &[u8]) -> Vec<u8> {
    let mut i = inner.clone();
    i.update(msg);
    let mut o = outer.clone();
    o.update(&i.digest(0));
    o.digest(0)
}

/// `_pbkdf2_hmac(name, password, salt, iterations, dklen)`: the derived key, or None for a
/// digest PBKDF2 cannot use (a SHAKE or an unknown name); the caller checked the numbers.
fn pbkdf2_hmac(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let name = arg(args, 0).downcast::<StrObj>().map(|s| s.as_str().to_string());
    let Some(proto) = name.as_deref().and_then(Hasher::named).filter(|h| !h.is_xof()) else {
        return Ok(Value::NONE);
    };
    let password = super::binascii::bytes_like(vm, arg(args, 1))?;
    let salt = super::binascii::bytes_like(vm, arg(args, 2))?;
    let iterations = vm.as_i64(arg(args, 3)).and_then(|n| u64::try_from(n).ok()).unwrap_or(1);
    let size = proto.digest(0).len();
    let dklen = match arg(args, 4) {
        v if v.is_none() => size,
        v => vm.as_i64(v).and_then(|n| usize::try_from(n).ok()).unwrap_or(size),
    };
    vm.check_bytes_size(dklen, true)?;
    let (inner, outer) = hmac_states(&proto, &password);
    let mut out = Vec::with_capacity(dklen);
    let mut block_index: u32 = 1;
    while out.len() < dklen {
        // A block is an HMAC per iteration; a long key with one iteration still pays per block.
        vm.charge(256)?;
        let mut msg = salt.clone();
        msg.extend_from_slice(&block_index.to_be_bytes());
        let mut u = hmac(&inner, &outer, &msg);
        let mut t = u.clone();
        for i in 1..iterations {
            // Each iteration is two compressions or more: charged as a few hundred ticks.
            vm.charge_every_weighted(i as usize, 256)?;
            u = hmac(&inner, &outer, &u);
            t.iter_mut().zip(&u).for_each(|(a, b)| *a ^= b);
        }
        let take = (dklen - out.len()).min(t.len());
        out.extend_from_slice(t.get(..take).unwrap_or(&t));
        block_index = block_index.wrapping_add(1);
    }
    Ok(vm.new_bytes(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(d: &[u8]) -> String {
        d.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn keyed_and_salted_blake2_match_cpython() {
        let mut h = Hasher::Blake2b(Blake2bStream::new(20, b"k", b"s", b"p"));
        h.update(b"a");
        assert_eq!(hex(&h.digest(0)), "3d82d8cb08d27b8bca753ee67b7b108f825bb287");
    }

    #[test]
    fn pbkdf2_matches_rfc_6070() {
        let proto = Hasher::named("sha1").unwrap_or(Hasher::Md5(Default::default()));
        let (i, o) = hmac_states(&proto, b"password");
        let mut msg = b"salt".to_vec();
        msg.extend_from_slice(&1u32.to_be_bytes());
        assert_eq!(hex(&hmac(&i, &o, &msg)), "0c60c80f961f0e71f3a9b524af6012062fe037a6");
    }
}
