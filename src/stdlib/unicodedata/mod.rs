//! `unicodedata`: CPython 3.11's module over the Unicode 14.0.0 database (`data.rs`, with
//! tables generated from CPython's own module by `gen_tables.py`), with its argument errors.
//!
//! Names come from `unicode_names2` (a later Unicode), gated by the 14.0 data: a code point
//! has a name only where CPython's has one (a flag of its record), and `lookup` refuses the
//! aliases CPython 3.11 does not know (`tables::REFUSED_ALIASES`). Named sequences (`lookup`
//! only) are Unicode 14.0's list. `ucd_3_2_0` and `UCD` are not provided (refused by name);
//! the 3.2 normalization IDNA needs is [`data::Version::V3_2`].

pub(crate) mod data;
#[rustfmt::skip]
mod tables;
#[cfg(test)]
mod tests;

use crate::gc::Gc;
use crate::interp::{PyResult, Vm};
use crate::runtime::builtins::{check_args, no_kwargs};
use crate::runtime::bytes::is_buffer;
use crate::runtime::object::{BytesObj, DictObj, NativeFn, StrObj};
use crate::runtime::types::type_name;
use crate::runtime::value::Value;

type Kw<'a> = &'a [(Value, Value)];

/// Fills `unicodedata`'s namespace.
pub(super) fn init(vm: &mut Vm, dict: Gc<DictObj>) -> PyResult<()> {
    let natives: [(&'static str, NativeFn); 13] = [
        ("bidirectional", bidirectional),
        ("category", category),
        ("combining", combining),
        ("decimal", decimal),
        ("decomposition", decomposition),
        ("digit", digit),
        ("east_asian_width", east_asian_width),
        ("is_normalized", is_normalized),
        ("lookup", lookup),
        ("mirrored", mirrored),
        ("name", name),
        ("normalize", normalize),
        ("numeric", numeric),
    ];
    super::add_natives(vm, dict, &natives)?;
    let key = vm.intern("unidata_version");
    let v = vm.new_str("14.0.0");
    vm.dict_set(dict, key, v)
}

/// The text of a str argument (a str subclass instance included).
fn str_of(vm: &mut Vm, v: Value) -> Option<String> {
    if let Some(s) = v.downcast::<StrObj>() {
        return Some(s.as_str().to_string());
    }
    vm.payload_of(v)
        .and_then(|p| p.downcast::<StrObj>())
        .map(|s| s.as_str().to_string())
}

/// CPython's name for an argument's type in argument errors (`None` for None).
fn arg_type(vm: &Vm, v: Value) -> String {
    if v.is_none() {
        "None".to_string()
    } else {
        type_name(vm, v)
    }
}

/// The one character of argument `v`, else CPython's TypeError (`what` is
/// `"category() argument"` or `"name() argument 1"`).
fn one_char(vm: &mut Vm, v: Value, what: &str) -> PyResult<u32> {
    if let Some(s) = str_of(vm, v) {
        let mut it = s.chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            return Ok(c as u32);
        }
    }
    let msg = format!("{what} must be a unicode character, not {}", arg_type(vm, v));
    Err(vm.type_error(msg))
}

/// The character of a one-argument function.
fn single(vm: &mut Vm, fname: &str, args: &[Value], kw: Kw) -> PyResult<u32> {
    no_kwargs(vm, &format!("unicodedata.{fname}"), kw)?;
    check_args(vm, &format!("unicodedata.{fname}"), args, 1, 1)?;
    let v = args.first().copied().unwrap_or(Value::NONE);
    one_char(vm, v, &format!("{fname}() argument"))
}

/// The character and the default of `name`/`decimal`/`digit`/`numeric`.
fn with_default(vm: &mut Vm, fname: &str, args: &[Value], kw: Kw) -> PyResult<(u32, Option<Value>)> {
    no_kwargs(vm, &format!("unicodedata.{fname}"), kw)?;
    check_args(vm, fname, args, 1, 2)?;
    let v = args.first().copied().unwrap_or(Value::NONE);
    let c = one_char(vm, v, &format!("{fname}() argument 1"))?;
    Ok((c, args.get(1).copied()))
}

fn category(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let c = single(vm, "category", args, kw)?;
    Ok(vm.new_str(data::category(c)))
}

fn bidirectional(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let c = single(vm, "bidirectional", args, kw)?;
    let r = data::record(c);
    Ok(vm.new_str(
        tables::BIDIRECTIONAL
            .get(r.bidirectional as usize)
            .copied()
            .unwrap_or(""),
    ))
}

fn combining(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let c = single(vm, "combining", args, kw)?;
    Ok(Value::inline_int(i64::from(data::combining(c))))
}

fn east_asian_width(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let c = single(vm, "east_asian_width", args, kw)?;
    let r = data::record(c);
    Ok(vm.new_str(
        tables::EAST_ASIAN_WIDTH
            .get(r.east_asian_width as usize)
            .copied()
            .unwrap_or("N"),
    ))
}

fn mirrored(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let c = single(vm, "mirrored", args, kw)?;
    Ok(Value::inline_int(i64::from(data::record(c).mirrored)))
}

/// `decomposition`'s text: the tag, then each code point in at least four hex digits.
fn decomposition_text(c: u32) -> String {
    let Some((tag, parts)) = data::decomposition(c) else {
        return String::new();
    };
    let mut out = tag.to_string();
    for p in parts {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&format!("{p:04X}"));
    }
    out
}

fn decomposition(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let c = single(vm, "decomposition", args, kw)?;
    Ok(vm.new_string(decomposition_text(c)))
}

/// The value, else the default, else `ValueError(msg)`.
fn or_default(vm: &mut Vm, v: Option<Value>, default: Option<Value>, msg: &str) -> PyResult<Value> {
    match (v, default) {
        (Some(v), _) | (None, Some(v)) => Ok(v),
        (None, None) => Err(vm.value_error(msg)),
    }
}

fn decimal(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (c, default) = with_default(vm, "decimal", args, kw)?;
    let v = data::record(c).decimal.map(|d| Value::inline_int(i64::from(d)));
    or_default(vm, v, default, "not a decimal")
}

fn digit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (c, default) = with_default(vm, "digit", args, kw)?;
    let v = data::record(c).digit.map(|d| Value::inline_int(i64::from(d)));
    or_default(vm, v, default, "not a digit")
}

fn numeric(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (c, default) = with_default(vm, "numeric", args, kw)?;
    let v = data::record(c).numeric.map(Value::float);
    or_default(vm, v, default, "not a numeric character")
}

/// The name CPython 3.11 gives `c`, if any.
pub(crate) fn char_name(c: u32) -> Option<String> {
    if !data::record(c).has_name {
        return None;
    }
    char::from_u32(c).and_then(unicode_names2::name).map(|n| n.to_string())
}

fn name(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (c, default) = with_default(vm, "name", args, kw)?;
    let v = char_name(c).map(|n| vm.new_string(n));
    or_default(vm, v, default, "no such name")
}

/// The longest name `lookup` looks up (CPython's `NAME_MAXLEN`), in bytes.
const NAME_MAXLEN: usize = 256;

/// What `lookup` finds for `name`: a character's name or alias, or a named sequence.
/// Whether CPython 3.11 names `c` (unicode_names2, of a later Unicode, names more).
pub(crate) fn named_in_14(c: char) -> bool {
    data::record(c as u32).has_name
}

/// Whether `alias` (upper case), an alias unicode_names2 knows for `c`, is one CPython 3.11
/// knows: of a character assigned in Unicode 14.0, and not added since.
pub(crate) fn alias_in_14(c: char, alias: &str) -> bool {
    data::record(c as u32).category != 0 && !tables::REFUSED_ALIASES.contains(&alias)
}

pub(crate) fn lookup_name(name: &str) -> Option<Vec<u32>> {
    if let Some(c) = crate::syntax::literals::char_by_name(name) {
        return Some(vec![c as u32]);
    }
    let upper = name.to_ascii_uppercase();
    tables::NAMED_SEQUENCES
        .binary_search_by(|(n, _)| n.cmp(&upper.as_str()))
        .ok()
        .and_then(|i| tables::NAMED_SEQUENCES.get(i))
        .map(|(_, seq)| seq.to_vec())
}

fn lookup(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "unicodedata.lookup", kw)?;
    check_args(vm, "unicodedata.lookup", args, 1, 1)?;
    let v = args.first().copied().unwrap_or(Value::NONE);
    // CPython's `s#`: a str's UTF-8, or the bytes of a bytes object (or of a subclass's
    // instance); any other buffer (a bytearray, a memoryview of any layout) is refused
    // before it is read. A name past `NAME_MAXLEN` bytes is refused before it is copied.
    let arg = vm.unwrap_payload(v);
    let (text, data) = (arg.downcast::<StrObj>(), arg.downcast::<BytesObj>());
    let name: Option<&[u8]> = match (&text, &data) {
        (Some(s), _) => Some(s.as_str().as_bytes()),
        (None, Some(b)) => Some(&b.data),
        (None, None) => None,
    };
    let bytes = match name {
        Some(n) if n.len() > NAME_MAXLEN => {
            let k = vm.new_str("name too long");
            return Err(vm.key_error(k));
        }
        Some(n) => n.to_vec(),
        None if is_buffer(arg) => {
            let msg = format!(
                "lookup() argument must be read-only bytes-like object, not {}",
                arg_type(vm, v)
            );
            return Err(vm.type_error(msg));
        }
        None => {
            let msg = format!("a bytes-like object is required, not '{}'", type_name(vm, v));
            return Err(vm.type_error(msg));
        }
    };
    let text = String::from_utf8_lossy(&bytes).into_owned();
    match lookup_name(&text) {
        Some(cps) => {
            let s: String = cps.iter().filter_map(|&c| char::from_u32(c)).collect();
            vm.new_string_metered(s)
        }
        None => {
            let k = vm.new_string(format!("undefined character name '{text}'"));
            Err(vm.key_error(k))
        }
    }
}

/// The form and the text of `normalize`/`is_normalized`.
fn form_args(vm: &mut Vm, fname: &str, args: &[Value], kw: Kw) -> PyResult<(data::Form, String)> {
    no_kwargs(vm, &format!("unicodedata.{fname}"), kw)?;
    check_args(vm, fname, args, 2, 2)?;
    let mut texts = Vec::with_capacity(2);
    for (i, &v) in args.iter().enumerate() {
        match str_of(vm, v) {
            Some(s) => texts.push(s),
            None => {
                let msg = format!("{fname}() argument {} must be str, not {}", i + 1, arg_type(vm, v));
                return Err(vm.type_error(msg));
            }
        }
    }
    let mut texts = texts.into_iter();
    let (form, text) = (texts.next().unwrap_or_default(), texts.next().unwrap_or_default());
    let form = match form.as_str() {
        "NFC" => data::Form::Nfc,
        "NFD" => data::Form::Nfd,
        "NFKC" => data::Form::Nfkc,
        "NFKD" => data::Form::Nfkd,
        _ => return Err(vm.value_error("invalid normalization form")),
    };
    Ok((form, text))
}

/// Charges the work of normalizing `cps` and the memory its result is built in (outside the
/// heap: a code point vector and a `String`), so a huge expansion ends at the limits.
pub(crate) fn charge_normalize(vm: &mut Vm, cps: &[u32], form: data::Form, version: data::Version) -> PyResult<()> {
    let compat = matches!(form, data::Form::Nfkc | data::Form::Nfkd);
    let mut n = 0usize;
    // In slices, so a huge argument meets the limits (fuel, deadline, memory) early.
    for chunk in cps.chunks(4096) {
        n = n.saturating_add(data::decomposed_len(chunk, compat, version));
        vm.charge_holding((chunk.len() * 8) as u64, n.saturating_mul(8))?;
    }
    Ok(())
}

/// `s` in normalization form `form` (charged).
pub(crate) fn normalize_str(vm: &mut Vm, s: &str, form: data::Form, version: data::Version) -> PyResult<String> {
    let cps: Vec<u32> = s.chars().map(|c| c as u32).collect();
    charge_normalize(vm, &cps, form, version)?;
    Ok(data::normalize(&cps, form, version)
        .into_iter()
        .filter_map(char::from_u32)
        .collect())
}

fn normalize(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (form, text) = form_args(vm, "normalize", args, kw)?;
    // The copy of the text and its code points, held outside the heap.
    vm.charge_holding(text.len() as u64, text.len().saturating_mul(5))?;
    let cps: Vec<u32> = text.chars().map(|c| c as u32).collect();
    if data::quick_yes(&cps, form)
        && let Some(&v) = args.get(1)
    {
        // CPython returns the argument itself (a str subclass instance included).
        return Ok(v);
    }
    let out = normalize_str(vm, &text, form, data::Version::V14)?;
    vm.new_string_metered(out)
}

fn is_normalized(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (form, text) = form_args(vm, "is_normalized", args, kw)?;
    let out = normalize_str(vm, &text, form, data::Version::V14)?;
    Ok(Value::bool(out == text))
}

/// The properties of one code point, as `gen_tables.py` writes them from CPython's module
/// for the sweep test (`tests.rs`).
#[cfg(test)]
pub(crate) fn sweep_line(cp: u32) -> String {
    let r = data::record(cp);
    let opt = |v: Option<u8>| v.map_or("-".to_string(), |d| d.to_string());
    let num = r.numeric.map_or("-".to_string(), crate::runtime::num::float_repr);
    let bidi = tables::BIDIRECTIONAL
        .get(r.bidirectional as usize)
        .copied()
        .unwrap_or("");
    let eaw = tables::EAST_ASIAN_WIDTH
        .get(r.east_asian_width as usize)
        .copied()
        .unwrap_or("");
    let mut norm = String::new();
    if char::from_u32(cp).is_some() {
        for (form, version) in [
            (data::Form::Nfc, data::Version::V14),
            (data::Form::Nfd, data::Version::V14),
            (data::Form::Nfkc, data::Version::V14),
            (data::Form::Nfkd, data::Version::V14),
            (data::Form::Nfkc, data::Version::V3_2),
        ] {
            let n = data::normalize(&[cp], form, version);
            if n != [cp] {
                let hex: Vec<String> = n.iter().map(|c| format!("{c:x}")).collect();
                norm.push_str(&hex.join(" "));
            }
            norm.push(';');
        }
    }
    format!(
        "{cp:x};{};{bidi};{};{eaw};{};{};{};{num};{};{};{norm}\n",
        data::category(cp),
        r.combining,
        u8::from(r.mirrored),
        opt(r.decimal),
        opt(r.digit),
        decomposition_text(cp),
        char_name(cp).unwrap_or_default(),
    )
}
