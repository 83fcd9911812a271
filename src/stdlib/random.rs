//! `random`'s generator: CPython's Mersenne Twister (MT19937), bit for bit, so a seeded script
//! draws the same stream as under CPython 3.11. The distributions and argument checks are
//! Python (`py/random.py`); this native part is what `_random.Random` is in CPython.
//!
//! **State.** Each `random.Random` keeps its generator in a bytearray (`self._mt`): the 624
//! state words and the index, little-endian u32s, 2,500 bytes. A bytearray is an ordinary heap
//! object (traced, accounted, no new object kind), and only these natives interpret it; a
//! script that rewrites it gets `ValueError: invalid state`, never a panic. An *empty*
//! bytearray is a generator not seeded yet: `Random()` and the module's import do not draw on
//! the engine's entropy (an engine without the entropy capability can still import `random`
//! and seed it); the first draw seeds it from the entropy grant or raises
//! `PermissionError: random without a seed needs the entropy capability, ...`.
//!
//! **Seeding** (`_seed(state, n)`): `n` is an int (the Python part turns str/bytes/bytearray
//! into one with the SHA-512 digest appended, and a float into its hash as an unsigned
//! 64-bit value, as CPython's `random_seed` does); its absolute value, cut into 32-bit words
//! least significant first, is the key of `init_by_array`. None seeds from the engine's
//! entropy (`random.seed()`).

use dashu_int::{IBig, UBig};

use crate::gc::Gc;
use crate::interp::{PyResult, Vm};
use crate::runtime::builtins::{check_args, no_kwargs};
use crate::runtime::bytes::ByteArrayObj;
use crate::runtime::object::{DictObj, NativeFn, TupleObj};
use crate::runtime::types::type_name;
use crate::runtime::value::Value;

type Kw<'a> = &'a [(Value, Value)];

/// State words of MT19937.
const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;
/// Bytes of a seeded state: N words and the index.
const STATE_BYTES: usize = (N + 1) * 4;

/// One Mersenne Twister generator.
struct Mt {
    state: [u32; N],
    index: usize,
}

// Every index into `state` below is reduced `% N` (or is a loop index under N) on an array of
// N words, so none can be out of range.
#[allow(clippy::indexing_slicing)]
impl Mt {
    /// `init_genrand`: the state from one 32-bit seed.
    fn from_u32(seed: u32) -> Mt {
        let mut state = [0u32; N];
        let mut prev = seed;
        for (i, s) in state.iter_mut().enumerate() {
            if i > 0 {
                prev = 1_812_433_253u32
                    .wrapping_mul(prev ^ (prev >> 30))
                    .wrapping_add(i as u32);
            }
            *s = prev;
        }
        Mt { state, index: N }
    }

    /// `init_by_array`: the state from a key of 32-bit words (at least one).
    fn from_key(key: &[u32]) -> Mt {
        let mut mt = Mt::from_u32(19_650_218);
        let mt_state = &mut mt.state;
        let key_len = key.len().max(1);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key_len) {
            let prev = mt_state[(i + N - 1) % N];
            let k = key.get(j).copied().unwrap_or(0);
            let cur = &mut mt_state[i % N];
            *cur = (*cur ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(k)
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt_state[0] = mt_state[N - 1];
                i = 1;
            }
            if j >= key_len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt_state[(i + N - 1) % N];
            let cur = &mut mt_state[i % N];
            *cur = (*cur ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt_state[0] = mt_state[N - 1];
                i = 1;
            }
        }
        mt_state[0] = 0x8000_0000;
        mt
    }

    /// Regenerates the N words of the state (the "twist").
    fn twist(&mut self) {
        for i in 0..N {
            let y = (self.state[i] & UPPER_MASK) | (self.state[(i + 1) % N] & LOWER_MASK);
            let mag = if y & 1 == 1 { MATRIX_A } else { 0 };
            self.state[i] = self.state[(i + M) % N] ^ (y >> 1) ^ mag;
        }
        self.index = 0;
    }

    /// `genrand_uint32`: the next 32 bits of the stream.
    #[cfg(test)]
    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let y = self.state[self.index % N];
        self.index += 1;
        temper(y)
    }

    /// The generator kept in a state bytearray, or None when the bytes are not a state.
    fn decode(bytes: &[u8]) -> Option<Mt> {
        if bytes.len() != STATE_BYTES {
            return None;
        }
        let mut words = bytes
            .chunks_exact(4)
            .filter_map(|c| <[u8; 4]>::try_from(c).ok())
            .map(u32::from_le_bytes);
        let mut state = [0u32; N];
        for s in state.iter_mut() {
            *s = words.next()?;
        }
        let index = words.next()? as usize;
        (index <= N).then_some(Mt { state, index })
    }

    /// Stores the generator in a state bytearray's bytes.
    fn encode(&self, out: &mut Vec<u8>) {
        out.resize(STATE_BYTES, 0);
        for (i, &w) in self.state.iter().enumerate() {
            set_word(out, i, w);
        }
        set_word(out, N, self.index as u32);
    }
}

/// The output transformation of MT19937.
fn temper(mut y: u32) -> u32 {
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c_5680;
    y ^= (y << 15) & 0xefc6_0000;
    y ^ (y >> 18)
}

/// Word `i` of state bytes (0 past their end, which a checked state never reaches).
fn word(bytes: &[u8], i: usize) -> u32 {
    bytes
        .get(i * 4..i * 4 + 4)
        .and_then(|c| <[u8; 4]>::try_from(c).ok())
        .map_or(0, u32::from_le_bytes)
}

fn set_word(bytes: &mut [u8], i: usize, w: u32) {
    if let Some(c) = bytes.get_mut(i * 4..i * 4 + 4) {
        c.copy_from_slice(&w.to_le_bytes());
    }
}

/// A seeded generator advanced inside its state bytes: a draw reads one word and bumps the
/// index; only the twist (once per 624 draws) decodes the whole state.
struct InPlace<'a>(&'a mut Vec<u8>);

impl InPlace<'_> {
    /// `genrand_uint32`: the next 32 bits of the stream.
    fn next_u32(&mut self) -> u32 {
        let mut index = word(self.0, N) as usize;
        if index >= N {
            if let Some(mut mt) = Mt::decode(self.0) {
                mt.twist();
                mt.encode(self.0);
            }
            index = 0;
        }
        let y = word(self.0, index);
        set_word(self.0, N, index as u32 + 1);
        temper(y)
    }

    /// `random()`: 53 random bits as a float in [0, 1), CPython's `genrand_res53`.
    fn next_f64(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }
}

/// Fills `random`'s native part: the generator natives, under private names.
pub(super) fn init(vm: &mut Vm, dict: Gc<DictObj>) -> PyResult<()> {
    let natives: [(&'static str, NativeFn); 8] = [
        ("_entropy_bits", entropy_bits),
        ("_index", index),
        ("_seed", mt_seed),
        ("_random", mt_random),
        ("_getrandbits", mt_getrandbits),
        ("_getstate", mt_getstate),
        ("_setstate", mt_setstate),
        ("_sha512", sha512_digest),
    ];
    super::add_natives(vm, dict, &natives)
}

/// The state bytearray a native was given.
fn state_arg(vm: &mut Vm, v: Value) -> PyResult<Gc<ByteArrayObj>> {
    match v.downcast::<ByteArrayObj>() {
        Some(b) => Ok(b),
        None => Err(vm.type_error("random's state must be a bytearray")),
    }
}

/// The state bytearray of a generator, seeded first from the engine's entropy when it was
/// never seeded; ValueError when its bytes are not a state.
fn seeded_state(vm: &mut Vm, state: Value) -> PyResult<Gc<ByteArrayObj>> {
    let bytes = state_arg(vm, state)?;
    if bytes.is_empty() {
        let mt = entropy_mt(vm, "random without a seed")?;
        bytes.with_mut(|b| mt.encode(b));
    }
    if !bytes.with(|b| b.len() == STATE_BYTES && word(b, N) as usize <= N) {
        return Err(vm.value_error("invalid state"));
    }
    Ok(bytes)
}

/// Runs `f` on the generator in `state` (see [`seeded_state`]).
fn with_mt<R>(vm: &mut Vm, state: Value, f: impl FnOnce(&mut InPlace) -> R) -> PyResult<R> {
    let bytes = seeded_state(vm, state)?;
    Ok(bytes.with_mut(|b| f(&mut InPlace(b))))
}

/// A generator seeded from the engine's entropy grant (`what` names the request in the
/// PermissionError when there is none).
fn entropy_mt(vm: &mut Vm, what: &str) -> PyResult<Mt> {
    let mut key = Vec::with_capacity(8);
    for _ in 0..4 {
        let x = vm.entropy_u64(what)?;
        key.push(x as u32);
        key.push((x >> 32) as u32);
    }
    Ok(Mt::from_key(&key))
}

/// `_seed(state, n)`: n an int (its absolute value is the key) or None (entropy).
fn mt_seed(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "_seed", kw)?;
    check_args(vm, "_seed", args, 2, 2)?;
    let [state, n] = args else {
        return Ok(Value::NONE);
    };
    let bytes = state_arg(vm, *state)?;
    let mt = if n.is_none() {
        entropy_mt(vm, "random.seed()")?
    } else {
        let Some(n) = vm.as_bigint(*n) else {
            let msg = format!("seed must be an int, not {}", type_name(vm, *n));
            return Err(vm.type_error(msg));
        };
        let magnitude = dashu_int::ops::UnsignedAbs::unsigned_abs(n);
        let le = magnitude.to_le_bytes();
        let mut key: Vec<u32> = le
            .chunks(4)
            .map(|c| c.iter().rev().fold(0u32, |acc, &b| (acc << 8) | u32::from(b)))
            .collect();
        while key.len() > 1 && key.last() == Some(&0) {
            key.pop();
        }
        if key.is_empty() {
            key.push(0);
        }
        vm.charge(key.len() as u64)?;
        Mt::from_key(&key)
    };
    bytes.with_mut(|b| mt.encode(b));
    Ok(Value::NONE)
}

/// `_random(state)`: the next float in [0, 1).
fn mt_random(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let [state] = args else {
        check_args(vm, "_random", args, 1, 1)?;
        return Ok(Value::NONE);
    };
    let x = with_mt(vm, *state, |mt| mt.next_f64())?;
    Ok(Value::float(x))
}

/// `_getrandbits(state, k)`: an int of k random bits, CPython's word order (the first word
/// drawn is the least significant; a partial top word keeps its draw's high bits).
fn mt_getrandbits(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "getrandbits", kw)?;
    check_args(vm, "getrandbits", args, 2, 2)?;
    let [state, k] = args else {
        return Ok(Value::NONE);
    };
    let Some(k) = vm.index_big(*k)? else {
        let msg = format!("'{}' object cannot be interpreted as an integer", type_name(vm, *k));
        return Err(vm.type_error(msg));
    };
    // Argument Clinic's `int` converter: a C int.
    let Ok(k) = i32::try_from(&k) else {
        let msg = if k > IBig::ZERO {
            "Python int too large to convert to C int"
        } else {
            "Python int too small to convert to C int"
        };
        return Err(vm.overflow_error(msg));
    };
    let Ok(k) = u32::try_from(k) else {
        return Err(vm.value_error("number of bits must be non-negative"));
    };
    if k == 0 {
        return Ok(Value::inline_int(0));
    }
    if k <= 32 {
        let r = with_mt(vm, *state, |mt| mt.next_u32() >> (32 - k))?;
        return Ok(Value::inline_int(i64::from(r)));
    }
    vm.check_int_bits(u128::from(k))?;
    let words = (k as usize - 1) / 32 + 1;
    vm.charge_holding(words as u64, words * 4)?;
    let bytes = with_mt(vm, *state, |mt| {
        let mut out = Vec::with_capacity(words * 4);
        let mut left = k;
        for _ in 0..words {
            let mut r = mt.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.extend_from_slice(&r.to_le_bytes());
            left = left.saturating_sub(32);
        }
        out
    })?;
    let n = IBig::from(UBig::from_le_bytes(&bytes));
    Ok(vm.new_int(n))
}

/// `_entropy_bits(k)`: k bits straight from the engine's entropy (`SystemRandom`).
fn entropy_bits(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "getrandbits", kw)?;
    check_args(vm, "getrandbits", args, 1, 1)?;
    let [k] = args else {
        return Ok(Value::NONE);
    };
    let Some(k) = vm.index_big(*k)? else {
        let msg = format!("'{}' object cannot be interpreted as an integer", type_name(vm, *k));
        return Err(vm.type_error(msg));
    };
    if k < IBig::ZERO {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let Ok(k) = usize::try_from(&k) else {
        return Err(vm.memory_error());
    };
    vm.check_int_bits(k as u128)?;
    let words = k.div_ceil(64);
    vm.charge_holding(words as u64, words * 8)?;
    let mut bytes = Vec::with_capacity(words * 8);
    for _ in 0..words {
        let x = vm.entropy_u64("random.SystemRandom")?;
        bytes.extend_from_slice(&x.to_le_bytes());
    }
    let n = UBig::from_le_bytes(&bytes) >> (words * 64 - k);
    Ok(vm.new_int(IBig::from(n)))
}

/// `_getstate(state)`: the 625-int tuple of CPython's `Random.getstate()[1]`.
fn mt_getstate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "getstate", kw)?;
    check_args(vm, "getstate", args, 1, 1)?;
    let [state] = args else {
        return Ok(Value::NONE);
    };
    let bytes = seeded_state(vm, *state)?;
    let Some(Mt { state: words, index }) = bytes.with(Mt::decode) else {
        return Err(vm.value_error("invalid state"));
    };
    let items: Vec<Value> = words
        .iter()
        .map(|&w| Value::inline_int(i64::from(w)))
        .chain(std::iter::once(Value::inline_int(index as i64)))
        .collect();
    Ok(vm.new_tuple(items))
}

/// `_setstate(state, words)`: CPython's `random_setstate` checks and messages.
fn mt_setstate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "setstate", kw)?;
    check_args(vm, "setstate", args, 2, 2)?;
    let [state, words] = args else {
        return Ok(Value::NONE);
    };
    let bytes = state_arg(vm, *state)?;
    let Some(tuple) = words.downcast::<TupleObj>() else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    let items: Vec<Value> = tuple.items.to_vec();
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut mt = Mt {
        state: [0; N],
        index: 0,
    };
    for (slot, &v) in mt.state.iter_mut().zip(items.iter()) {
        // `PyLong_AsUnsignedLong`, then truncated to 32 bits as CPython's C cast does.
        let Some(n) = vm.as_bigint(v) else {
            return Err(vm.type_error("an integer is required"));
        };
        if n < IBig::ZERO {
            return Err(vm.overflow_error("can't convert negative value to unsigned int"));
        }
        let Ok(n) = u64::try_from(&n) else {
            return Err(vm.overflow_error("Python int too large to convert to C unsigned long"));
        };
        *slot = n as u32;
    }
    let index = match items.last().and_then(|&v| vm.as_bigint(v)) {
        Some(i) => i,
        None => return Err(vm.type_error("an integer is required")),
    };
    match usize::try_from(&index) {
        Ok(i) if i <= N => mt.index = i,
        _ if i64::try_from(&index).is_err() => {
            return Err(vm.overflow_error("Python int too large to convert to C long"));
        }
        _ => return Err(vm.value_error("invalid state")),
    }
    bytes.with_mut(|b| mt.encode(b));
    Ok(Value::NONE)
}

/// `_index(v)`: `operator.index(v)`, with its TypeError for a non-integer.
fn index(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "index", kw)?;
    check_args(vm, "index", args, 1, 1)?;
    let [v] = args else {
        return Ok(Value::NONE);
    };
    match vm.index_big(*v)? {
        Some(n) => Ok(vm.new_int(n)),
        None => {
            let msg = format!("'{}' object cannot be interpreted as an integer", type_name(vm, *v));
            Err(vm.type_error(msg))
        }
    }
}

/// `_sha512(data)`: the digest of a bytes or bytearray, as bytes.
fn sha512_digest(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "_sha512", kw)?;
    check_args(vm, "_sha512", args, 1, 1)?;
    let [data] = args else {
        return Ok(Value::NONE);
    };
    let Some(digest) = crate::runtime::bytes::with_buffer(*data, |d| {
        use sha2::Digest;
        sha2::Sha512::digest(d)
    }) else {
        let msg = format!("a bytes-like object is required, not '{}'", type_name(vm, *data));
        return Err(vm.type_error(msg));
    };
    Ok(vm.new_bytes(digest.to_vec()))
}

#[cfg(test)]
mod tests {
    use super::Mt;

    #[test]
    fn reference_stream_of_init_by_array() {
        // The first outputs of mt19937ar.c's own test (init_by_array of 0x123, 0x234, 0x345,
        // 0x456).
        let mut mt = Mt::from_key(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| mt.next_u32()).collect();
        assert_eq!(
            first,
            [1_067_595_299, 955_945_823, 477_289_528, 4_107_218_783, 4_228_976_476]
        );
    }

    #[test]
    fn drawing_in_place_follows_the_generator_across_twists() {
        let mut mt = Mt::from_key(&[0x123, 0x234]);
        let mut bytes = Vec::new();
        mt.encode(&mut bytes);
        let mut in_place = super::InPlace(&mut bytes);
        for i in 0..2000 {
            assert_eq!(in_place.next_u32(), mt.next_u32(), "draw {i}");
        }
    }

    #[test]
    fn state_round_trips_and_bad_states_are_refused() {
        let mut mt = Mt::from_key(&[5]);
        mt.next_u32();
        let mut bytes = Vec::new();
        mt.encode(&mut bytes);
        let back = Mt::decode(&bytes).map(|m| (m.state, m.index));
        assert_eq!(back, Some((mt.state, mt.index)));
        assert!(Mt::decode(&bytes[1..]).is_none());
        bytes[super::N * 4 + 1] = 0xff;
        assert!(Mt::decode(&bytes).is_none());
    }
}
