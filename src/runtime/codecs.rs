//! Text encodings: `str.encode`, `bytes.decode`, `str(b, encoding, errors)` for UTF-8
//! (and `utf-8-sig`), ASCII, Latin-1, UTF-16/32, the single-byte charmap codecs
//! (`codec_charmap.rs`), `unicode_escape`/`raw_unicode_escape` (`codec_escape.rs`), `idna`
//! and `punycode` under CPython's names and aliases, with the built-in and registered error
//! handlers (`codec_errors.rs`), and CPython's `UnicodeDecodeError`/`UnicodeEncodeError`
//! (message, `args`, attributes). The `codecs` module reaches them through
//! `encode_with`/`decode_with`.
//!
//! pyrite's strs hold no lone surrogates, so the surrogate handlers (`surrogateescape`,
//! `surrogatepass`) act as strict when encoding; decoding with them is refused by name when it
//! would have to produce a surrogate.

use crate::interp::{PyResult, Vm};
use crate::runtime::object::*;
use crate::runtime::types::is_subclass;
use crate::runtime::value::Value;
use crate::runtime::work_meter::{Pass, TEXT_CHUNK};

#[path = "codec_charmap.rs"]
mod codec_charmap;
#[path = "codec_charmap_tables.rs"]
mod codec_charmap_tables;
#[path = "codec_errors.rs"]
mod codec_errors;
#[path = "codec_escape.rs"]
mod codec_escape;
#[path = "codec_idna.rs"]
mod codec_idna;
#[path = "codec_names.rs"]
mod codec_names;

/// The codecs pyrite implements.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Utf16(Order),
    Utf32(Order),
    /// `idna` and `punycode` (`codec_idna.rs`).
    Idna,
    Punycode,
    /// UTF-8 with one leading byte order mark written and skipped.
    Utf8Sig,
    /// `unicode_escape` and `raw_unicode_escape` (`codec_escape.rs`).
    UnicodeEscape,
    RawUnicodeEscape,
    /// A single-byte codec: an index into `codec_charmap_tables::CHARMAPS`.
    Charmap(u8),
    /// A codec that is not a text encoding (`codecs.encode`/`codecs.decode` only).
    Transform(Transform),
}

/// The str-to-str and bytes-to-bytes codecs.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Transform {
    Rot13,
    Hex,
    Base64,
    Zlib,
}

/// Byte order of a UTF-16/UTF-32 codec: fixed, or (`utf-16`, `utf-32`) read from a leading
/// byte order mark when decoding and written as the machine's order with a mark when encoding.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Order {
    Little,
    Big,
    Bom,
}

/// The order `utf-16`/`utf-32` use without a mark: the machine's, as in CPython.
const NATIVE: Order = if cfg!(target_endian = "big") {
    Order::Big
} else {
    Order::Little
};

impl Transform {
    fn name(self) -> &'static str {
        match self {
            Transform::Rot13 => "rot-13",
            Transform::Hex => "hex",
            Transform::Base64 => "base64",
            Transform::Zlib => "zlib",
        }
    }
}

impl Codec {
    /// The name CPython's messages use.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(Order::Little) => "utf-16-le",
            Codec::Utf16(Order::Big) => "utf-16-be",
            Codec::Utf16(Order::Bom) => "utf-16",
            Codec::Utf32(Order::Little) => "utf-32-le",
            Codec::Utf32(Order::Big) => "utf-32-be",
            Codec::Utf32(Order::Bom) => "utf-32",
            Codec::Idna => "idna",
            Codec::Punycode => "punycode",
            Codec::Utf8Sig => "utf-8",
            Codec::UnicodeEscape => "unicodeescape",
            Codec::RawUnicodeEscape => "rawunicodeescape",
            Codec::Charmap(_) => "charmap",
            Codec::Transform(t) => t.name(),
        }
    }
    /// The name `codecs.lookup(name).name` gives.
    pub(crate) fn info_name(self) -> &'static str {
        match self {
            Codec::Latin1 => "iso8859-1",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::UnicodeEscape => "unicode-escape",
            Codec::RawUnicodeEscape => "raw-unicode-escape",
            Codec::Charmap(i) => codec_charmap_tables::CHARMAPS
                .get(usize::from(i))
                .map_or("charmap", |c| c.name),
            c => c.name(),
        }
    }
    /// The first code point the codec cannot encode.
    fn limit(self) -> u32 {
        match self {
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
            _ => 0x11_0000,
        }
    }
}

/// The result of looking an encoding name up.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Lookup {
    Found(Codec),
    /// A codec CPython has and pyrite does not implement (its normalised name).
    Unsupported(String),
    Unknown,
}

/// CPython's `encodings.normalize_encoding` after the lookup's lower-casing: runs of characters
/// other than ASCII alphanumerics and `.` become one `_`, with none at either end.
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c);
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// Looks an encoding name up as CPython's codec registry does.
pub(crate) fn lookup(name: &str) -> Lookup {
    let norm = normalize(name);
    let dotted = norm.replace('.', "_");
    for n in [&norm, &dotted] {
        if let Some(&(_, c)) = codec_names::SUPPORTED.iter().find(|(k, _)| k == n) {
            return Lookup::Found(c);
        }
        if codec_names::UNSUPPORTED.contains(&n.as_str()) {
            return Lookup::Unsupported(n.clone());
        }
    }
    Lookup::Unknown
}

/// How much of `b` a UTF-8 decoder that expects more input decodes now: all but an
/// incomplete (so far valid) sequence at the end.
fn utf8_complete(b: &[u8]) -> usize {
    for k in 1..=3.min(b.len()) {
        let tail = b.get(b.len() - k..).unwrap_or_default();
        if let Err(e) = std::str::from_utf8(tail)
            && e.valid_up_to() == 0
            && e.error_len().is_none()
        {
            return b.len() - k;
        }
    }
    b.len()
}

/// How much of `b` a UTF-16/32 decoder that expects more input decodes now: whole units,
/// less a UTF-16 high surrogate at the end; nothing while a mark may still be coming.
fn wide_complete(b: &[u8], codec: Codec, unit: usize) -> usize {
    if matches!(codec, Codec::Utf16(Order::Bom) | Codec::Utf32(Order::Bom)) && b.len() < unit {
        return 0;
    }
    let n = b.len() - b.len() % unit;
    if unit == 2 && n >= 2 {
        let big = match codec {
            Codec::Utf16(Order::Big) => true,
            Codec::Utf16(Order::Bom) => {
                b.starts_with(&[0xfe, 0xff]) || (NATIVE == Order::Big && !b.starts_with(&[0xff, 0xfe]))
            }
            _ => false,
        };
        let hi = if big { b.get(n - 2) } else { b.get(n - 1) };
        if hi.is_some_and(|&h| (0xd8..0xdc).contains(&h)) {
            return n - 2;
        }
    }
    n
}

/// `s` in UTF-16 or UTF-32 in `order`; `Order::Bom` writes a mark, then the machine's order.
/// Encoded a metered chunk of `s` at a time (a quarter of `TEXT_CHUNK`: the output is up to
/// four times as long), as a pass over `s`.
fn encode_wide(vm: &mut Vm, s: &str, codec: Codec, order: Order) -> PyResult<Vec<u8>> {
    let wide32 = matches!(codec, Codec::Utf32(_));
    let mut out = vm.reserved(s.len().saturating_mul(if wide32 { 4 } else { 2 }).saturating_add(4))?;
    let order = match order {
        Order::Bom => {
            let mark: &[u8] = match (wide32, NATIVE) {
                (false, Order::Big) => &[0xfe, 0xff],
                (false, _) => &[0xff, 0xfe],
                (true, Order::Big) => &[0, 0, 0xfe, 0xff],
                (true, _) => &[0xff, 0xfe, 0, 0],
            };
            out.extend_from_slice(mark);
            NATIVE
        }
        o => o,
    };
    let mut push = |v: u32, width: usize| {
        let be = v.to_be_bytes();
        let bytes = be.get(4usize.saturating_sub(width)..).unwrap_or_default();
        if order == Order::Big {
            out.extend_from_slice(bytes);
        } else {
            out.extend(bytes.iter().rev());
        }
    };
    let p = Pass::with_chunk(s.len(), TEXT_CHUNK / 4);
    vm.text_pass_in(
        p,
        |i| crate::runtime::work_meter::char_floor(s, i),
        |r| {
            let part = s.get(r).unwrap_or_default();
            if wide32 {
                part.chars().for_each(|c| push(c as u32, 4));
            } else {
                let mut units = [0u16; 2];
                for c in part.chars() {
                    for &u in c.encode_utf16(&mut units).iter() {
                        push(u as u32, 2);
                    }
                }
            }
            std::ops::ControlFlow::<()>::Continue(())
        },
    )?;
    Ok(out)
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh` for a code point.
fn backslash_escape(out: &mut String, cp: u32) {
    if cp < 0x100 {
        out.push_str(&format!("\\x{cp:02x}"));
    } else if cp < 0x10000 {
        out.push_str(&format!("\\u{cp:04x}"));
    } else {
        out.push_str(&format!("\\U{cp:08x}"));
    }
}

impl Vm {
    pub(crate) fn codec_of(&mut self, encoding: &str) -> PyResult<Codec> {
        match lookup(encoding) {
            Lookup::Found(c) => Ok(c),
            Lookup::Unsupported(n) => Err(self.not_implemented(format!("the '{n}' codec is not supported"))),
            Lookup::Unknown => {
                let c = self.types.LookupError;
                Err(self.raise_msg(c, format!("unknown encoding: {encoding}")))
            }
        }
    }

    /// `s.encode(encoding, errors)`.
    pub(crate) fn encode_str(&mut self, s: &str, encoding: &str, errors: Option<&str>) -> PyResult<Vec<u8>> {
        let codec = self.codec_of(encoding)?;
        self.encode_with(codec, s, errors)
            .map_err(|t| self.wrap_codec_error(t, codec, "encoding", encoding))
    }

    /// CPython runs the codecs without a C fast path (the charmaps, `utf-8-sig`, the escape
    /// codecs) through the codec registry, which re-raises a plain exception of the codec or
    /// its error handler as `T("encoding with 'x' codec failed (T: msg)")`, the original its
    /// `__cause__`; `codecs.encode`/`codecs.decode` do the same in `py/codecs.py`.
    fn wrap_codec_error(
        &mut self,
        t: crate::interp::Throw,
        codec: Codec,
        verb: &str,
        encoding: &str,
    ) -> crate::interp::Throw {
        if !matches!(
            codec,
            Codec::Charmap(_) | Codec::Utf8Sig | Codec::UnicodeEscape | Codec::RawUnicodeEscape
        ) {
            return t;
        }
        let crate::interp::Throw::Exception = t else { return t };
        let exc = self.exc;
        let Some(eo) = exc.downcast::<ExceptionObj>() else {
            return t;
        };
        let ty = &self.types;
        let plain = [
            ty.TypeError,
            ty.LookupError,
            ty.KeyError,
            ty.IndexError,
            ty.ValueError,
            ty.AttributeError,
            ty.RuntimeError,
        ];
        let nargs = eo.args.get().downcast::<TupleObj>().map_or(0, |a| a.items.len());
        if !plain.contains(&eo.class) || nargs > 1 {
            return t;
        }
        let cls = eo.class;
        let Ok(text) = self.str_value(exc) else { return t };
        let text = self.str_of(text);
        let name = crate::runtime::types::type_name(self, exc);
        let m = self.new_str(&format!("{verb} with '{encoding}' codec failed ({name}: {text})"));
        let args = self.new_tuple_from(&[m]);
        let e = self.new_exception_obj(cls, args);
        if let Some(w) = e.downcast::<ExceptionObj>() {
            w.cause.set(exc);
            w.suppress_context.set(true);
        }
        self.throw(e)
    }

    /// `s` encoded by `codec`.
    pub(crate) fn encode_with(&mut self, codec: Codec, s: &str, errors: Option<&str>) -> PyResult<Vec<u8>> {
        match codec {
            Codec::Idna | Codec::Punycode => self.encode_idna(codec, s, errors),
            // Every code point of a pyrite str (never a lone surrogate) has a UTF-16/32 form.
            Codec::Utf16(order) | Codec::Utf32(order) => encode_wide(self, s, codec, order),
            // A pyrite str is always valid UTF-8 (no lone surrogates): a copy, a metered chunk
            // at a time.
            Codec::Utf8 => self.copy_out(b"", s.as_bytes()),
            Codec::Utf8Sig => self.copy_out(b"\xef\xbb\xbf", s.as_bytes()),
            Codec::UnicodeEscape => self.encode_escape(s, false),
            Codec::RawUnicodeEscape => self.encode_escape(s, true),
            Codec::Transform(_) => Err(self.not_text_encoding(codec, "encode")),
            Codec::Ascii | Codec::Latin1 if self.is_ascii_metered(s.as_bytes())? => self.copy_out(b"", s.as_bytes()),
            Codec::Ascii | Codec::Latin1 => {
                let limit = codec.limit();
                let reason = format!("ordinal not in range({limit})");
                self.encode_narrow(codec, s, errors, &reason, &|c| {
                    u8::try_from(c as u32).ok().filter(|&b| u32::from(b) < limit)
                })
            }
            Codec::Charmap(i) => {
                let map = codec_charmap::encoder(i);
                self.encode_narrow(codec, s, errors, "character maps to <undefined>", &|c| map(c))
            }
        }
    }

    /// `head` then `body`, copied a metered chunk at a time.
    fn copy_out(&mut self, head: &[u8], body: &[u8]) -> PyResult<Vec<u8>> {
        let mut out = self.reserved(head.len() + body.len())?;
        out.extend_from_slice(head);
        self.extend_metered(&mut out, body)?;
        Ok(out)
    }

    /// Whether `b` is ASCII, checked a metered chunk at a time.
    pub(crate) fn is_ascii_metered(&mut self, b: &[u8]) -> PyResult<bool> {
        let other = self.bytes_pass(b.len(), |r| {
            if b.get(r).unwrap_or_default().is_ascii() {
                std::ops::ControlFlow::Continue(())
            } else {
                std::ops::ControlFlow::Break(())
            }
        })?;
        Ok(other.is_none())
    }

    /// CPython's `LookupError` for `str.encode`/`bytes.decode` with a codec that is not a text
    /// encoding (`'hex' is not a text encoding; use codecs.decode() to handle arbitrary codecs`).
    pub(crate) fn not_text_encoding(&mut self, codec: Codec, verb: &str) -> crate::interp::Throw {
        let name = match codec {
            Codec::Transform(Transform::Rot13) => "rot13",
            c => c.info_name(),
        };
        let c = self.types.LookupError;
        let msg = format!("'{name}' is not a text encoding; use codecs.{verb}() to handle arbitrary codecs");
        self.raise_msg(c, msg)
    }

    /// A single-byte encoder: `map` gives a character's byte; runs of characters it has none
    /// for go to the `errors` handler, whose text is encoded by `map` in turn (a character of
    /// it without a byte raises the original error, as CPython).
    // The scan keeps `i < end <= chars.len()`: both are advanced only under a test against
    // the length.
    #[allow(clippy::indexing_slicing)]
    fn encode_narrow(
        &mut self,
        codec: Codec,
        s: &str,
        errors: Option<&str>,
        reason: &str,
        map: &dyn Fn(char) -> Option<u8>,
    ) -> PyResult<Vec<u8>> {
        let long = s.len() > TEXT_CHUNK;
        let chars: Vec<char> = if long {
            // Collected a metered chunk at a time, then encoded a metered chunk at a time.
            let mut chars = self.reserved(s.len())?;
            self.str_pass(s, |r| {
                chars.extend(s.get(r).unwrap_or_default().chars());
                std::ops::ControlFlow::<()>::Continue(())
            })?;
            chars
        } else {
            self.charge_text(s.len())?;
            s.chars().collect()
        };
        let mut p = Pass::new(if long { chars.len() } else { 0 });
        let mut out = Vec::with_capacity(chars.len());
        let mut i = 0;
        while i < chars.len() {
            self.pass_to(&mut p, i + 1)?;
            let c = chars[i];
            if let Some(b) = map(c) {
                out.push(b);
                i += 1;
                continue;
            }
            let mut end = i + 1;
            while end < chars.len() && map(chars[end]).is_none() {
                end += 1;
            }
            let (repl, next) = self.encode_error_step(codec, s, &chars, (i, end), reason, errors)?;
            match repl {
                codec_errors::Replacement::Bytes(b) => out.extend_from_slice(&b),
                codec_errors::Replacement::Text(t) => {
                    for c in t.chars() {
                        match map(c) {
                            Some(b) => out.push(b),
                            None => return Err(self.encode_error(codec, s, i, end, reason)),
                        }
                    }
                }
            }
            self.charge_text(end - i)?;
            i = next;
        }
        Ok(out)
    }

    /// `b.decode(encoding, errors)`.
    pub(crate) fn decode_bytes(&mut self, b: &[u8], encoding: &str, errors: Option<&str>) -> PyResult<String> {
        let codec = self.codec_of(encoding)?;
        match self.decode_with(codec, b, errors, true) {
            Ok((text, _)) => Ok(text),
            Err(t) => Err(self.wrap_codec_error(t, codec, "decoding", encoding)),
        }
    }

    /// `b` decoded by `codec`, and how many bytes that consumed: all of them when `last`,
    /// else up to an incomplete sequence at the end, which an incremental decoder keeps for
    /// its next input.
    pub(crate) fn decode_with(
        &mut self,
        codec: Codec,
        b: &[u8],
        errors: Option<&str>,
        last: bool,
    ) -> PyResult<(String, usize)> {
        match codec {
            Codec::Idna | Codec::Punycode => Ok((self.decode_idna(codec, b, errors)?, b.len())),
            Codec::Utf16(_) | Codec::Utf32(_) => {
                let unit = if matches!(codec, Codec::Utf32(_)) { 4 } else { 2 };
                let n = if last { b.len() } else { wide_complete(b, codec, unit) };
                let b = b.get(..n).unwrap_or_default();
                // CPython runs these codecs through Python-level wrappers, so an unknown handler
                // comes out wrapped in a message naming the codec.
                if let (Some(name), None) = (errors, codec_errors::builtin_handler(errors))
                    && self.registered_handler(name).is_none()
                {
                    let wide = self.decode_wide(b, codec, Some("strict"));
                    if wide.is_err() {
                        let c = self.types.LookupError;
                        let msg = format!(
                            "decoding with '{}' codec failed (LookupError: unknown error handler name '{name}')",
                            codec.name()
                        );
                        return Err(self.raise_msg(c, msg));
                    }
                    return Ok((wide?, n));
                }
                Ok((self.decode_wide(b, codec, errors)?, n))
            }
            Codec::Utf8 => {
                let n = if last { b.len() } else { utf8_complete(b) };
                let b = b.get(..n).unwrap_or_default();
                Ok((self.decode_utf8(Codec::Utf8, b, errors)?, n))
            }
            Codec::Utf8Sig => {
                let body = b.strip_prefix(b"\xef\xbb\xbf");
                if body.is_none() && !last && b"\xef\xbb\xbf".starts_with(b) {
                    // Perhaps the start of a mark: wait for more.
                    return Ok((String::new(), 0));
                }
                let skip = if body.is_some() { 3 } else { 0 };
                let rest = body.unwrap_or(b);
                let n = if last { rest.len() } else { utf8_complete(rest) };
                let rest = rest.get(..n).unwrap_or_default();
                Ok((self.decode_utf8(Codec::Utf8Sig, rest, errors)?, skip + n))
            }
            Codec::UnicodeEscape | Codec::RawUnicodeEscape => self.decode_escape(codec, b, errors, last),
            Codec::Transform(_) => Err(self.not_text_encoding(codec, "decode")),
            _ if b.len() <= TEXT_CHUNK && b.is_ascii() && !matches!(codec, Codec::Charmap(_)) => {
                // The 8-bit codecs decode ASCII as itself.
                Ok((b.iter().map(|&c| c as char).collect(), b.len()))
            }
            Codec::Latin1 => {
                // A metered chunk at a time (the output is up to twice as long).
                let mut out = self.reserved_text(b.len().saturating_mul(2))?;
                self.bytes_pass(b.len(), |r| {
                    let part = b.get(r).unwrap_or_default();
                    out.extend(part.iter().map(|&c| c as char));
                    std::ops::ControlFlow::<()>::Continue(())
                })?;
                Ok((out, b.len()))
            }
            Codec::Ascii => {
                // Metered as a pass over `b` (one compare a byte unless a chunk's charge is
                // due); errors at their global positions.
                let mut p = Pass::new(b.len());
                let mut out = self.reserved_text(b.len())?;
                let mut i = 0;
                while let Some(&c) = b.get(i) {
                    self.pass_to(&mut p, i + 1)?;
                    if c < 0x80 {
                        out.push(c as char);
                        i += 1;
                    } else {
                        i =
                            self.decode_error_step(codec, b, i, i + 1, "ordinal not in range(128)", errors, &mut out)?;
                    }
                }
                Ok((out, b.len()))
            }
            Codec::Charmap(t) => {
                let mut p = Pass::new(b.len());
                let table = codec_charmap::decoder(t);
                let mut out = self.reserved_text(b.len())?;
                let mut i = 0;
                while let Some(&c) = b.get(i) {
                    self.pass_to(&mut p, i + 1)?;
                    match table.get(usize::from(c)) {
                        Some(&ch) if ch != '\u{fffe}' => {
                            out.push(ch);
                            i += 1;
                        }
                        _ => {
                            let reason = "character maps to <undefined>";
                            i = self.decode_error_step(codec, b, i, i + 1, reason, errors, &mut out)?;
                        }
                    }
                }
                Ok((out, b.len()))
            }
        }
    }

    /// UTF-8 with CPython's error reasons, under the name `codec` (for `utf-8-sig`).
    /// Validated and copied a metered chunk (`TEXT_CHUNK`) at a time: a chunk that ends inside
    /// a sequence keeps its valid part and the next one starts at the sequence.
    fn decode_utf8(&mut self, codec: Codec, b: &[u8], errors: Option<&str>) -> PyResult<String> {
        use crate::runtime::work_meter::{Pass, TEXT_CHUNK};
        let mut out = String::with_capacity(b.len());
        let mut pass = Pass::new(b.len());
        let mut pos = 0usize;
        loop {
            let end = pos.saturating_add(TEXT_CHUNK).min(b.len());
            self.pass_to(&mut pass, end)?;
            let rest = b.get(pos..end).unwrap_or_default();
            match std::str::from_utf8(rest) {
                Ok(s) => {
                    out.push_str(s);
                    if end == b.len() {
                        return Ok(out);
                    }
                    pos = end;
                }
                // Cut inside a sequence by the chunk's end (a chunk is longer than any
                // sequence, so some of it is valid): the next chunk starts at the sequence.
                Err(e) if e.error_len().is_none() && end < b.len() && e.valid_up_to() > 0 => {
                    let good = e.valid_up_to();
                    if let Ok(prefix) = std::str::from_utf8(rest.get(..good).unwrap_or_default()) {
                        out.push_str(prefix);
                    }
                    pos += good;
                }
                Err(e) => {
                    let good = e.valid_up_to();
                    // The prefix is valid UTF-8 (`valid_up_to`), so this always succeeds.
                    if let Ok(prefix) = std::str::from_utf8(rest.get(..good).unwrap_or_default()) {
                        out.push_str(prefix);
                    }
                    let start = pos + good;
                    let (end, reason) = match e.error_len() {
                        None => (b.len(), "unexpected end of data"),
                        Some(n) => {
                            let lead = b.get(start).copied().unwrap_or(0);
                            let reason = if n == 1 && !(0xc2..=0xf4).contains(&lead) {
                                "invalid start byte"
                            } else {
                                "invalid continuation byte"
                            };
                            (start + n, reason)
                        }
                    };
                    self.charge_text(end - pos)?;
                    pos = self.decode_error_step(codec, b, start, end, reason, errors, &mut out)?;
                }
            }
        }
    }

    /// `b.decode()` for UTF-16 and UTF-32, with CPython's error reasons and positions (counted
    /// from the start of `b`, mark included) and the order's name in its messages.
    fn decode_wide(&mut self, b: &[u8], codec: Codec, errors: Option<&str>) -> PyResult<String> {
        let wide32 = matches!(codec, Codec::Utf32(_));
        let (order, mut pos) = match codec {
            Codec::Utf16(Order::Bom) => match b {
                [0xff, 0xfe, ..] => (Order::Little, 2),
                [0xfe, 0xff, ..] => (Order::Big, 2),
                _ => (NATIVE, 0),
            },
            Codec::Utf32(Order::Bom) => match b {
                [0xff, 0xfe, 0, 0, ..] => (Order::Little, 4),
                [0, 0, 0xfe, 0xff, ..] => (Order::Big, 4),
                _ => (NATIVE, 0),
            },
            Codec::Utf16(o) | Codec::Utf32(o) => (o, 0),
            _ => return Err(self.system_error("decode_wide of a narrow codec")),
        };
        let codec = if wide32 {
            Codec::Utf32(order)
        } else {
            Codec::Utf16(order)
        };
        let unit = if wide32 { 4 } else { 2 };
        // Callers check that `unit` bytes remain at `at`.
        let read = |at: usize| -> u32 {
            let bytes = b.get(at..at + unit).unwrap_or_default();
            let push = |v: u32, &byte: &u8| (v << 8) | byte as u32;
            if order == Order::Big {
                bytes.iter().fold(0, push)
            } else {
                bytes.iter().rev().fold(0, push)
            }
        };
        // Metered as a pass over `b` (a compare a unit unless a chunk's charge is due): a
        // surrogate pair or an error is read whole wherever the chunks fall.
        let mut p = Pass::new(b.len());
        let mut out = self.reserved_text(b.len() / unit)?;
        while pos < b.len() {
            self.pass_to(&mut p, pos + 1)?;
            if b.len() - pos < unit {
                pos = self.decode_error_step(codec, b, pos, b.len(), "truncated data", errors, &mut out)?;
                continue;
            }
            let u = read(pos);
            if wide32 {
                // `from_u32` refuses exactly the values past 0x10ffff and the surrogates.
                let reason = match char::from_u32(u) {
                    Some(c) => {
                        out.push(c);
                        pos += 4;
                        continue;
                    }
                    None if u >= 0x11_0000 => "code point not in range(0x110000)",
                    None => "code point in surrogate code point range(0xd800, 0xe000)",
                };
                pos = self.decode_error_step(codec, b, pos, pos + 4, reason, errors, &mut out)?;
                continue;
            }
            // A 16-bit unit is a scalar value exactly when it is not a surrogate.
            if let Some(c) = char::from_u32(u) {
                out.push(c);
                pos += 2;
            } else if u >= 0xdc00 {
                pos = self.decode_error_step(codec, b, pos, pos + 2, "illegal encoding", errors, &mut out)?;
            } else if b.len() - pos < 4 {
                // A high surrogate without room for its pair: everything left is the error.
                pos = self.decode_error_step(codec, b, pos, b.len(), "unexpected end of data", errors, &mut out)?;
            } else {
                let low = read(pos + 2);
                // A high and a low surrogate always pair into a scalar value.
                if (0xdc00..0xe000).contains(&low)
                    && let Some(c) = char::from_u32(0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00))
                {
                    out.push(c);
                    pos += 4;
                } else {
                    pos =
                        self.decode_error_step(codec, b, pos, pos + 2, "illegal UTF-16 surrogate", errors, &mut out)?;
                }
            }
        }
        Ok(out)
    }

    /// A `UnicodeDecodeError` with CPython's args and attributes.
    fn decode_error(&mut self, codec: Codec, b: &[u8], start: usize, end: usize, reason: &str) -> crate::interp::Throw {
        match self.decode_error_obj(codec, b, start, end, reason) {
            Ok(e) => self.throw(e),
            Err(stopped) => stopped,
        }
    }

    /// The error's `object` is a copy of the whole input, made a metered chunk at a time (a
    /// charge that trips stops the codec with the limit instead).
    fn decode_error_obj(&mut self, codec: Codec, b: &[u8], start: usize, end: usize, reason: &str) -> PyResult<Value> {
        let mut copy = self.reserved(b.len())?;
        self.extend_metered(&mut copy, b)?;
        let obj = self.new_bytes(copy);
        let cls = self.types.UnicodeDecodeError;
        Ok(self.unicode_error(cls, codec, obj, start, end, reason))
    }

    /// A `UnicodeEncodeError` for the code points `start..end` of `s`.
    fn encode_error(&mut self, codec: Codec, s: &str, start: usize, end: usize, reason: &str) -> crate::interp::Throw {
        match self.encode_error_obj(codec, s, start, end, reason) {
            Ok(e) => self.throw(e),
            Err(stopped) => stopped,
        }
    }

    /// The error's `object` is a copy of the whole input, copied and counted a metered chunk
    /// at a time.
    fn encode_error_obj(&mut self, codec: Codec, s: &str, start: usize, end: usize, reason: &str) -> PyResult<Value> {
        let obj = self.new_str_metered(s)?;
        let cls = self.types.UnicodeEncodeError;
        Ok(self.unicode_error(cls, codec, obj, start, end, reason))
    }

    fn unicode_error(&mut self, cls: Value, codec: Codec, obj: Value, start: usize, end: usize, reason: &str) -> Value {
        let enc = self.new_str(codec.name());
        let reason_v = self.new_str(reason);
        let (start_v, end_v) = (self.new_i64(start as i64), self.new_i64(end as i64));
        let args = self.new_tuple_from(&[enc, obj, start_v, end_v, reason_v]);
        let e = self.new_exception_obj(cls, args);
        self.init_unicode_error(e);
        e
    }

    /// For `UnicodeDecodeError(...)`/`UnicodeEncodeError(...)`: checks CPython's five
    /// arguments (`Ok(true)`); `Ok(false)` for other classes.
    pub(crate) fn check_unicode_error_args(&mut self, cls: Value, args: &[Value]) -> PyResult<bool> {
        let t = &self.types;
        let decode = is_subclass(cls, t.UnicodeDecodeError);
        if !decode && !is_subclass(cls, t.UnicodeEncodeError) {
            return Ok(false);
        }
        let &[encoding, object, start, end, reason] = args else {
            let msg = format!("function takes exactly 5 arguments ({} given)", args.len());
            return Err(self.type_error(msg));
        };
        for (i, a) in [(0, encoding), (4, reason)] {
            if a.downcast::<StrObj>().is_none() {
                let msg = format!(
                    "argument {} must be str, not {}",
                    i + 1,
                    crate::runtime::types::type_name(self, a)
                );
                return Err(self.type_error(msg));
            }
        }
        if decode {
            self.need_buffer(object)?;
        } else if object.downcast::<StrObj>().is_none() {
            let msg = format!(
                "argument 2 must be str, not {}",
                crate::runtime::types::type_name(self, object)
            );
            return Err(self.type_error(msg));
        }
        for i in [start, end] {
            if self.index_big(i)?.is_none() {
                let msg = format!(
                    "'{}' object cannot be interpreted as an integer",
                    crate::runtime::types::type_name(self, i)
                );
                return Err(self.type_error(msg));
            }
        }
        Ok(true)
    }

    /// Sets the attributes of a new `UnicodeDecodeError`/`UnicodeEncodeError` from its
    /// (checked) arguments, with a bytes-like object stored as bytes, as CPython does.
    pub(crate) fn init_unicode_error(&mut self, e: Value) {
        let Some(eo) = e.downcast::<ExceptionObj>() else { return };
        // Every exception made goes through here: one check for the common case first.
        if !is_subclass(eo.class, self.types.UnicodeError) {
            return;
        }
        let t = &self.types;
        let decode = is_subclass(eo.class, t.UnicodeDecodeError);
        if !decode && !is_subclass(eo.class, t.UnicodeEncodeError) {
            return;
        }
        let Some(args) = eo.args.get().downcast::<TupleObj>() else {
            return;
        };
        let mut items = args.items.to_vec();
        if items.len() != 5 {
            return;
        }
        if decode
            && let Some(&object) = items.get(1)
            && object.downcast::<BytesObj>().is_none()
        {
            let b = self.buffer_of(object).ok().flatten().unwrap_or_default();
            let bytes = self.new_bytes(b);
            if let Some(slot) = items.get_mut(1) {
                *slot = bytes;
            }
        }
        let dict = self.exception_dict(eo);
        for (name, v) in ["encoding", "object", "start", "end", "reason"].into_iter().zip(items) {
            let k = self.intern(name);
            // A dict with string keys: setting cannot fail.
            let _ = self.dict_set(dict, k, v);
        }
    }

    /// `str(e)` for a `UnicodeDecodeError`/`UnicodeEncodeError` made with CPython's five
    /// arguments; `None` for other exceptions.
    pub(crate) fn unicode_error_str(&mut self, e: &ExceptionObj) -> Option<String> {
        let t = &self.types;
        let decode = is_subclass(e.class, t.UnicodeDecodeError);
        if !decode && !is_subclass(e.class, t.UnicodeEncodeError) {
            return None;
        }
        let args = e.args.get().downcast::<TupleObj>()?;
        let items: Vec<Value> = args.items.to_vec();
        let &[encoding, object, start, end, reason] = items.as_slice() else {
            return None;
        };
        let enc = self.str_of(encoding);
        let (start, end) = (self.as_i64(start)?, self.as_i64(end)?);
        let reason = self.str_of(reason);
        if decode {
            let b = crate::runtime::bytes::with_buffer(object, |b| b.to_vec())?;
            if end == start + 1 {
                let byte = b.get(usize::try_from(start).ok()?)?;
                return Some(format!(
                    "'{enc}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}"
                ));
            }
            return Some(format!(
                "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
                end - 1
            ));
        }
        let s = object.downcast::<StrObj>()?;
        if end == start + 1 {
            let c = s.as_str().chars().nth(usize::try_from(start).ok()?)?;
            let mut esc = String::new();
            backslash_escape(&mut esc, c as u32);
            return Some(format!(
                "'{enc}' codec can't encode character '{esc}' in position {start}: {reason}"
            ));
        }
        Some(format!(
            "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        ))
    }
}

/// `str(object, encoding, errors)` with at least one of the last two (or any keyword).
pub(crate) fn ctor_str_decode(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() > 3 {
        let msg = format!("str() takes at most 3 arguments ({} given)", args.len() + kw.len());
        return Err(vm.type_error(msg));
    }
    let mut slots = [args.first().copied(), args.get(1).copied(), args.get(2).copied()];
    for &(k, v) in kw {
        let ks = vm.str_of(k);
        let i = match ks.as_str() {
            "object" => 0,
            "encoding" => 1,
            "errors" => 2,
            _ => {
                let msg = format!("'{ks}' is an invalid keyword argument for str()");
                return Err(vm.type_error(msg));
            }
        };
        let Some(slot) = slots.get_mut(i) else {
            continue;
        };
        if slot.is_some() {
            let msg = format!("argument for str() given by name ('{ks}') and position ({})", i + 1);
            return Err(vm.type_error(msg));
        }
        *slot = Some(v);
    }
    let [obj, encoding, errors] = slots;
    let encoding = match encoding {
        Some(e) => Some(vm.str_arg(e, "str", "encoding", 2)?),
        None => None,
    };
    let errors = match errors {
        Some(e) => Some(vm.str_arg(e, "str", "errors", 3)?),
        None => None,
    };
    let Some(obj) = obj else {
        return Ok(vm.empty_str);
    };
    if encoding.is_none() && errors.is_none() {
        return vm.str_value(obj);
    }
    // A view a simple buffer request refuses is reported as the wrong type.
    let Some(data) = vm.contiguous_buffer_of(obj)? else {
        if vm.unwrap_payload(obj).downcast::<StrObj>().is_some() {
            return Err(vm.type_error("decoding str is not supported"));
        }
        let msg = format!(
            "decoding to str: need a bytes-like object, {} found",
            crate::runtime::types::type_name(vm, obj)
        );
        return Err(vm.type_error(msg));
    };
    let s = vm.decode_bytes(&data, encoding.as_deref().unwrap_or("utf-8"), errors.as_deref())?;
    vm.new_string_metered(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codec_names_normalise_as_cpython() {
        assert_eq!(lookup("UTF-8"), Lookup::Found(Codec::Utf8));
        assert_eq!(lookup(" utf8 "), Lookup::Found(Codec::Utf8));
        assert_eq!(lookup("Utf--8"), Lookup::Found(Codec::Utf8));
        assert_eq!(lookup("u8"), Lookup::Found(Codec::Utf8));
        assert_eq!(lookup("Latin 1"), Lookup::Found(Codec::Latin1));
        assert_eq!(lookup("ISO-8859-1"), Lookup::Found(Codec::Latin1));
        assert_eq!(lookup("US_ASCII"), Lookup::Found(Codec::Ascii));
        assert_eq!(lookup("u-8"), Lookup::Unknown);
        assert_eq!(lookup("ascii.x"), Lookup::Unknown);
        assert_eq!(lookup("utf-16"), Lookup::Found(Codec::Utf16(Order::Bom)));
        assert_eq!(lookup("UTF-32BE"), Lookup::Found(Codec::Utf32(Order::Big)));
        assert!(matches!(lookup("windows-1252"), Lookup::Found(Codec::Charmap(_))));
        assert_eq!(lookup("UTF-8-SIG"), Lookup::Found(Codec::Utf8Sig));
        assert_eq!(lookup("big5"), Lookup::Unsupported("big5".into()));
        assert_eq!(lookup("cp875"), Lookup::Unsupported("cp875".into()));
    }
}
