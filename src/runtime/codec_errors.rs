//! The `errors=` handlers of the codecs: the built-in ones (strict, ignore, replace,
//! backslashreplace, xmlcharrefreplace, namereplace and the surrogate pair), and handlers a
//! script registers with `codecs.register_error`, kept in the `codecs` module's
//! `_error_handlers` dict (so nothing is registered before `codecs` is imported). A registered
//! handler is called with a real `UnicodeEncodeError`/`UnicodeDecodeError` and returns
//! `(replacement, newpos)`, checked as CPython checks it.

use super::{Codec, backslash_escape};
use crate::interp::{PyResult, Vm};
use crate::runtime::object::*;
use crate::runtime::value::Value;

/// The `errors=` handlers.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
    SurrogateEscape,
    SurrogatePass,
    /// A handler registered by a script (a callable).
    Custom(Value),
}

/// The built-in handler named `name`.
pub(super) fn builtin_handler(name: Option<&str>) -> Option<Handler> {
    Some(match name.unwrap_or("strict") {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "namereplace" => Handler::NameReplace,
        "surrogateescape" => Handler::SurrogateEscape,
        "surrogatepass" => Handler::SurrogatePass,
        _ => return None,
    })
}

/// What an encoding handler puts in place of the unencodable characters.
pub(super) enum Replacement {
    /// Text, encoded by the codec itself.
    Text(String),
    /// Bytes, copied to the output (from a registered handler only).
    Bytes(Vec<u8>),
}

impl Vm {
    /// The handler a script registered under `name`, if `codecs` has been imported.
    pub(crate) fn registered_handler(&mut self, name: &str) -> Option<Value> {
        let module = self.cached_module("codecs")?;
        let dict = crate::runtime::builtins_module::module_dict(self, module)?.downcast::<DictObj>()?;
        let key = self.intern("_error_handlers");
        let handlers = crate::runtime::dict::get_str(dict, key)?.downcast::<DictObj>()?;
        let k = self.new_str(name);
        crate::runtime::dict::get_str(handlers, k)
    }

    /// The handler `errors` names, else CPython's `LookupError`.
    pub(crate) fn handler_of(&mut self, errors: Option<&str>) -> PyResult<Handler> {
        if let Some(h) = builtin_handler(errors) {
            return Ok(h);
        }
        let name = errors.unwrap_or("");
        if let Some(f) = self.registered_handler(name) {
            return Ok(Handler::Custom(f));
        }
        let c = self.types.LookupError;
        Err(self.raise_msg(c, format!("unknown error handler name '{name}'")))
    }

    /// Calls a registered handler with `exc` and checks its `(replacement, newpos)`: the
    /// replacement (a str, or for encoding also bytes; a subclass's instance as its payload)
    /// and `newpos` resolved against `len`.
    fn call_handler(&mut self, f: Value, exc: Value, decode: bool, len: usize) -> PyResult<(Value, usize)> {
        let r = self.call_function(f, &[exc])?;
        let pair = r
            .downcast::<TupleObj>()
            .map(|t| t.items.to_vec())
            .filter(|items| items.len() == 2);
        let ok = |v: Value| v.downcast::<StrObj>().is_some() || (!decode && v.downcast::<BytesObj>().is_some());
        let Some([repl, pos]) = pair.as_deref().map(|p| [p.first().copied(), p.get(1).copied()]) else {
            return Err(self.handler_type_error(decode));
        };
        let (Some(repl), Some(pos)) = (repl, pos) else {
            return Err(self.handler_type_error(decode));
        };
        // CPython's `PyUnicode_Check`/`PyBytes_Check`: an instance of a subclass is read as
        // its str or bytes.
        let repl = self.unwrap_payload(repl);
        if !ok(repl) {
            return Err(self.handler_type_error(decode));
        }
        // `repl` needs no root across `pos.__index__`: `index_big` calls it under a pin
        // (`call_function`), so nothing moves and nothing born before it (`repl`) is freed
        // (src/gc/mod.rs, rules 1-2). Reading `pos` first would change which error CPython's
        // `"Un"`-format parse reports first. Test: stdlib/codecs/handler_position_index_collects.
        let Some(n) = self.index_big(pos)? else {
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                crate::runtime::types::type_name(self, pos)
            );
            return Err(self.type_error(msg));
        };
        let n = i64::try_from(n).unwrap_or(i64::MAX);
        let resolved = if n < 0 { n.saturating_add(len as i64) } else { n };
        match usize::try_from(resolved).ok().filter(|&p| p <= len) {
            Some(p) => Ok((repl, p)),
            None => Err(self.index_error(format!("position {resolved} from error handler out of bounds"))),
        }
    }

    fn handler_type_error(&mut self, decode: bool) -> crate::interp::Throw {
        self.type_error(if decode {
            "decoding error handler must return (str, int) tuple"
        } else {
            "encoding error handler must return (str/bytes, int) tuple"
        })
    }

    /// Handles the unencodable characters `chars[start..end]` of `s`: the replacement and
    /// the position to resume at.
    pub(super) fn encode_error_step(
        &mut self,
        codec: Codec,
        s: &str,
        chars: &[char],
        (start, end): (usize, usize),
        reason: &str,
        errors: Option<&str>,
    ) -> PyResult<(Replacement, usize)> {
        let bad = chars.get(start..end).unwrap_or_default();
        let mut text = String::new();
        match self.handler_of(errors)? {
            Handler::Strict | Handler::SurrogateEscape | Handler::SurrogatePass => {
                return Err(self.encode_error(codec, s, start, end, reason));
            }
            Handler::Ignore => {}
            Handler::Replace => text.extend(std::iter::repeat_n('?', end - start)),
            Handler::BackslashReplace => bad.iter().for_each(|&c| backslash_escape(&mut text, c as u32)),
            Handler::XmlCharRefReplace => bad.iter().for_each(|&c| text.push_str(&format!("&#{};", c as u32))),
            Handler::NameReplace => {
                for &c in bad {
                    match crate::stdlib::unicodedata::char_name(c as u32) {
                        Some(n) => text.push_str(&format!("\\N{{{n}}}")),
                        None => backslash_escape(&mut text, c as u32),
                    }
                }
            }
            Handler::Custom(f) => {
                let exc = self.encode_error_obj(codec, s, start, end, reason)?;
                let (repl, pos) = self.call_handler(f, exc, false, chars.len())?;
                // A bytes (or a bytes subclass's payload: `call_handler` accepts nothing else
                // but a str), read as the bytes object it is.
                if let Some(b) = repl.downcast::<BytesObj>() {
                    return Ok((Replacement::Bytes(b.data.to_vec()), pos));
                }
                return Ok((Replacement::Text(self.str_of(repl)), pos));
            }
        }
        Ok((Replacement::Text(text), end))
    }

    /// Applies the `errors` handler to the undecodable bytes `b[start..end]`: appends the
    /// replacement to `out` and returns the position to resume at.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn decode_error_step(
        &mut self,
        codec: Codec,
        b: &[u8],
        start: usize,
        end: usize,
        reason: &str,
        errors: Option<&str>,
        out: &mut String,
    ) -> PyResult<usize> {
        match self.handler_of(errors)? {
            Handler::Strict => Err(self.decode_error(codec, b, start, end, reason)),
            Handler::Ignore => Ok(end),
            Handler::Replace => {
                out.push('\u{fffd}');
                Ok(end)
            }
            Handler::BackslashReplace => {
                for &c in b.get(start..end).unwrap_or_default() {
                    backslash_escape(out, c as u32);
                }
                Ok(end)
            }
            Handler::XmlCharRefReplace | Handler::NameReplace => {
                Err(self.type_error("don't know how to handle UnicodeDecodeError in error callback"))
            }
            Handler::SurrogatePass
                if matches!(codec, Codec::Utf8 | Codec::Utf8Sig)
                    && b.get(start) == Some(&0xed)
                    && b.get(start + 1).is_some_and(|c| (0xa0..0xc0).contains(c)) =>
            {
                Err(self.not_implemented("decoding surrogates with 'surrogatepass' is not supported"))
            }
            Handler::SurrogatePass if matches!(codec, Codec::Utf16(_) | Codec::Utf32(_)) && end - start >= 2 => {
                Err(self.not_implemented("decoding surrogates with 'surrogatepass' is not supported"))
            }
            Handler::SurrogatePass => Err(self.decode_error(codec, b, start, end, reason)),
            Handler::SurrogateEscape => {
                Err(self.not_implemented("decoding undecodable bytes with 'surrogateescape' is not supported"))
            }
            Handler::Custom(f) => {
                let exc = self.decode_error_obj(codec, b, start, end, reason)?;
                let (repl, pos) = self.call_handler(f, exc, true, b.len())?;
                out.push_str(&self.str_of(repl));
                Ok(pos)
            }
        }
    }
}
