//! Escaping and copying a long text a metered chunk at a time: `repr` of a str, `ascii()`'s
//! escaping of a repr, and the copy of a str a conversion hands back (`to_str`, a user
//! `__str__`'s or `__repr__`'s result). A text of at most a chunk takes the plain one-step
//! path after a single length compare; a longer one is charged a chunk of input at a time
//! (`work_meter`'s chunked passes), so a deadline stops it within a chunk.

use crate::interp::{PyResult, Vm};
use crate::runtime::repr::{escape_non_ascii, escape_non_ascii_into};
use crate::runtime::strops::{repr_quote, str_repr, str_repr_into};
use crate::runtime::work_meter::{Pass, TEXT_CHUNK, char_floor};

/// Input bytes escaped per charge: escaping looks up each char's printability and may write
/// ten bytes for one, several times slower per byte than a scan.
const ESCAPE_CHUNK: usize = TEXT_CHUNK / 8;

impl Vm {
    /// `repr(s)` of a str, a metered chunk at a time past one chunk.
    pub(crate) fn str_repr_metered(&mut self, s: &str) -> PyResult<String> {
        if s.len() <= TEXT_CHUNK {
            return Ok(str_repr(s));
        }
        self.long_str_repr(s)
    }

    #[cold]
    #[inline(never)]
    fn long_str_repr(&mut self, s: &str) -> PyResult<String> {
        // The quote: a pass looking for both quote marks (it stops once it has seen both).
        let (mut single, mut double) = (false, false);
        self.bytes_pass(s.len(), |r| {
            let part = s.as_bytes().get(r).unwrap_or_default();
            single = single || memchr::memchr(b'\'', part).is_some();
            double = double || memchr::memchr(b'"', part).is_some();
            if single && double {
                std::ops::ControlFlow::Break(())
            } else {
                std::ops::ControlFlow::Continue(())
            }
        })?;
        let quote = repr_quote(single, double);
        let mut out = self.reserved_text(s.len().saturating_add(2))?;
        out.push(quote);
        self.text_pass_in(
            Pass::with_chunk(s.len(), ESCAPE_CHUNK),
            |i| char_floor(s, i),
            |r| {
                str_repr_into(&mut out, s.get(r).unwrap_or_default(), quote);
                std::ops::ControlFlow::<()>::Continue(())
            },
        )?;
        out.push(quote);
        Ok(out)
    }

    /// `ascii()`'s escaping of a repr (`repr::escape_non_ascii`), a metered chunk at a time
    /// past one chunk.
    pub(crate) fn escape_non_ascii_metered(&mut self, s: &str) -> PyResult<String> {
        if s.len() <= TEXT_CHUNK {
            return Ok(escape_non_ascii(s));
        }
        self.long_escape_non_ascii(s)
    }

    #[cold]
    #[inline(never)]
    fn long_escape_non_ascii(&mut self, s: &str) -> PyResult<String> {
        let mut out = self.reserved_text(s.len())?;
        self.text_pass_in(
            Pass::with_chunk(s.len(), ESCAPE_CHUNK),
            |i| char_floor(s, i),
            |r| {
                escape_non_ascii_into(&mut out, s.get(r).unwrap_or_default());
                std::ops::ControlFlow::<()>::Continue(())
            },
        )?;
        Ok(out)
    }

    /// A copy of `s` (a str a conversion returns), a metered chunk at a time past one chunk.
    pub(crate) fn copy_text_metered(&mut self, s: &str) -> PyResult<String> {
        if s.len() <= TEXT_CHUNK {
            return Ok(s.to_string());
        }
        let mut out = self.reserved_text(s.len())?;
        self.push_str_metered(&mut out, s)?;
        Ok(out)
    }
}
