//! `zlib`'s native part, over zlib itself (`flate2`'s safe stream API on the `libz-sys`
//! bundled C zlib): `compress` must give CPython's bytes exactly, and only zlib's own deflate
//! does (miniz_oxide and zlib-rs choose other matches; see ARCHITECTURE.md).
//!
//! `py/zlib.py` holds `error`, the `Compress`/`Decompress` classes and the constants; these
//! natives take `error` first:
//! - `_compress(error, data, level, wbits)`, `_decompress(error, data, wbits, bufsize)`;
//! - `_compressobj(error, level, method, wbits, memLevel, strategy, zdict)`: a host object
//!   owning a [`Compressor`]; `_c_compress(error, c, data)`, `_c_flush(error, c, mode)`;
//! - `_decompressobj(error, wbits, zdict)`: a host object owning a [`Decompressor`];
//!   `_d_decompress(error, d, data, max_length)` and `_d_flush(error, d, length)`, each
//!   `(output, unconsumed_tail, unused_data, eof)`;
//! - `crc32(data, value=0)`, `adler32(data, value=1)` (public as they are).
//!
//! **Exact output.** deflate's stored blocks (level 0) end where the output buffer is full,
//! so compression hands zlib output buffers of the sizes CPython 3.11's blocks output buffer
//! uses (32 KiB, 64 KiB, 256 KiB, ...) and calls `deflate` as its loops do.
//!
//! **Bounded.** Decompression grows its output a chunk at a time, charging fuel and the
//! bytes it holds outside the heap against the engine's memory limit ([`hold`]) and refusing a
//! result past the largest object, so a small bomb ends at the limit, not in the host's OOM.

use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};

use super::arg;
use crate::gc::Gc;
use crate::interp::{PyResult, Throw, Vm};
use crate::runtime::hostobj::HostObj;
use crate::runtime::object::{DictObj, NativeFn};
use crate::runtime::value::Value;

type Kw<'a> = &'a [(Value, Value)];

/// Fills the native part of `zlib`'s namespace.
pub(super) fn init(vm: &mut Vm, dict: Gc<DictObj>) -> PyResult<()> {
    let natives: [(&'static str, NativeFn); 10] = [
        ("_compress", compress),
        ("_decompress", decompress),
        ("_compressobj", compressobj),
        ("_c_compress", c_compress),
        ("_c_flush", c_flush),
        ("_decompressobj", decompressobj),
        ("_d_decompress", d_decompress),
        ("_d_flush", d_flush),
        ("crc32", crc32),
        ("adler32", adler32),
    ];
    super::add_natives(vm, dict, &natives)
}

fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match vm.index_big(v)? {
        Some(i) => i64::try_from(&i).map_err(|_| vm.overflow_error("Python int too large to convert to C int")),
        None => {
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                crate::runtime::types::type_name(vm, v)
            );
            Err(vm.type_error(msg))
        }
    }
}

/// CPython's `_BlocksOutputBuffer` block sizes (the last repeats).
const BLOCK_SIZES: [usize; 17] = [
    32 << 10,
    64 << 10,
    256 << 10,
    1 << 20,
    4 << 20,
    8 << 20,
    16 << 20,
    16 << 20,
    32 << 20,
    32 << 20,
    32 << 20,
    32 << 20,
    64 << 20,
    64 << 20,
    128 << 20,
    128 << 20,
    256 << 20,
];

fn block_size(i: usize) -> usize {
    BLOCK_SIZES.get(i).or(BLOCK_SIZES.last()).copied().unwrap_or(32 << 10)
}

/// Charges `produced` bytes of output as work, and trips the memory limit when the `pending`
/// bytes held outside the heap (the result being built) pass it on their own. The heap's own
/// garbage is not counted here: no collection can run inside a native, and the result is
/// counted again when it becomes a heap object, where a safepoint can collect first. So a
/// call holds at most the limit outside the heap, whatever its input expands to.
fn hold(vm: &mut Vm, produced: usize, pending: usize) -> PyResult<()> {
    if pending > vm.heap.max_live_bytes {
        return Err(vm.trip_limit(crate::api::LimitKind::Memory));
    }
    vm.charge(crate::runtime::work_meter::text_ticks(produced.max(64)))
}

// ----- compression ----------------------------------------------------------------------------

/// What `deflateInit2` is given: the level (0..=9) and the stream kind.
#[derive(Clone, Copy)]
enum Wrapper {
    Zlib(u8),
    Raw(u8),
    Gzip(u8),
}

fn deflate_options(level: i64, wbits: i64) -> Option<(u32, Wrapper)> {
    let level = match level {
        -1 => 6,
        0..=9 => level as u32,
        _ => return None,
    };
    let wrapper = match wbits {
        8 => Wrapper::Zlib(9),
        9..=15 => Wrapper::Zlib(wbits as u8),
        -15..=-9 => Wrapper::Raw((-wbits) as u8),
        25..=31 => Wrapper::Gzip((wbits - 16) as u8),
        _ => return None,
    };
    Some((level, wrapper))
}

fn new_compress(level: u32, wrapper: Wrapper) -> Compress {
    let level = Compression::new(level);
    match wrapper {
        Wrapper::Zlib(bits) => Compress::new_with_window_bits(level, true, bits),
        Wrapper::Raw(bits) => Compress::new_with_window_bits(level, false, bits),
        Wrapper::Gzip(bits) => Compress::new_gzip(level, bits),
    }
}

/// The compressor of a `Compress` object; None after a `Z_FINISH` flush ended the stream.
pub(crate) struct Compressor(Option<Compress>);

/// Runs `deflate` over all of `input` with `flush`, into output blocks of CPython's sizes,
/// until a call leaves room in its block (what CPython's loops wait for).
fn deflate_all(vm: &mut Vm, c: &mut Compress, input: &[u8], flush: FlushCompress) -> PyResult<Result<Vec<u8>, String>> {
    let mut out: Vec<u8> = Vec::new();
    let mut block = 0usize;
    let mut consumed = 0usize;
    loop {
        let size = block_size(block);
        block += 1;
        let start = out.len();
        vm.check_size(start.saturating_add(size))?;
        out.resize(start + size, 0);
        // One call per block: CPython calls deflate again only when a call filled its block.
        let (in_before, out_before) = (c.total_in(), c.total_out());
        let rest_in = input.get(consumed..).unwrap_or(&[]);
        let dst = out.get_mut(start..).unwrap_or(&mut []);
        let status = c.compress(rest_in, dst, flush);
        consumed += (c.total_in() - in_before) as usize;
        let produced = (c.total_out() - out_before) as usize;
        hold(vm, produced, out.len())?;
        if let Err(e) = status {
            return Ok(Err(e.to_string()));
        }
        if produced < size {
            out.truncate(start + produced);
            return Ok(Ok(out));
        }
    }
}

/// `_compress(error, data, level, wbits)`.
fn compress(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let error = super::binascii::error_class(vm, arg(args, 0));
    let data = super::binascii::bytes_like(vm, arg(args, 1))?;
    let (level, wbits) = (int_arg(vm, arg(args, 2))?, int_arg(vm, arg(args, 3))?);
    let Some((level, wrapper)) = deflate_options(level, wbits) else {
        return Err(vm.raise_msg(error, "Bad compression level"));
    };
    vm.charge_text(data.len())?;
    let mut c = new_compress(level, wrapper);
    match deflate_all(vm, &mut c, &data, FlushCompress::Finish)? {
        Ok(out) => Ok(vm.new_bytes(out)),
        Err(msg) => Err(vm.raise_msg(error, format!("Error -2 while compressing data: {msg}"))),
    }
}

/// `_compressobj(error, level, method, wbits, memLevel, strategy, zdict)`.
fn compressobj(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let level = int_arg(vm, arg(args, 1))?;
    let method = int_arg(vm, arg(args, 2))?;
    let wbits = int_arg(vm, arg(args, 3))?;
    let mem_level = int_arg(vm, arg(args, 4))?;
    let strategy = int_arg(vm, arg(args, 5))?;
    let options = deflate_options(level, wbits);
    let (Some((level, wrapper)), 8, 1..=9, 0..=4) = (options, method, mem_level, strategy) else {
        return Err(vm.value_error("Invalid initialization option"));
    };
    if mem_level != 8 || strategy != 0 {
        return Err(
            vm.not_implemented("zlib.compressobj with memLevel or strategy other than the defaults is not supported")
        );
    }
    let mut c = new_compress(level, wrapper);
    let zdict = arg(args, 6);
    if !zdict.is_none() {
        let dict = super::binascii::bytes_like(vm, zdict)?;
        if c.set_dictionary(&dict).is_err() {
            return Err(vm.value_error("Invalid dictionary"));
        }
    }
    let class = vm.host_class_unbound::<Compressor>("zlib.compressor");
    Ok(vm.heap.alloc(HostObj::new(class, Compressor(Some(c)))).value())
}

/// Runs `f` on the Rust value of type `T` inside host object `h`.
fn with_state<T: 'static, R>(vm: &mut Vm, h: Value, f: impl FnOnce(&mut Vm, &mut T) -> R) -> PyResult<R> {
    let Some(obj) = h.downcast::<HostObj>() else {
        return Err(vm.type_error("zlib: not a stream state"));
    };
    // SAFETY: the host object is an argument of the running native, so it stays reachable
    // while the cell is borrowed; `f` runs no script code (it only charges fuel and memory,
    // which never collects).
    let cell = unsafe { obj.cell() };
    let Ok(mut guard) = cell.borrow_mut() else {
        return Err(vm.runtime_error("Already borrowed"));
    };
    match guard.downcast_mut::<T>() {
        Some(state) => Ok(f(vm, state)),
        None => Err(vm.type_error("zlib: not a stream state")),
    }
}

/// `_c_compress(error, c, data)`.
fn c_compress(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let error = super::binascii::error_class(vm, arg(args, 0));
    let data = super::binascii::bytes_like(vm, arg(args, 2))?;
    vm.charge_text(data.len())?;
    let r = with_state(vm, arg(args, 1), |vm, st: &mut Compressor| match st.0.as_mut() {
        Some(c) => deflate_all(vm, c, &data, FlushCompress::None),
        None => Ok(Err("inconsistent stream state".to_string())),
    })??;
    match r {
        Ok(out) => Ok(vm.new_bytes(out)),
        Err(msg) => Err(vm.raise_msg(error, format!("Error -2 while compressing data: {msg}"))),
    }
}

/// `_c_flush(error, c, mode)`.
fn c_flush(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let error = super::binascii::error_class(vm, arg(args, 0));
    let mode = int_arg(vm, arg(args, 2))?;
    let flush = match mode {
        0 => return Ok(vm.new_bytes(Vec::new())),
        1 => FlushCompress::Partial,
        2 => FlushCompress::Sync,
        3 => FlushCompress::Full,
        4 => FlushCompress::Finish,
        _ => return Err(vm.not_implemented(format!("zlib flush mode {mode} is not supported"))),
    };
    let r = with_state(vm, arg(args, 1), |vm, st: &mut Compressor| {
        let Some(c) = st.0.as_mut() else {
            return Ok(Err("inconsistent stream state".to_string()));
        };
        let r = deflate_all(vm, c, &[], flush);
        if mode == 4 {
            st.0 = None;
        }
        r
    })??;
    match r {
        Ok(out) => Ok(vm.new_bytes(out)),
        Err(msg) => Err(vm.raise_msg(error, format!("Error -2 while flushing: {msg}"))),
    }
}

// ----- decompression --------------------------------------------------------------------------

/// The stream kind a decompressor expects (`wbits`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// A zlib header whose window is at most this many bits.
    Zlib(u8),
    Raw,
    Gzip,
    /// gzip or zlib, whichever the first bytes say (`wbits` 32 + n).
    Auto(u8),
}

fn inflate_expect(wbits: i64) -> Option<Expect> {
    Some(match wbits {
        0 => Expect::Zlib(15),
        8..=15 => Expect::Zlib(wbits as u8),
        -15..=-9 => Expect::Raw,
        25..=31 => Expect::Gzip,
        32 => Expect::Auto(15),
        40..=47 => Expect::Auto((wbits - 32) as u8),
        _ => return None,
    })
}

/// zlib inflates raw and gzip streams with a 256-byte window (`wbits` -8 and 24), which
/// flate2 cannot ask for; a larger window would accept streams zlib refuses.
fn refuse_small_window(vm: &mut Vm, wbits: i64) -> PyResult<()> {
    if wbits == -8 || wbits == 24 {
        return Err(vm.not_implemented(format!("zlib decompression with wbits={wbits} is not supported")));
    }
    Ok(())
}

/// Why inflating stopped with an error: zlib's code and message.
struct InflateError(i32, String);

/// A `Decompress` object's stream: the inflater is made when the first bytes show which
/// header to expect (for `Auto`) and after the zlib header's window is checked against
/// `wbits` (flate2 inflates with the largest window, which accepts every smaller one).
pub(crate) struct Decompressor {
    expect: Expect,
    inflater: Option<Decompress>,
    zdict: Option<Vec<u8>>,
    /// Bytes fed before the header could be read (at most one), not yet given to zlib.
    held: Vec<u8>,
    eof: bool,
    unconsumed_tail: Vec<u8>,
    unused_data: Vec<u8>,
}

impl Decompressor {
    fn new(expect: Expect, zdict: Option<Vec<u8>>) -> Decompressor {
        Decompressor {
            expect,
            inflater: None,
            zdict,
            held: Vec::new(),
            eof: false,
            unconsumed_tail: Vec::new(),
            unused_data: Vec::new(),
        }
    }

    /// Makes the inflater once `input` shows the header (None: more bytes needed).
    fn ready(&mut self, input: &[u8]) -> Result<Option<&mut Decompress>, InflateError> {
        if self.inflater.is_none() {
            let zlib_window = |max: u8| -> Result<Option<Decompress>, InflateError> {
                match input {
                    [cmf, flg, ..] => {
                        let header_ok = (u16::from(*cmf) << 8 | u16::from(*flg)) % 31 == 0 && cmf & 0x0f == 8;
                        if header_ok && (cmf >> 4) + 8 > max {
                            return Err(InflateError(-3, "invalid window size".into()));
                        }
                        Ok(Some(Decompress::new_with_window_bits(true, 15)))
                    }
                    _ => Ok(None),
                }
            };
            let made = match self.expect {
                Expect::Zlib(max) => zlib_window(max)?,
                Expect::Raw => Some(Decompress::new_with_window_bits(false, 15)),
                Expect::Gzip => Some(Decompress::new_gzip(15)),
                Expect::Auto(max) => match input {
                    [0x1f, 0x8b, ..] => Some(Decompress::new_gzip(15)),
                    [0x1f] | [] => None,
                    _ => zlib_window(max)?,
                },
            };
            let Some(mut d) = made else {
                return Ok(None);
            };
            if let (Some(dict), Expect::Raw) = (&self.zdict, self.expect) {
                d.set_dictionary(dict)
                    .map_err(|e| InflateError(-3, e.message().unwrap_or("invalid dictionary").into()))?;
            }
            self.inflater = Some(d);
        }
        Ok(self.inflater.as_mut())
    }
}

/// Inflates `input` into `out`, at most `max_out` bytes (0: no bound), growing `out` a chunk
/// at a time under the engine's limits. Returns how much input was consumed.
fn inflate_into(
    vm: &mut Vm,
    st: &mut Decompressor,
    input: &[u8],
    out: &mut Vec<u8>,
    max_out: usize,
    chunk: usize,
) -> PyResult<Result<usize, InflateError>> {
    let mut consumed = 0usize;
    let mut chunk = chunk.max(1);
    let zdict = st.zdict.clone();
    loop {
        let d = match st.ready(input) {
            Ok(Some(d)) => d,
            Ok(None) => return Ok(Ok(0)),
            Err(e) => return Ok(Err(e)),
        };
        let room = if max_out > 0 {
            (max_out - out.len()).min(chunk)
        } else {
            chunk
        };
        if room == 0 {
            return Ok(Ok(consumed));
        }
        vm.check_size(out.len().saturating_add(room))?;
        let start = out.len();
        out.resize(start + room, 0);
        let (in_before, out_before) = (d.total_in(), d.total_out());
        let rest = input.get(consumed..).unwrap_or(&[]);
        let status = d.decompress(rest, out.get_mut(start..).unwrap_or(&mut []), FlushDecompress::None);
        consumed += (d.total_in() - in_before) as usize;
        let produced = (d.total_out() - out_before) as usize;
        out.truncate(start + produced);
        hold(vm, produced, out.capacity())?;
        match status {
            Ok(Status::StreamEnd) => {
                st.eof = true;
                return Ok(Ok(consumed));
            }
            Ok(_) if produced == 0 && consumed >= input.len() => return Ok(Ok(consumed)),
            Ok(_) if produced == 0 && d.total_in() == in_before => return Ok(Ok(consumed)),
            Ok(_) => {}
            Err(e) => {
                if let (Some(dict), Some(_)) = (&zdict, e.needs_dictionary()) {
                    if d.set_dictionary(dict).is_ok() {
                        continue;
                    }
                    return Ok(Err(InflateError(-3, "invalid dictionary".into())));
                }
                if e.needs_dictionary().is_some() {
                    return Ok(Err(InflateError(2, String::new())));
                }
                return Ok(Err(InflateError(-3, e.message().unwrap_or("invalid data").into())));
            }
        }
        // Grow the chunks as CPython's buffer does, up to its largest block.
        chunk = (chunk * 2).min(256 << 20);
    }
}

fn inflate_error(vm: &mut Vm, error: Value, e: InflateError) -> Throw {
    let msg = match e {
        InflateError(code, msg) if msg.is_empty() => format!("Error {code} while decompressing data"),
        InflateError(code, msg) => format!("Error {code} while decompressing data: {msg}"),
    };
    vm.raise_msg(error, msg)
}

/// `_decompress(error, data, wbits, bufsize)`.
fn decompress(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let error = super::binascii::error_class(vm, arg(args, 0));
    let data = super::binascii::bytes_like(vm, arg(args, 1))?;
    let wbits = int_arg(vm, arg(args, 2))?;
    let bufsize = int_arg(vm, arg(args, 3))?;
    if bufsize < 0 {
        return Err(vm.value_error("bufsize must be non-negative"));
    }
    refuse_small_window(vm, wbits)?;
    let Some(expect) = inflate_expect(wbits) else {
        return Err(vm.raise_msg(
            error,
            "Error -2 while preparing to decompress data: inconsistent stream state",
        ));
    };
    vm.charge_text(data.len())?;
    let mut st = Decompressor::new(expect, None);
    let mut out = Vec::new();
    let chunk = usize::try_from(bufsize).unwrap_or(1).max(1);
    match inflate_into(vm, &mut st, &data, &mut out, 0, chunk)? {
        Ok(_) if st.eof => Ok(vm.new_bytes(out)),
        Ok(_) => Err(vm.raise_msg(
            error,
            "Error -5 while decompressing data: incomplete or truncated stream",
        )),
        Err(e) => Err(inflate_error(vm, error, e)),
    }
}

/// `_decompressobj(error, wbits, zdict)`.
fn decompressobj(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let wbits = int_arg(vm, arg(args, 1))?;
    refuse_small_window(vm, wbits)?;
    let Some(expect) = inflate_expect(wbits) else {
        return Err(vm.value_error("Invalid initialization option"));
    };
    let zdict = match arg(args, 2) {
        v if v.is_none() => None,
        v => Some(super::binascii::bytes_like(vm, v)?),
    };
    let class = vm.host_class_unbound::<Decompressor>("zlib.decompressor");
    Ok(vm
        .heap
        .alloc(HostObj::new(class, Decompressor::new(expect, zdict)))
        .value())
}

/// The `(output, unconsumed_tail, unused_data, eof)` tuple the Python class stores.
fn stream_result(vm: &mut Vm, out: Vec<u8>, st: (Vec<u8>, Vec<u8>, bool)) -> Value {
    let (tail, unused, eof) = st;
    let items = vec![
        vm.new_bytes(out),
        vm.new_bytes(tail),
        vm.new_bytes(unused),
        Value::bool(eof),
    ];
    vm.new_tuple(items)
}

/// Feeds `data` to the stream: output up to `max_length` (0: all), then the leftover input
/// becomes `unconsumed_tail` (or, past the end of the stream, `unused_data`).
fn feed(vm: &mut Vm, st: &mut Decompressor, data: &[u8], max_length: usize) -> PyResult<Result<Vec<u8>, InflateError>> {
    let mut out = Vec::new();
    if st.eof {
        st.unused_data.extend_from_slice(data);
        st.unconsumed_tail.clear();
        return Ok(Ok(out));
    }
    // Bytes the inflater could not start on yet (a header cut short) come first.
    let mut input = std::mem::take(&mut st.held);
    input.extend_from_slice(data);
    let consumed = match inflate_into(vm, st, &input, &mut out, max_length, 16 << 10)? {
        Ok(n) => n,
        Err(e) => return Ok(Err(e)),
    };
    let rest = input.get(consumed..).unwrap_or(&[]).to_vec();
    if st.inflater.is_none() {
        st.held = rest;
        st.unconsumed_tail.clear();
    } else if st.eof {
        st.unused_data.extend_from_slice(&rest);
        st.unconsumed_tail.clear();
    } else {
        st.unconsumed_tail = rest;
    }
    Ok(Ok(out))
}

/// `_d_decompress(error, d, data, max_length)`.
fn d_decompress(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let error = super::binascii::error_class(vm, arg(args, 0));
    let data = super::binascii::bytes_like(vm, arg(args, 2))?;
    let max_length = int_arg(vm, arg(args, 3))?;
    let Ok(max_length) = usize::try_from(max_length) else {
        return Err(vm.value_error("max_length must be non-negative"));
    };
    vm.charge_text(data.len())?;
    let r = with_state(vm, arg(args, 1), |vm, st: &mut Decompressor| {
        let r = feed(vm, st, &data, max_length);
        (r, (st.unconsumed_tail.clone(), st.unused_data.clone(), st.eof))
    })?;
    match r {
        (Ok(Ok(out)), state) => Ok(stream_result(vm, out, state)),
        (Ok(Err(e)), _) => Err(inflate_error(vm, error, e)),
        (Err(t), _) => Err(t),
    }
}

/// `_d_flush(error, d, length)`: the rest of `unconsumed_tail`, inflated.
fn d_flush(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let error = super::binascii::error_class(vm, arg(args, 0));
    let length = int_arg(vm, arg(args, 2))?;
    if length <= 0 {
        return Err(vm.value_error("length must be greater than zero"));
    }
    let r = with_state(vm, arg(args, 1), |vm, st: &mut Decompressor| {
        // Pending output may wait inside zlib even with no tail left: inflate runs anyway.
        let tail = std::mem::take(&mut st.unconsumed_tail);
        let r = feed(vm, st, &tail, 0);
        (r, (st.unconsumed_tail.clone(), st.unused_data.clone(), st.eof))
    })?;
    match r {
        (Ok(Ok(out)), state) => Ok(stream_result(vm, out, state)),
        (Ok(Err(e)), _) => Err(inflate_error(vm, error, e)),
        (Err(t), _) => Err(t),
    }
}

// ----- checksums ------------------------------------------------------------------------------

fn checksum(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, start: u32, f: fn(u32, &[u8]) -> u32) -> PyResult<Value> {
    crate::runtime::builtins::no_kwargs(vm, name, kw)?;
    match args.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 | 2 => {}
        n => return Err(vm.type_error(format!("{name} expected at most 2 arguments, got {n}"))),
    }
    let data = super::binascii::bytes_like(vm, arg(args, 0))?;
    let value = match args.get(1) {
        Some(&v) => super::binascii::bitwise_u32(vm, v)?,
        None => start,
    };
    vm.charge_text(data.len())?;
    Ok(vm.new_i64(i64::from(f(value, &data))))
}

/// `crc32(data, value=0, /)`.
fn crc32(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    checksum(vm, args, kw, "crc32", 0, super::binascii::crc32_update)
}

/// `adler32(data, value=1, /)`.
fn adler32(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    checksum(vm, args, kw, "adler32", 1, super::binascii::adler32_update)
}
