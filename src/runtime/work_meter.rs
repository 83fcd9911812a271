//! Charging the work of built-ins that loop in Rust: fuel in proportion to the work, and with
//! it the deadline and interrupt checks (`Vm::charge` reads the clock whenever the countdown
//! runs out: with a deadline, at least every `CHECK_TICKS`).
//!
//! Three shapes of work:
//! - loops over items that run no script code per item (`x in list`, `list.index`,
//!   `list.count`, comparing sequences, reprs of containers) charge every `STRIDE` items, each
//!   weighted by what it costs (`charge_every_weighted`), so a deadline is seen within a few
//!   thousand items; results made of many pieces (splits, replaces) charge per piece
//!   (`charge_pieces`);
//! - one pass over a text or a sequence is split into chunks of `TEXT_CHUNK` (1 MiB) of input,
//!   or of output for copies, each charged before it runs (`Pass`, `Vm::pass_to`), so a
//!   deadline or an interrupt stops the pass within a chunk (about a millisecond); the
//!   charges of a whole pass add up to `text_ticks` of its length, as the single charge up
//!   front they replace. The chunked-pass drivers: `text_pass`/`str_pass` (and `_rev`) hand
//!   each chunk (on char boundaries for a `str`) to a step that may stop the pass; the copies
//!   `extend_copy_in`/`push_str_in`/`copy_items` meter an append; `textsearch` searches a
//!   chunk at a time with a caller's meter (`Vm::meter`). When a charge trips, the partial
//!   result is dropped: nothing visible has changed;
//! - sorting without script comparisons (ints, floats, strs) sorts runs of `SORT_RUN` items,
//!   then merges them pairwise, charging every run and every `STRIDE * 64` items merged
//!   (`sort_by_checked`), so a sort of millions of items stops within milliseconds; the
//!   passes around it (rooting the items, the key-kind scan, the scans for keys of one user
//!   class, the reversals of `reverse=True`) and `list.reverse` go a metered chunk at a
//!   time too (`runtime::sort`).
//!
//! Chunked passes: `str` case changes and `is...` tests (128 KiB chunks for non-ASCII text
//! and `title`, whose chars go through the Unicode tables), `count`/`find`/`rfind`/`index`/
//! `in`, `replace` (with an empty `old` too: `insert_between`), `split`/`rsplit` (at a
//! separator or at whitespace) and `splitlines` (`textsplit`), `partition`, `strip`,
//! `expandtabs`, `center`/`ljust`/`rjust`/`zfill` (the fill a chunk at a time:
//! `push_fill_in`), `translate`'s copies (the receiver's, a long mapping's, the count of the
//! result; its lookups charge per item), `encode` to UTF-8 (and ASCII/Latin-1 of ASCII text),
//! `==` and ordering of two long strs, `hash`, slices (`s[::-1]`, `s[1:]`), `join`, `+`, `*`;
//! `bytes`/`bytearray`: the receiver copy the methods make (case changes and `is...` tests
//! read the receiver a chunk at a time without one),
//! `find`/`count`/`in`/`split`/`rsplit`/`splitlines`/`replace` (empty `old` too)/
//! `partition`, `upper`/`lower`/`swapcase`/`title`/`capitalize` (`title` looks at the byte
//! before its chunk), the `is...` tests (a state carried from chunk to chunk:
//! `byteops::TestState`), `strip`/`lstrip`/`rstrip`, `hex` (with a separator too),
//! `translate`, padding (`extend_fill_in`), UTF-8 `decode`, `==` and ordering of two
//! (`Vm::cmp_text`), `hash`, slices, `join`, `+`, `*`; a contiguous memoryview's `==`,
//! `hash`, `tobytes` and `hex` (its bytes borrowed, not copied: `bytes::with_buffer`); lists
//! and tuples: slices, `+`, list
//! `*`, `list(a list)` and `tuple(a list)` (and the rooting copy `sorted` makes:
//! `RootScope::push_all_metered`); the padding of `%`, `format()`, f-string and
//! `str.format` results, grouped zero padding and a precision's cut of a long text
//! (`fmt_pad`: a result of 4 KiB or more is written a chunk at a time, each chunk told to
//! `Vm::fmt_meter` first), and the joining of an f-string's parts; the code point index a
//! long non-ASCII str builds at its first position lookup (`Vm::char_index_metered`; a
//! charge that trips drops the partial index): a subscript, a slice, a
//! `find`/`rfind`/`index`/`rindex`/`count`, `startswith`/`endswith` (whose long affix is
//! compared a chunk at a time: `Vm::cmp_text`), `StringIO`'s `readline`/`read`, a `re`
//! group, `json`'s error positions and `raw_decode` index, a str iterator's length hint;
//! the code points a long non-ASCII `re` subject keeps decoded (`Vm::code_points_metered`;
//! a shared one's copy: `Vm::chars_metered`); `repr` of a str and `ascii`'s escaping, and
//! the copy of the str a conversion returns (`to_str`, a user `__str__` or `__repr__`):
//! `runtime::text_escape`, the escapes 128 KiB of input at a time; a `re` match's repr (a
//! metered scan of the group for its quote, then the escapes of the 50 characters shown);
//! csv's fast reader (the line's checks a chunk at a time, each field search bounded by the
//! field size limit, the fields' length checks metered by position, their making charged
//! per `STRIDE` fields); a `json` number's digit runs (`Decoder::digits_end`, charged as the
//! scan passes each chunk); the count (and the copy) of the code points
//! of a long new str whose maker does not know it, for every maker that can be handed one
//! from script data (`%` and `format` results and `!r`/`!a` conversions, `str.format`,
//! `repr`/`ascii`/`str` of objects, `print`'s `str()`, `json.dumps` and its chunks,
//! `json` string literals (their scan too, a chunk at a time), `re.sub` and groups,
//! `StringIO` reads and joins, `removeprefix`/`removesuffix`, `codecs.decode` results,
//! csv fields, a UnicodeError's copy of its input, logging's and warnings' texts, a
//! SyntaxError's line: `new_string_metered`/`new_str_metered`, or `new_string_counted`
//! where the count is known). Context-sensitive case mappings are exact whatever the chunks:
//! each chunk is mapped with the whole text as context (`strops::case_map_into`: the
//! final-sigma rule looks past the chunk both ways, `title` at the char before it). Measured
//! on 128 MiB operands under a 5 ms deadline (`tests/limits_text_passes.rs`, release build, a
//! machine with about 1.5 GB/s of memory bandwidth): each of 90 such calls stops 0.0 to
//! 7.2 ms past the deadline on a loaded machine (2.6 ms at most for the first 53 on an idle
//! one); charged once up front, those 53 ran 13 ms to 3.5 s.
//!
//! Also chunked: a search whose needle is longer than a chunk (`twoway`: a two-way matcher
//! that charges its needle's factorization and its comparisons through `Meter::work` every
//! chunk of work); the codecs UTF-16 and UTF-32 both ways, ASCII, Latin-1 and the charmap
//! codecs' decoding and 8-bit encoding of non-ASCII text (`codecs`; errors keep their global
//! positions), `unicode_escape` and `raw_unicode_escape` both ways (`codec_escape`: decoding
//! charged as its position advances, an escape across a chunk edge read whole, a `\N{...}`
//! name searched a chunk at a time) and `idna` (`codec_idna`: its ASCII tests and copies a
//! chunk at a time, each label charged as the pass reaches its end, a long plain label a
//! chunk at a time) and `punycode` (its passes over the input a chunk at a time: the code
//! points, the ASCII ones, per code point value the smallest left and the deltas, and
//! decoding's ASCII conversions; each insertion of decoding shifts the text after it a
//! chunk at a time, charged by the bytes shifted: `insert_metered`); `str.format` and
//! `format_map` (the format string decoded, its literal text scanned and copied, its
//! fields' names and specs scanned and copied, a chunk at a time: `str_format`), a format
//! spec (decoded and its digit runs read a chunk at a time: `fmt::parse_format_spec`, and
//! `format()`'s copy of it); a float literal longer than 4 KiB for `float()` or `json`
//! (made short, 800 significant digits and a sticky digit, in one metered pass before the
//! parse, the result unchanged bit for bit: `num::long_decimal`); a strided memoryview's
//! bytes gathered
//! for `==`, `hash`, `tolist`, `tobytes` and the constructors, and a long buffer argument's
//! copy (`Vm::view_bytes_metered`, `Vm::buffer_of_any`).
//!
//! The makers left on `new_str`/`new_string` are handed short texts only (names, fixed
//! messages, a `BuildString` result of at most a chunk, the host's own data in `api`).
//! Still one step each, outside the lists above: `float()` of a long text that is not a plain
//! literal (spaces around it, underscores, non-ASCII digits, or invalid: `num::parse_float`'s
//! passes, and its error's repr of the text), the "Invalid format specifier" error's copy of
//! a long spec, and the copy of a long str a user `__format__` returns. Each is at most a
//! few linear passes over one maximum-size object.
//!
//! Every charge is a function of the input only (its sizes, and for a search that stops at a
//! match, where the match is): the fuel trip point is the same on every run.

use std::cmp::Ordering;
use std::ops::{ControlFlow, Range};

use crate::interp::{PyResult, Throw, Vm};
use crate::runtime::num::NumError;
use crate::runtime::textsearch::Meter;
use crate::runtime::value::Value;

/// Items a built-in loop handles between two charges.
pub(crate) const STRIDE: usize = 1024;

/// Items of type `T` in one `TEXT_CHUNK` of a pass over a slice (at least one).
pub(crate) const fn items_per_chunk<T>() -> usize {
    let n = TEXT_CHUNK / std::mem::size_of::<T>();
    if n == 0 { 1 } else { n }
}

/// Items sorted as one run before the merging passes (a millisecond or less of sorting).
const SORT_RUN: usize = 1 << 14;

/// Fuel ticks of making one object or piece of a result (an allocation and a copy); a repr
/// of an item costs two.
pub(crate) const PIECE_TICKS: u64 = 16;

/// Fuel ticks of comparing one item in a scan (`in`, `index`, `count`, sequence `==`).
pub(crate) const SCAN_TICKS: u64 = 4;

/// Fuel ticks of hashing or looking up one item, or of one generic comparison.
pub(crate) const HASH_TICKS: u64 = 8;

/// Items merged between two charges.
const MERGE_STEP: usize = STRIDE * 64;

/// Fuel ticks of one pass over `bytes` bytes of text (a tick per eight bytes: scanning is
/// cheaper per byte than an instruction).
pub(crate) fn text_ticks(bytes: usize) -> u64 {
    (bytes / 8) as u64
}

/// Input bytes of one chunk of a pass over a text: a charge (and with it a look at the
/// deadline and the interrupt flag) comes before each. About a millisecond of a plain pass
/// on a slow memory system, so a stop is seen within a few milliseconds.
pub(crate) const TEXT_CHUNK: usize = 1 << 20;

/// Reservations up to this many bytes cannot fail short of the process running out of
/// memory altogether (which aborts anyway), so they skip the fallible path.
const SMALL_RESERVATION: usize = 1 << 16;

/// The fuel meter of one pass over `len` bytes of input, charged as the pass advances
/// (`Vm::pass_to`): a chunk at a time, ahead of the work, at positions that depend only on the
/// input. A complete pass is charged `text_ticks(len)` in all, as a charge up front would be;
/// a pass that stops early (a search that found its match) is charged what it reached.
pub(crate) struct Pass {
    len: usize,
    charged: usize,
    /// Bytes charged at a time (`TEXT_CHUNK`, less for work slower per byte).
    chunk: usize,
}

impl Pass {
    pub(crate) fn new(len: usize) -> Pass {
        Pass::with_chunk(len, TEXT_CHUNK)
    }

    /// A pass charged `chunk` bytes at a time: for work several times slower per byte than
    /// a scan (mapping non-ASCII chars through case tables), so a chunk stays short in time.
    pub(crate) fn with_chunk(len: usize, chunk: usize) -> Pass {
        Pass {
            len,
            charged: 0,
            chunk: chunk.max(8),
        }
    }
}

/// Where a chunk of `chunk` bytes of a pass starting at byte `a` of `len` ends, moved back to
/// a boundary by `cut` (a char boundary for a str), never before `a + 1`.
fn chunk_end(len: usize, a: usize, chunk: usize, cut: &impl Fn(usize) -> usize) -> usize {
    if len - a <= chunk {
        return len;
    }
    let c = cut(a + chunk);
    if c > a && c <= len { c } else { a + chunk }
}

/// The char boundary of `s` at or before byte `i` (at most three bytes back).
pub(crate) fn char_floor(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `n log2 n`: the comparisons of sorting `n` items.
fn n_log_n(n: usize) -> u64 {
    let n = n as u64;
    n.saturating_mul(u64::from(u64::BITS - n.leading_zeros()))
}

impl Vm {
    /// An empty vector with room for `n` items, or MemoryError when the allocator refuses.
    /// A small request (the common case) takes the direct allocation path; only one that
    /// could fail goes through the fallible reservation.
    #[inline]
    pub(crate) fn reserved<T>(&mut self, n: usize) -> PyResult<Vec<T>> {
        if n.saturating_mul(std::mem::size_of::<T>()) <= SMALL_RESERVATION {
            return Ok(Vec::with_capacity(n));
        }
        let mut v = Vec::new();
        if v.try_reserve_exact(n).is_err() {
            return Err(self.memory_error());
        }
        Ok(v)
    }

    /// `reserved` for text: an empty `String` with room for `n` bytes.
    #[inline]
    pub(crate) fn reserved_text(&mut self, n: usize) -> PyResult<String> {
        if n <= SMALL_RESERVATION {
            return Ok(String::with_capacity(n));
        }
        let mut s = String::new();
        if s.try_reserve_exact(n).is_err() {
            return Err(self.memory_error());
        }
        Ok(s)
    }

    /// Before a built-in makes one pass over `bytes` bytes of text: charges it.
    #[inline]
    pub(crate) fn charge_text(&mut self, bytes: usize) -> PyResult<()> {
        self.charge(text_ticks(bytes))
    }

    /// The pass metered by `p` is about to work on its input up to byte `upto` (a
    /// non-decreasing position): charges the next chunk when `upto` passes what is charged.
    /// One compare unless a charge is due.
    #[inline]
    pub(crate) fn pass_to(&mut self, p: &mut Pass, upto: usize) -> PyResult<()> {
        if upto > p.charged && p.charged < p.len {
            self.pass_charge(p, upto)
        } else {
            Ok(())
        }
    }

    fn pass_charge(&mut self, p: &mut Pass, upto: usize) -> PyResult<()> {
        // At least a chunk at a time (the countdown is touched once per chunk), never past the
        // end; differences of `text_ticks` add up to `text_ticks(len)` whatever the steps.
        let to = upto.max(p.charged.saturating_add(p.chunk)).min(p.len);
        let ticks = text_ticks(to).saturating_sub(text_ticks(p.charged));
        p.charged = p.charged.max(to);
        self.charge(ticks)
    }

    /// For `replace(old, new, count)` in `hay`: the matches of `needle` (non-empty), and how
    /// many of them are replaced (at most `count`; negative: all). They are counted first, in
    /// a metered pass, then charged per match (dense matches cost more than the scan), so the
    /// caller can bound the result and charge its pieces before building it.
    pub(crate) fn replacements(&mut self, hay: &[u8], needle: &[u8], count: i64) -> PyResult<(usize, usize)> {
        let found = crate::runtime::textsearch::count(hay, needle, usize::MAX, &mut self.meter(hay.len()))?;
        self.charge((found as u64).saturating_mul(PIECE_TICKS / 2))?;
        let replaced = match usize::try_from(count) {
            Ok(limit) => found.min(limit),
            Err(_) => found,
        };
        Ok((found, replaced))
    }

    /// `replace('', new, count)`: `new` before each of the first `n` units of `s` (its bytes,
    /// or with `unicode` the chars of a str's UTF-8), and once more at the end when `n` passes
    /// them; `out_len` bytes in all. Charged as a pass over `s` and one over the result, a
    /// step of about a chunk of the result at a time (one unit per step when `new` alone is
    /// longer than a chunk, whose copies are then metered a chunk at a time).
    pub(crate) fn insert_between(
        &mut self,
        s: &[u8],
        unicode: bool,
        new: &[u8],
        n: usize,
        out_len: usize,
    ) -> PyResult<Vec<u8>> {
        let mut out = self.reserved(out_len)?;
        let (mut p_in, mut p_out) = (Pass::new(s.len()), Pass::new(out_len));
        let per = (TEXT_CHUNK / (new.len() + 1)).max(1);
        let (mut left, mut i) = (n, 0);
        while i < s.len() && left > 0 {
            // The next `k` units, bytes `i..j`.
            let (mut j, mut k) = (i, 0);
            while j < s.len() && k < per.min(left) {
                j += 1;
                while unicode && s.get(j).is_some_and(|&c| c & 0xc0 == 0x80) {
                    j += 1;
                }
                k += 1;
            }
            self.pass_to(&mut p_in, j)?;
            if new.len() > TEXT_CHUNK {
                self.extend_in(&mut p_out, &mut out, new)?;
                self.extend_in(&mut p_out, &mut out, s.get(i..j).unwrap_or_default())?;
            } else {
                self.pass_to(&mut p_out, out.len() + (j - i) + k * new.len())?;
                let mut a = i;
                while a < j {
                    let mut b = a + 1;
                    while unicode && s.get(b).is_some_and(|&c| c & 0xc0 == 0x80) {
                        b += 1;
                    }
                    out.extend_from_slice(new);
                    out.extend_from_slice(s.get(a..b).unwrap_or_default());
                    a = b;
                }
            }
            left -= k;
            i = j;
        }
        if i < s.len() {
            // `count` reached: the rest as it is.
            self.pass_to(&mut p_in, s.len())?;
            self.extend_in(&mut p_out, &mut out, s.get(i..).unwrap_or_default())?;
        } else if left > 0 {
            self.extend_in(&mut p_out, &mut out, new)?;
        }
        Ok(out)
    }

    /// A meter for the searches of `textsearch` (`Pass` over `len` bytes of progress).
    pub(crate) fn meter(&mut self, len: usize) -> SearchMeter<'_> {
        SearchMeter {
            vm: self,
            p: Pass::new(len),
        }
    }

    /// A meter for formatting (`fmt_pad::Meter`), told the bytes of a long result before they
    /// are written: charged as a pass over what is written (`text_ticks` of the result in
    /// all, a chunk at a time); a charge that trips stops the formatting with the limit.
    pub(crate) fn fmt_meter(&mut self) -> impl FnMut(usize) -> Result<(), NumError> + '_ {
        let mut done = 0usize;
        move |n| {
            let to = done.saturating_add(n);
            let ticks = text_ticks(to) - text_ticks(done);
            done = to;
            self.charge(ticks).map_err(NumError::stopped)
        }
    }

    /// One pass over `len` bytes of input in chunks of about `TEXT_CHUNK`, ends moved back to
    /// a boundary by `cut`: each chunk is charged, then handed to `step`, which may stop the
    /// pass with a result. A charge that trips returns the error: what `step` built so far
    /// is the caller's to drop, and nothing visible has changed.
    pub(crate) fn text_pass<B>(
        &mut self,
        len: usize,
        cut: impl Fn(usize) -> usize,
        step: impl FnMut(Range<usize>) -> ControlFlow<B>,
    ) -> PyResult<Option<B>> {
        self.text_pass_in(Pass::new(len), cut, step)
    }

    /// `text_pass` metered by `p` (over `p`'s length, in its chunks).
    pub(crate) fn text_pass_in<B>(
        &mut self,
        mut p: Pass,
        cut: impl Fn(usize) -> usize,
        mut step: impl FnMut(Range<usize>) -> ControlFlow<B>,
    ) -> PyResult<Option<B>> {
        let len = p.len;
        let mut a = 0;
        while a < len {
            let b = chunk_end(len, a, p.chunk, &cut);
            self.pass_to(&mut p, b)?;
            if let ControlFlow::Break(x) = step(a..b) {
                return Ok(Some(x));
            }
            a = b;
        }
        Ok(None)
    }

    /// `text_pass` from the end: chunks of about `TEXT_CHUNK` handed to `step` right to left,
    /// starts moved back to a boundary by `cut`.
    pub(crate) fn text_pass_rev<B>(
        &mut self,
        len: usize,
        cut: impl Fn(usize) -> usize,
        mut step: impl FnMut(Range<usize>) -> ControlFlow<B>,
    ) -> PyResult<Option<B>> {
        let mut p = Pass::new(len);
        let mut b = len;
        while b > 0 {
            let a = if b <= TEXT_CHUNK {
                0
            } else {
                cut(b - TEXT_CHUNK).min(b - 1)
            };
            self.pass_to(&mut p, len - a)?;
            if let ControlFlow::Break(x) = step(a..b) {
                return Ok(Some(x));
            }
            b = a;
        }
        Ok(None)
    }

    /// `text_pass_rev` over the bytes of `s`, in chunks on char boundaries.
    pub(crate) fn str_pass_rev<B>(
        &mut self,
        s: &str,
        step: impl FnMut(Range<usize>) -> ControlFlow<B>,
    ) -> PyResult<Option<B>> {
        self.text_pass_rev(s.len(), |i| char_floor(s, i), step)
    }

    /// `text_pass` over the bytes of `s`, in chunks that end on char boundaries (each chunk
    /// is a `str`).
    pub(crate) fn str_pass<B>(
        &mut self,
        s: &str,
        mut step: impl FnMut(Range<usize>) -> ControlFlow<B>,
    ) -> PyResult<Option<B>> {
        self.text_pass(s.len(), |i| char_floor(s, i), &mut step)
    }

    /// `text_pass` over `len` bytes with chunks that may end anywhere.
    pub(crate) fn bytes_pass<B>(
        &mut self,
        len: usize,
        step: impl FnMut(Range<usize>) -> ControlFlow<B>,
    ) -> PyResult<Option<B>> {
        self.text_pass(len, |i| i, step)
    }

    /// Appends `src` to `out` a chunk (`TEXT_CHUNK` bytes) at a time, metered by `p` as
    /// output bytes (`out.len()` items after each chunk): a copy is a pass over what it
    /// writes. Items are plain data or `Value`s (a charge never collects, so copied values
    /// need no rooting meanwhile).
    pub(crate) fn extend_copy_in<T: Copy>(&mut self, p: &mut Pass, out: &mut Vec<T>, src: &[T]) -> PyResult<()> {
        let size = std::mem::size_of::<T>().max(1);
        if src.len() <= TEXT_CHUNK / size {
            self.pass_to(p, (out.len() + src.len()).saturating_mul(size))?;
            out.extend_from_slice(src);
            return Ok(());
        }
        for chunk in src.chunks((TEXT_CHUNK / size).max(1)) {
            self.pass_to(p, (out.len() + chunk.len()).saturating_mul(size))?;
            out.extend_from_slice(chunk);
        }
        Ok(())
    }

    /// `extend_copy_in` for bytes.
    pub(crate) fn extend_in(&mut self, p: &mut Pass, out: &mut Vec<u8>, src: &[u8]) -> PyResult<()> {
        self.extend_copy_in(p, out, src)
    }

    /// A copy of `src` (a list's or tuple's items), made a metered chunk at a time: charged as
    /// `text_ticks` of its bytes, a tick per item (as `bigwork::linear_ticks`).
    pub(crate) fn copy_items(&mut self, src: &[Value]) -> PyResult<Vec<Value>> {
        let mut out = self.reserved(src.len())?;
        let mut p = Pass::new(src.len().saturating_mul(std::mem::size_of::<Value>()));
        self.extend_copy_in(&mut p, &mut out, src)?;
        Ok(out)
    }

    /// `extend_in` for a `String`: chunks end on char boundaries.
    #[inline]
    pub(crate) fn push_str_in(&mut self, p: &mut Pass, out: &mut String, src: &str) -> PyResult<()> {
        if src.len() <= TEXT_CHUNK {
            // One chunk (the common case of a join's many short items): no boundary to find.
            self.pass_to(p, out.len() + src.len())?;
            out.push_str(src);
            return Ok(());
        }
        self.push_long_str_in(p, out, src)
    }

    #[inline(never)]
    fn push_long_str_in(&mut self, p: &mut Pass, out: &mut String, src: &str) -> PyResult<()> {
        let mut a = 0;
        while a < src.len() {
            let b = chunk_end(src.len(), a, TEXT_CHUNK, &|i| char_floor(src, i));
            self.pass_to(p, out.len() + (b - a))?;
            out.push_str(src.get(a..b).unwrap_or_default());
            a = b;
        }
        Ok(())
    }

    /// Appends `n` copies of `c` (a padding's fill) to `out`, metered by `p` as output bytes
    /// a chunk at a time, as `push_str_in`.
    pub(crate) fn push_fill_in(&mut self, p: &mut Pass, out: &mut String, c: char, n: usize) -> PyResult<()> {
        let at = out.len();
        self.fill_in(p, at, n, c.len_utf8(), |k| out.extend(std::iter::repeat_n(c, k)))
    }

    /// `push_fill_in` for bytes.
    pub(crate) fn extend_fill_in(&mut self, p: &mut Pass, out: &mut Vec<u8>, b: u8, n: usize) -> PyResult<()> {
        let at = out.len();
        self.fill_in(p, at, n, 1, |k| out.resize(out.len() + k, b))
    }

    /// `n` units of `unit` bytes appended to an output `at` bytes long by `push(k)`, `k`
    /// units (at most a chunk) at a time, each charged by `p` before it is pushed.
    fn fill_in(&mut self, p: &mut Pass, at: usize, n: usize, unit: usize, mut push: impl FnMut(usize)) -> PyResult<()> {
        let per = (TEXT_CHUNK / unit.max(1)).max(1);
        let (mut at, mut left) = (at, n);
        while left > 0 {
            let k = left.min(per);
            at = at.saturating_add(k * unit);
            self.pass_to(p, at)?;
            push(k);
            left -= k;
        }
        Ok(())
    }

    /// Appends `src` to `out` as a pass of its own.
    pub(crate) fn extend_metered(&mut self, out: &mut Vec<u8>, src: &[u8]) -> PyResult<()> {
        let mut p = Pass::new(out.len() + src.len());
        p.charged = out.len();
        self.extend_in(&mut p, out, src)
    }

    /// `push_str_in` of `src` to `out` as a pass of its own.
    pub(crate) fn push_str_metered(&mut self, out: &mut String, src: &str) -> PyResult<()> {
        let mut p = Pass::new(out.len() + src.len());
        p.charged = out.len();
        self.push_str_in(&mut p, out, src)
    }

    /// The `BuildString` instruction when its result is longer than a chunk (`total` bytes,
    /// one of an f-string's parts a wide padding): the strs among `parts` joined a metered
    /// chunk at a time, the result's length in code points the sum of theirs. Out of line
    /// and cold: the dispatch loop joins short results itself.
    #[cold]
    #[inline(never)]
    pub(crate) fn build_long_string(&mut self, parts: &[Value], total: usize) -> PyResult<Value> {
        self.check_size(total)?;
        let chars = parts
            .iter()
            .filter_map(|p| p.downcast::<crate::runtime::object::StrObj>())
            .fold(0usize, |c, p| c + p.char_len);
        let s = self.join_strs_metered(parts, total)?;
        Ok(self.new_string_counted(s, chars))
    }

    /// The texts of the strs among `parts` (`total` bytes), joined a metered chunk at a time.
    fn join_strs_metered(&mut self, parts: &[Value], total: usize) -> PyResult<String> {
        let mut out = self.reserved_text(total)?;
        let mut p = Pass::new(total);
        for &v in parts {
            if let Some(st) = v.downcast::<crate::runtime::object::StrObj>() {
                self.push_str_in(&mut p, &mut out, st.as_str())?;
            }
        }
        Ok(out)
    }

    /// A new str holding a copy of `s` (a piece of a split, a strip's result): a text past one
    /// chunk is copied and counted a metered chunk at a time.
    pub(crate) fn new_str_metered(&mut self, s: &str) -> PyResult<Value> {
        if s.len() <= TEXT_CHUNK {
            return Ok(self.new_str(s));
        }
        let mut out = self.reserved_text(s.len())?;
        let mut n = 0usize;
        self.str_pass(s, |r| {
            let part = s.get(r).unwrap_or_default();
            out.push_str(part);
            n += if part.is_ascii() {
                part.len()
            } else {
                part.chars().count()
            };
            ControlFlow::<()>::Continue(())
        })?;
        Ok(self.new_string_counted(out, n))
    }

    /// Before a position lookup in `s` (an index, a slice, a search's window): builds the
    /// code point index a long non-ASCII str builds at its first lookup, a metered chunk at a
    /// time (`runtime::str_index`). One compare when there is nothing to build or the text is
    /// short (its index is then built by the lookup, in well under a chunk's time): always
    /// inlined, the build out of line and cold, so a subscript's fast path stays as it was.
    #[inline(always)]
    pub(crate) fn char_index_metered(&mut self, s: &crate::runtime::object::StrObj) -> PyResult<()> {
        if s.s.len() <= TEXT_CHUNK {
            return Ok(());
        }
        self.build_char_index_metered(s)
    }

    #[cold]
    #[inline(never)]
    fn build_char_index_metered(&mut self, s: &crate::runtime::object::StrObj) -> PyResult<()> {
        let mut p = Pass::new(s.s.len());
        s.build_char_index_metered(&mut |upto| self.pass_to(&mut p, upto))
    }

    /// Before `s.code_points(shared)` (`re` matching a long non-ASCII subject): builds the
    /// index and decodes the code points the string keeps, each a metered pass, so the call
    /// only reads them. One compare for a short text (decoded by the call in well under a
    /// chunk's time).
    #[inline]
    pub(crate) fn code_points_metered(&mut self, s: &crate::runtime::object::StrObj, shared: bool) -> PyResult<()> {
        if s.s.len() <= TEXT_CHUNK {
            return Ok(());
        }
        self.decode_code_points_metered(s, shared)
    }

    #[cold]
    #[inline(never)]
    fn decode_code_points_metered(&mut self, s: &crate::runtime::object::StrObj, shared: bool) -> PyResult<()> {
        self.build_char_index_metered(s)?;
        let mut p = Pass::new(s.s.len());
        s.decode_code_points_metered(shared, &mut |upto| self.pass_to(&mut p, upto))
    }

    /// The code points of `s` as a vector, decoded a metered chunk at a time when long.
    pub(crate) fn chars_metered(&mut self, s: &str) -> PyResult<Vec<char>> {
        if s.len() <= TEXT_CHUNK {
            return Ok(s.chars().collect());
        }
        let mut out = self.reserved(s.len())?;
        self.str_pass(s, |r| {
            out.extend(s.get(r).unwrap_or_default().chars());
            ControlFlow::<()>::Continue(())
        })?;
        Ok(out)
    }

    /// The code points of `s`, counted a chunk at a time (charged as a pass).
    pub(crate) fn char_count_metered(&mut self, s: &str) -> PyResult<usize> {
        let mut n = 0usize;
        self.str_pass(s, |r| {
            let part = s.get(r).unwrap_or_default();
            n += if part.is_ascii() {
                part.len()
            } else {
                part.chars().count()
            };
            ControlFlow::<()>::Continue(())
        })?;
        Ok(n)
    }

    /// A new str from `s`, whose length in code points is counted a chunk at a time (a text
    /// of a few megabytes takes milliseconds to count).
    pub(crate) fn new_string_metered(&mut self, s: String) -> PyResult<Value> {
        if s.len() <= TEXT_CHUNK {
            return Ok(self.new_string(s));
        }
        let n = self.char_count_metered(&s)?;
        Ok(self.new_string_counted(s, n))
    }

    /// In a built-in's loop at item `i`, where each item costs about `weight` instructions
    /// (a repr allocates a string, an `==` of ints is a compare): every `STRIDE` items,
    /// charges them.
    #[inline]
    pub(crate) fn charge_every_weighted(&mut self, i: usize, weight: u64) -> PyResult<()> {
        if i % STRIDE == STRIDE - 1 {
            self.charge(STRIDE as u64 * weight)
        } else {
            Ok(())
        }
    }

    /// Before a built-in makes `n` objects or pieces (the parts of a split, the copies of a
    /// replace): charges them.
    #[inline]
    pub(crate) fn charge_pieces(&mut self, n: usize) -> PyResult<()> {
        self.charge((n as u64).saturating_mul(PIECE_TICKS))
    }
}

/// The meter of one search (`Vm::meter`): its progress through the haystack charged as a
/// `Pass`, the work a long needle's matcher reports as well (`twoway`: its preparation and its
/// comparisons, charged as a pass over as many bytes after each chunk of it).
pub(crate) struct SearchMeter<'a> {
    vm: &'a mut Vm,
    p: Pass,
}

impl Meter<Throw> for SearchMeter<'_> {
    #[inline]
    fn to(&mut self, upto: usize) -> PyResult<()> {
        self.vm.pass_to(&mut self.p, upto)
    }

    fn work(&mut self, bytes: usize) -> PyResult<()> {
        self.vm.charge_text(bytes)
    }
}

/// A stable sort of `a` by `cmp` (a total order that runs no script code), charged as it
/// goes: runs of `SORT_RUN` items sorted by the standard library, then bottom-up merging
/// through a buffer, charged every `MERGE_STEP` items. The result is the one any stable sort
/// gives. When a charge trips a limit, `a` is left a permutation of what it held.
pub(crate) fn sort_by_checked<T: Copy>(vm: &mut Vm, a: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) -> PyResult<()> {
    let n = a.len();
    if n <= SORT_RUN {
        vm.charge(n_log_n(n))?;
        a.sort_by(&cmp);
        return Ok(());
    }
    for run in a.chunks_mut(SORT_RUN) {
        vm.charge(n_log_n(run.len()))?;
        run.sort_by(&cmp);
    }
    let mut buf: Vec<T> = vm.reserved(n)?;
    buf.extend_from_slice(a);
    // Each pass merges pairs of sorted runs of `width` from one buffer into the other.
    let mut width = SORT_RUN;
    let mut in_a = true;
    while width < n {
        let result = if in_a {
            merge_pass(vm, a, &mut buf, width, &cmp)
        } else {
            merge_pass(vm, &buf, a, width, &cmp)
        };
        if let Err(e) = result {
            if in_a {
                // `a` still holds the last complete pass; `buf` was being written.
            } else {
                // `a` was being written: the last complete pass is in `buf`.
                a.copy_from_slice(&buf);
            }
            return Err(e);
        }
        in_a = !in_a;
        width = width.saturating_mul(2);
    }
    if !in_a {
        a.copy_from_slice(&buf);
    }
    Ok(())
}

/// One merging pass: each pair of adjacent sorted runs of `width` in `src` becomes one sorted
/// run in `dst` (a run left without a partner is copied), stably.
fn merge_pass<T: Copy>(
    vm: &mut Vm,
    src: &[T],
    dst: &mut [T],
    width: usize,
    cmp: &impl Fn(&T, &T) -> Ordering,
) -> PyResult<()> {
    let n = src.len().min(dst.len());
    let mut written = 0usize;
    let mut lo = 0;
    while lo < n {
        let mid = lo.saturating_add(width).min(n);
        let hi = lo.saturating_add(width.saturating_mul(2)).min(n);
        let (Some(left), Some(right), Some(out)) = (src.get(lo..mid), src.get(mid..hi), dst.get_mut(lo..hi)) else {
            break;
        };
        let (mut i, mut j) = (0, 0);
        for slot in out.iter_mut() {
            written += 1;
            if written.is_multiple_of(MERGE_STEP) {
                vm.charge(MERGE_STEP as u64)?;
            }
            // Take from the right run only when its item is strictly smaller: stable.
            let take = match (left.get(i), right.get(j)) {
                (Some(x), Some(y)) if cmp(y, x) == Ordering::Less => {
                    j += 1;
                    *y
                }
                (Some(x), _) => {
                    i += 1;
                    *x
                }
                (None, Some(y)) => {
                    j += 1;
                    *y
                }
                (None, None) => break,
            };
            *slot = take;
        }
        lo = hi;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `replace('', new, count)` as CPython: `new` before each unit, and at the end.
    #[test]
    fn insert_between_cases() {
        let mut vm = Vm::new();
        let mut ins = |s: &str, unicode: bool, new: &str, n: usize| {
            let len = s.len() + n * new.len();
            let out = vm.insert_between(s.as_bytes(), unicode, new.as_bytes(), n, len);
            String::from_utf8(out.unwrap_or_default()).unwrap_or_default()
        };
        assert_eq!(ins("abc", false, "-", 4), "-a-b-c-");
        assert_eq!(ins("abc", false, "-", 2), "-a-bc");
        assert_eq!(ins("", false, "-", 1), "-");
        assert_eq!(ins("é日x", true, "<>", 4), "<>é<>日<>x<>");
        assert_eq!(ins("é日x", true, "<>", 2), "<>é<>日x");
        assert_eq!(ins("é日x", true, "", 4), "é日x");
        // Steps of one unit, `new` longer than a chunk.
        let big = "y".repeat(TEXT_CHUNK + 3);
        let r = ins("ab", false, &big, 3);
        assert_eq!(r, format!("{big}a{big}b{big}"));
        let r = ins("éa", true, &big, 1);
        assert_eq!(r, format!("{big}éa"));
        // Many steps of many units.
        let s = "é".repeat(TEXT_CHUNK);
        let r = ins(&s, true, "-", TEXT_CHUNK + 1);
        assert_eq!(r, format!("-{}", "é-".repeat(TEXT_CHUNK)));
    }

    /// The chunked sort agrees with the standard library's stable sort, ties included.
    #[test]
    fn checked_sort_is_a_stable_sort() {
        let mut vm = Vm::new();
        let mut x = 12345u64;
        for n in [0usize, 1, 7, SORT_RUN, SORT_RUN + 1, 3 * SORT_RUN + 77, 9 * SORT_RUN] {
            let items: Vec<(u32, usize)> = (0..n)
                .map(|i| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    ((x % 1000) as u32, i)
                })
                .collect();
            let mut want = items.clone();
            want.sort_by_key(|p| p.0);
            let mut got = items;
            assert!(sort_by_checked(&mut vm, &mut got, |p, q| p.0.cmp(&q.0)).is_ok());
            assert_eq!(got, want, "{n} items");
        }
    }
}
