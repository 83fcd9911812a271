//! `bytes % args` (PEP 461): the printf-style format of a bytes or bytearray object. The format
//! is read by `fmt::PercentScanner` over its Latin-1 reading (each byte one char), and the
//! numeric conversions are `fmt`'s; what differs from `str % args` is here: `%s`/`%b` take a
//! bytes-like object or `__bytes__`, `%r`/`%a` give `ascii(x)`, `%c` takes an int in
//! `range(256)` or one byte, and mapping keys are bytes.

use crate::interp::{PyResult, Vm};
use crate::runtime::fmt::{self, PercentStep};
use crate::runtime::num;
use crate::runtime::object::*;
use crate::runtime::ops::is_user_object;
use crate::runtime::types::type_name;
use crate::runtime::value::Value;

/// Bytes as the Latin-1 text of the same code points.
fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

/// Text whose chars are all below U+0100 back to bytes (numbers and padding produce only
/// those; anything else is a bug upstream and is replaced by `?`).
fn unlatin1(s: &str) -> Vec<u8> {
    s.chars().map(|c| u8::try_from(c as u32).unwrap_or(b'?')).collect()
}

impl Vm {
    /// The bytes `%s`/`%b` insert for `v`.
    fn percent_bytes_arg(&mut self, v: Value) -> PyResult<Vec<u8>> {
        // Any buffer (`PyBUF_FULL_RO`): a strided view's bytes gathered.
        if let Some(b) = self.buffer_of_any(v)? {
            return Ok(b);
        }
        if is_user_object(v)
            && let Some(m) = self.lookup_special(v, "__bytes__")
        {
            let r = self.call_function(m, &[v])?;
            return match r.downcast::<BytesObj>() {
                Some(b) => Ok(b.data.to_vec()),
                None => {
                    let msg = format!("__bytes__ returned non-bytes (type {})", type_name(self, r));
                    Err(self.type_error(msg))
                }
            };
        }
        let msg = format!(
            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
            type_name(self, v)
        );
        Err(self.type_error(msg))
    }

    /// `fmt % args` for a bytes format.
    pub(crate) fn bytes_percent_format(&mut self, fmt_bytes: &[u8], args: Value) -> PyResult<Vec<u8>> {
        let text = latin1(fmt_bytes);
        let mut sc = fmt::PercentScanner::new(&text, true);
        let mut args = self.percent_args(args, true);
        let mut out: Vec<u8> = Vec::new();
        while let Some(step) = sc.next_step() {
            if let PercentStep::Literal(s) = step {
                self.check_size(out.len().saturating_add(s.len()))?;
                out.extend(unlatin1(s));
                continue;
            }
            let (spec, v) = self.percent_conversion(&mut sc, &mut args, |vm, k| vm.new_bytes(unlatin1(k)))?;
            let piece: String = match spec.conv {
                's' | 'b' => {
                    let b = self.percent_bytes_arg(v)?;
                    {
                        let r = fmt::percent_pad_str(&latin1(&b), &spec, &mut self.fmt_meter());
                        r.map_err(|e| self.num_error(e))?
                    }
                }
                'r' | 'a' => {
                    let s = self.repr(v)?;
                    let a = self.escape_non_ascii_metered(&s)?;
                    {
                        let r = fmt::percent_pad_str(&a, &spec, &mut self.fmt_meter());
                        r.map_err(|e| self.num_error(e))?
                    }
                }
                'c' => {
                    let bytes = v.downcast::<BytesObj>().is_some() || v.downcast::<ByteArrayObj>().is_some();
                    let byte = if bytes && let Some(b) = self.buffer_of(v)? {
                        let &[byte] = b.as_slice() else {
                            return Err(self.type_error("%c requires an integer in range(256) or a single byte"));
                        };
                        byte
                    } else if let Some(i) = self.index_big(v)? {
                        match u8::try_from(&i) {
                            Ok(b) => b,
                            Err(_) => return Err(self.overflow_error("%c arg not in range(256)")),
                        }
                    } else {
                        return Err(self.type_error("%c requires an integer in range(256) or a single byte"));
                    };
                    {
                        let r = fmt::percent_pad_str(&latin1(&[byte]), &spec, &mut self.fmt_meter());
                        r.map_err(|e| self.num_error(e))?
                    }
                }
                'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                    let v = self.unwrap_payload(v);
                    let i = if let Some(i) = self.as_bigint(v) {
                        i
                    } else if v.is_float() && matches!(spec.conv, 'd' | 'i' | 'u') {
                        num::f64_to_int(v.as_float().trunc()).map_err(|e| self.num_error(e))?
                    } else if let Some(i) = self.index_big(v)?.filter(|_| !matches!(spec.conv, 'd' | 'i' | 'u')) {
                        i
                    } else {
                        let msg = if matches!(spec.conv, 'd' | 'i' | 'u') {
                            // CPython's bytes formatting reports `%i` as `%d`.
                            let shown = if spec.conv == 'i' { 'd' } else { spec.conv };
                            format!("%{shown} format: a real number is required, not {}", type_name(self, v))
                        } else {
                            format!(
                                "%{} format: an integer is required, not {}",
                                spec.conv,
                                type_name(self, v)
                            )
                        };
                        return Err(self.type_error(msg));
                    };
                    {
                        let limit = self.int_to_decimal_limit(&i)?;
                        let r = fmt::percent_format_int(
                            &i,
                            &spec,
                            self.heap.max_object_bytes,
                            limit,
                            &mut self.fmt_meter(),
                        );
                        r.map_err(|e| self.num_error(e))?
                    }
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    let v = self.unwrap_payload(v);
                    let f = if v.is_float() {
                        v.as_float()
                    } else if let Some(i) = self.as_bigint(v) {
                        num::int_to_f64(&i).map_err(|e| self.num_error(e))?
                    } else {
                        let msg = format!("float argument required, not {}", type_name(self, v));
                        return Err(self.type_error(msg));
                    };
                    {
                        let r = fmt::percent_format_float(f, &spec, &mut self.fmt_meter());
                        r.map_err(|e| self.num_error(e))?
                    }
                }
                other => {
                    let msg = format!("unsupported format character '{other}'");
                    return Err(self.value_error(msg));
                }
            };
            self.check_size(out.len().saturating_add(piece.len()))?;
            if out.try_reserve(piece.len()).is_err() {
                return Err(self.memory_error());
            }
            if piece.len() <= crate::runtime::work_meter::TEXT_CHUNK {
                out.extend(unlatin1(&piece));
            } else {
                // A wide padding: converted a metered chunk at a time.
                self.str_pass(&piece, |r| {
                    out.extend(unlatin1(piece.get(r).unwrap_or_default()));
                    std::ops::ControlFlow::<()>::Continue(())
                })?;
            }
        }
        args.check_all_converted(self, "bytes")?;
        Ok(out)
    }
}
