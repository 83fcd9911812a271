//! Operators on values: arithmetic, comparison, equality, hashing, truth.

use std::cmp::Ordering;

use dashu_int::IBig;

use crate::gc::Gc;
use crate::interp::bytecode::{BinOpKind, CmpKind, Op};
use crate::interp::stack_guard::RecursionSite;
use crate::interp::{PyResult, Vm};
use crate::runtime::num::{self, PowResult};
use crate::runtime::object::*;
use crate::runtime::types::{isinstance, type_name, type_of};
use crate::runtime::value::Value;
use crate::runtime::{hash, table};

/// A numeric operand.
pub(crate) enum Num {
    Int(IBig),
    Float(f64),
}

impl Vm {
    /// The value as an integer, if it is an int or bool.
    #[inline]
    pub(crate) fn as_bigint(&self, v: Value) -> Option<IBig> {
        if v.is_int() {
            Some(IBig::from(v.as_inline_int()))
        } else if v.is_bool() {
            Some(IBig::from((v == Value::TRUE) as i64))
        } else {
            v.downcast::<BigIntObj>().map(|b| b.v.clone())
        }
    }

    /// The value as an i64 if it is an int/bool that fits.
    #[inline]
    pub(crate) fn as_i64(&self, v: Value) -> Option<i64> {
        if v.is_int() {
            Some(v.as_inline_int())
        } else if v.is_bool() {
            Some((v == Value::TRUE) as i64)
        } else {
            v.downcast::<BigIntObj>().and_then(|b| i64::try_from(&b.v).ok())
        }
    }

    pub(crate) fn is_int_like(&self, v: Value) -> bool {
        v.is_int() || v.is_bool() || v.downcast::<BigIntObj>().is_some()
    }

    fn as_num(&self, v: Value) -> Option<Num> {
        if v.is_float() {
            Some(Num::Float(v.as_float()))
        } else {
            self.as_bigint(v).map(Num::Int)
        }
    }

    fn num_to_f64(&mut self, n: &Num) -> PyResult<f64> {
        match n {
            Num::Float(f) => Ok(*f),
            Num::Int(i) => num::int_to_f64(i).map_err(|e| self.num_error(e)),
        }
    }

    /// `x op y` for any values.
    pub(crate) fn binary_op(&mut self, kind: BinOpKind, x: Value, y: Value) -> PyResult<Value> {
        if kind == BinOpKind::MatMul {
            // No built-in type implements `@`.
            if let Some(v) = self.dunder_binary(kind, x, y)? {
                return Ok(v);
            }
            return Err(self.binop_type_error(kind, x, y));
        }
        if x.is_bool() && y.is_bool() && matches!(kind, BinOpKind::BitAnd | BinOpKind::BitOr | BinOpKind::BitXor) {
            let (p, q) = (x == Value::TRUE, y == Value::TRUE);
            return Ok(Value::bool(match kind {
                BinOpKind::BitAnd => p & q,
                BinOpKind::BitOr => p | q,
                _ => p ^ q,
            }));
        }
        if let (Some(a), Some(b)) = (self.as_i64(x), self.as_i64(y))
            && let Some(r) = self.i64_op(kind, a, b)?
        {
            return Ok(r);
        }
        if let (Some(a), Some(b)) = (self.as_num(x), self.as_num(y)) {
            return self.numeric_op(kind, a, b);
        }
        if let Some(v) = self.sequence_op(kind, x, y)? {
            return Ok(v);
        }
        // User-defined operators.
        if let Some(v) = self.dunder_binary(kind, x, y)? {
            return Ok(v);
        }
        // `int | None`: a `types.UnionType` (runtime::classes::generic).
        if kind == BinOpKind::BitOr
            && let Some(u) = self.union_or(x, y)?
        {
            return Ok(u);
        }
        // `seq * n` with `n` defining `__index__`.
        if kind == BinOpKind::Mul {
            let (seq, n) = if self.is_sequence(x) { (x, y) } else { (y, x) };
            if self.is_sequence(seq) && is_user_object(n) && self.lookup_special(n, "__index__").is_some() {
                let Some(i) = self.index_big(n)? else {
                    let msg = format!("can't multiply sequence by non-int of type '{}'", type_name(self, n));
                    return Err(self.type_error(msg));
                };
                if i64::try_from(&i).is_err() {
                    let msg = format!("cannot fit '{}' into an index-sized integer", type_name(self, n));
                    return Err(self.overflow_error(msg));
                }
                let i = self.new_int(i);
                return self.binary_op(kind, seq, i);
            }
        }
        // Instances of built-in subclasses without their own operator: the base's.
        let (px, py) = (self.payload_of(x), self.payload_of(y));
        if px.is_some() || py.is_some() {
            let (a, b) = (px.unwrap_or(x), py.unwrap_or(y));
            // Number slots report the operands' own types; sequence concatenation its base's.
            return match self.binary_op(kind, a, b) {
                Err(crate::interp::Throw::Exception)
                    if isinstance(self, self.exc, self.types.TypeError)
                        && self
                            .to_str(self.exc)
                            .is_ok_and(|m| m.starts_with("unsupported operand type(s) for ")) =>
                {
                    Err(self.binop_type_error(kind, x, y))
                }
                r => r,
            };
        }
        Err(self.binop_type_error(kind, x, y))
    }

    pub(crate) fn binop_type_error(&mut self, kind: BinOpKind, x: Value, y: Value) -> crate::interp::Throw {
        let (tx, ty) = (type_name(self, x), type_name(self, y));
        if kind == BinOpKind::Add
            && (x.downcast::<StrObj>().is_some()
                || x.downcast::<ListObj>().is_some()
                || x.downcast::<TupleObj>().is_some())
        {
            let msg = format!("can only concatenate {tx} (not \"{ty}\") to {tx}");
            return self.type_error(msg);
        }
        if kind == BinOpKind::Mul && (self.is_sequence(x) || self.is_sequence(y)) {
            let other = if self.is_sequence(x) { ty } else { tx };
            let msg = format!("can't multiply sequence by non-int of type '{other}'");
            return self.type_error(msg);
        }
        if kind == BinOpKind::Pow {
            let msg = format!("unsupported operand type(s) for ** or pow(): '{tx}' and '{ty}'");
            return self.type_error(msg);
        }
        let msg = format!("unsupported operand type(s) for {}: '{tx}' and '{ty}'", kind.symbol());
        self.type_error(msg)
    }

    fn is_sequence(&self, v: Value) -> bool {
        v.downcast::<StrObj>().is_some()
            || v.downcast::<ListObj>().is_some()
            || v.downcast::<TupleObj>().is_some()
            || v.downcast::<BytesObj>().is_some()
            || v.downcast::<ByteArrayObj>().is_some()
    }

    /// `x op= y`: lists, sets and dicts mutate in place; everything else is `x op y`.
    pub(crate) fn inplace_op(&mut self, kind: BinOpKind, x: Value, y: Value) -> PyResult<Value> {
        if let Some(r) = self.bytearray_inplace(kind, x, y)? {
            return Ok(r);
        }
        if let Some(l) = x.downcast::<ListObj>() {
            match kind {
                BinOpKind::Add => {
                    self.list_extend(x, y)?;
                    return Ok(x);
                }
                BinOpKind::Mul => {
                    if let Some(n) = self.as_i64(y) {
                        let items = l.to_vec();
                        let repeated = self.repeat_items(&items, n.max(0) as usize)?;
                        l.with_mut(|v| *v = repeated);
                        return Ok(x);
                    }
                }
                _ => {}
            }
        }
        if is_user_object(x) {
            let iname = format!("__i{}", &kind.dunder()[2..]);
            if let Some(m) = self.lookup_special(x, &iname) {
                let r = self.call_function(m, &[x, y])?;
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
            // A mutable built-in base updates in place; the instance is the result.
            if let Some(p) = self.payload_of(x)
                && (p.downcast::<ListObj>().is_some()
                    || p.downcast::<DictObj>().is_some()
                    || p.downcast::<ByteArrayObj>().is_some()
                    || p.downcast::<SetObj>().is_some_and(|s| !s.frozen))
                && self.lookup_special(x, kind.dunder()).is_none()
            {
                let r = self.inplace_op(kind, p, y)?;
                return Ok(if r == p { x } else { r });
            }
        }
        let y_base = self.unwrap_payload(y);
        if let Some(s) = x.downcast::<SetObj>()
            && !s.frozen
            && let Some(o) = y_base.downcast::<SetObj>()
            && matches!(
                kind,
                BinOpKind::BitOr | BinOpKind::BitAnd | BinOpKind::Sub | BinOpKind::BitXor
            )
        {
            // CPython's set_ior/set_iand/set_isub/set_ixor (runtime::methods::set).
            self.set_inplace(kind, s, o)?;
            return Ok(x);
        }
        if let Some(d) = x.downcast::<DictObj>()
            && kind == BinOpKind::BitOr
            && y_base.downcast::<DictObj>().is_some()
        {
            self.dict_update(d.value(), y_base, false)?;
            return Ok(x);
        }
        match self.binary_op(kind, x, y) {
            Err(crate::interp::Throw::Exception)
                if crate::runtime::types::isinstance(self, self.exc, self.types.TypeError)
                    && self
                        .to_str(self.exc)
                        .is_ok_and(|m| m.starts_with("unsupported operand type(s) for ")) =>
            {
                let msg = format!(
                    "unsupported operand type(s) for {}=: '{}' and '{}'",
                    kind.symbol(),
                    type_name(self, x),
                    type_name(self, y)
                );
                Err(self.type_error(msg))
            }
            other => other,
        }
    }

    /// Integer operators on machine ints; `None` when the result needs a big int.
    fn i64_op(&mut self, kind: BinOpKind, a: i64, b: i64) -> PyResult<Option<Value>> {
        use BinOpKind::*;
        let r = match kind {
            Add => a.checked_add(b),
            Sub => a.checked_sub(b),
            Mul => a.checked_mul(b),
            FloorDiv => num::i64_floordiv(a, b).map_err(|e| self.num_error(e))?,
            Mod => Some(num::i64_mod(a, b).map_err(|e| self.num_error(e))?),
            TrueDiv => {
                return num::i64_truediv(a, b)
                    .map(|f| Some(Value::float(f)))
                    .map_err(|e| self.num_error(e));
            }
            LShift => num::i64_shl(a, b).map_err(|e| self.num_error(e))?,
            RShift => Some(num::i64_shr(a, b).map_err(|e| self.num_error(e))?),
            BitAnd => Some(a & b),
            BitOr => Some(a | b),
            BitXor => Some(a ^ b),
            Pow => {
                if b < 0 {
                    None
                } else {
                    u32::try_from(b).ok().and_then(|e| a.checked_pow(e))
                }
            }
            MatMul => return Ok(None),
        };
        Ok(r.map(|v| self.new_i64(v)))
    }

    fn numeric_op(&mut self, kind: BinOpKind, a: Num, b: Num) -> PyResult<Value> {
        use BinOpKind::*;
        match (a, b) {
            (Num::Int(a), Num::Int(b)) => {
                // Big-int work is charged as fuel and split for the deadline (`bigwork`).
                let r = match kind {
                    Add | Sub => {
                        let words = a.as_sign_words().1.len().max(b.as_sign_words().1.len());
                        self.charge(crate::runtime::bigwork::linear_ticks(words))?;
                        if kind == Add { a + b } else { a - b }
                    }
                    Mul => self.int_mul(a, b)?,
                    TrueDiv => {
                        return num::int_truediv(&a, &b)
                            .map(Value::float)
                            .map_err(|e| self.num_error(e));
                    }
                    FloorDiv => self.int_floor_divmod(a, &b, "integer division or modulo by zero")?.0,
                    Mod => self.int_floor_divmod(a, &b, "integer modulo by zero")?.1,
                    Pow => match self.int_pow(&a, &b)? {
                        PowResult::Int(i) => i,
                        PowResult::Float(f) => return Ok(Value::float(f)),
                    },
                    LShift => {
                        let r = num::int_shl(&a, &b, self.max_int_bits()).map_err(|e| self.num_error(e))?;
                        self.charge(crate::runtime::bigwork::linear_ticks(r.as_sign_words().1.len()))?;
                        r
                    }
                    RShift => num::int_shr(&a, &b).map_err(|e| self.num_error(e))?,
                    BitAnd => num::int_and(&a, &b),
                    BitOr => num::int_or(&a, &b),
                    BitXor => num::int_xor(&a, &b),
                    MatMul => return Err(self.system_error("`@` reached the number operators")),
                };
                Ok(self.new_int(r))
            }
            (a, b) => {
                if matches!(kind, LShift | RShift | BitAnd | BitOr | BitXor) {
                    let x = self.num_value(&a);
                    let y = self.num_value(&b);
                    return Err(self.binop_type_error(kind, x, y));
                }
                let x = self.num_to_f64(&a)?;
                let y = self.num_to_f64(&b)?;
                let r = match kind {
                    Add => x + y,
                    Sub => x - y,
                    Mul => x * y,
                    TrueDiv => num::float_truediv(x, y).map_err(|e| self.num_error(e))?,
                    FloorDiv => num::float_floordiv(x, y).map_err(|e| self.num_error(e))?,
                    Mod => num::float_mod(x, y).map_err(|e| self.num_error(e))?,
                    Pow => num::float_pow(x, y).map_err(|e| self.num_error(e))?,
                    _ => return Err(self.system_error("an integer-only operator reached float arithmetic")),
                };
                Ok(Value::float(r))
            }
        }
    }

    fn num_value(&mut self, n: &Num) -> Value {
        match n {
            Num::Float(f) => Value::float(*f),
            Num::Int(i) => self.new_int(i.clone()),
        }
    }

    /// Built-in sequence/set/dict operators; `None` when the operand types do not apply.
    fn sequence_op(&mut self, kind: BinOpKind, x: Value, y: Value) -> PyResult<Option<Value>> {
        use BinOpKind::*;
        match kind {
            Add => {
                if let (Some(a), Some(b)) = (x.downcast::<StrObj>(), y.downcast::<StrObj>()) {
                    let total = a.s.len().saturating_add(b.s.len());
                    self.check_size(total)?;
                    let mut s = self.reserved_text(total)?;
                    // Copied a metered chunk at a time; the length in chars is known.
                    let mut p = crate::runtime::work_meter::Pass::new(total);
                    self.push_str_in(&mut p, &mut s, a.as_str())?;
                    self.push_str_in(&mut p, &mut s, b.as_str())?;
                    return Ok(Some(self.new_string_counted(s, a.char_len + b.char_len)));
                }
                if let (Some(a), Some(b)) = (x.downcast::<ListObj>(), y.downcast::<ListObj>()) {
                    let total = a.len().saturating_add(b.len());
                    self.check_new_size(total, std::mem::size_of::<Value>())?;
                    // Copied a metered chunk at a time (a tick per item, as before).
                    let mut v = self.reserved(total)?;
                    let mut p = crate::runtime::work_meter::Pass::new(total * std::mem::size_of::<Value>());
                    a.with(|items| self.extend_copy_in(&mut p, &mut v, items))?;
                    b.with(|items| self.extend_copy_in(&mut p, &mut v, items))?;
                    return Ok(Some(self.new_list(v)));
                }
                if let (Some(a), Some(b)) = (x.downcast::<TupleObj>(), y.downcast::<TupleObj>()) {
                    self.check_new_size(
                        a.items.len().saturating_add(b.items.len()),
                        std::mem::size_of::<Value>(),
                    )?;
                    let total = a.items.len() + b.items.len();
                    let mut v = self.reserved(total)?;
                    let mut p = crate::runtime::work_meter::Pass::new(total * std::mem::size_of::<Value>());
                    self.extend_copy_in::<Value>(&mut p, &mut v, &a.items)?;
                    self.extend_copy_in::<Value>(&mut p, &mut v, &b.items)?;
                    return Ok(Some(self.new_tuple(v)));
                }
            }
            Mul => {
                let (seq, n) = if self.is_int_like(y) {
                    (x, y)
                } else if self.is_int_like(x) {
                    (y, x)
                } else {
                    return Ok(None);
                };
                if !self.is_sequence(seq) {
                    return Ok(None);
                }
                let Some(count) = self.as_i64(n) else {
                    let msg = format!("cannot fit '{}' into an index-sized integer", type_name(self, n));
                    return Err(self.overflow_error(msg));
                };
                let count = count.max(0) as usize;
                // Immutable sequences repeated once are themselves (CPython returns the object).
                if count == 1 && (seq.downcast::<StrObj>().is_some() || seq.downcast::<TupleObj>().is_some()) {
                    return Ok(Some(seq));
                }
                if let Some(s) = seq.downcast::<StrObj>() {
                    let r = self.repeat_str(&s, count)?;
                    // The length is known (`repeat_str` checked it fits).
                    return Ok(Some(self.new_string_counted(r, s.char_len * count)));
                }
                if let Some(l) = seq.downcast::<ListObj>() {
                    // The items are read in place: repeating runs no script code.
                    let v = l.with(|items| self.repeat_items(items, count))?;
                    // Nothing ran since the items were read (repeating allocates no object).
                    return Ok(Some(l.with(|items| self.new_list_repeating(v, items))));
                }
                if let Some(t) = seq.downcast::<TupleObj>() {
                    let v = self.repeat_items(&t.items, count)?;
                    return self.new_tuple_bulk(v).map(Some);
                }
            }
            Mod => {
                if let Some(s) = x.downcast::<StrObj>() {
                    let fmt = s.as_str().to_string();
                    return self.percent_format(&fmt, y).map(Some);
                }
            }
            BitOr | BitAnd | Sub | BitXor => {
                if let (Some(a), Some(b)) = (x.downcast::<SetObj>(), y.downcast::<SetObj>()) {
                    return self.set_binary(kind, a, b).map(Some);
                }
                if let Some(v) = self.dictview_binop(kind, x, y)? {
                    return Ok(Some(v));
                }
                if kind == BitOr
                    && let (Some(a), Some(_)) = (x.downcast::<DictObj>(), y.downcast::<DictObj>())
                {
                    let d = self.new_dict();
                    self.dict_update(d.value(), a.value(), false)?;
                    self.dict_update(d.value(), y, false)?;
                    return Ok(Some(d.value()));
                }
            }
            _ => {}
        }
        self.bytes_binary_op(kind, x, y)
    }

    /// `items * count` (list or tuple repetition), as CPython's `list_repeat`: MemoryError when
    /// the result is too large, never an aborting allocation.
    fn repeat_items(&mut self, items: &[Value], count: usize) -> PyResult<Vec<Value>> {
        let total = items.len().checked_mul(count).filter(|&n| n <= isize::MAX as usize);
        let Some(total) = total else {
            return Err(self.memory_error());
        };
        self.check_new_size(total, std::mem::size_of::<Value>())?;
        let mut v = Vec::new();
        if total == 0 {
            // `[] * 2**62` must not loop 2**62 times.
            return Ok(v);
        }
        if v.try_reserve_exact(total).is_err() {
            return Err(self.memory_error());
        }
        // Copied once, then doubled, a metered chunk at a time (a tick per item in all).
        let mut p = crate::runtime::work_meter::Pass::new(total.saturating_mul(std::mem::size_of::<Value>()));
        self.extend_copy_in(&mut p, &mut v, items)?;
        while v.len() < total {
            let n = (total - v.len()).min(v.len());
            let chunk = crate::runtime::work_meter::items_per_chunk::<Value>();
            let mut done = 0;
            while done < n {
                let step = (n - done).min(chunk);
                self.pass_to(&mut p, (v.len() + step) * std::mem::size_of::<Value>())?;
                v.extend_from_within(done..done + step);
                done += step;
            }
        }
        Ok(v)
    }

    /// `s * count`, as CPython's `unicode_repeat`: OverflowError when the length passes
    /// `sys.maxsize`, MemoryError when the result is too large to build.
    fn repeat_str(&mut self, s: &StrObj, count: usize) -> PyResult<String> {
        if s.char_len.checked_mul(count).is_none_or(|n| n > isize::MAX as usize) {
            return Err(self.overflow_error("repeated string is too long"));
        }
        let bytes = s.s.len().saturating_mul(count);
        self.check_size(bytes)?;
        let mut out = Vec::new();
        if bytes == 0 {
            return Ok(String::new());
        }
        if out.try_reserve_exact(bytes).is_err() {
            return Err(self.memory_error());
        }
        self.repeat_into(&mut out, s.s.as_bytes(), bytes)?;
        // SAFETY: `out` is `count` copies of the UTF-8 text `s` (`repeat_into` copies whole
        // copies of it, then whole copies of its own prefix, whose length is a multiple of
        // `s`'s): UTF-8.
        Ok(unsafe { String::from_utf8_unchecked(out) })
    }

    /// Appends `unit` repeated to `total` bytes (a multiple of its length) to the empty `out`,
    /// as CPython's `_PyBytes_Repeat`: one byte is a fill, a longer unit is copied once and
    /// then doubled by copying what is built, each copy a metered chunk at a time (the
    /// charges add up to one pass over the result).
    pub(crate) fn repeat_into(&mut self, out: &mut Vec<u8>, unit: &[u8], total: usize) -> PyResult<()> {
        use crate::runtime::work_meter::{Pass, TEXT_CHUNK};
        let mut p = Pass::new(total);
        if let &[b] = unit {
            while out.len() < total {
                let n = (total - out.len()).min(TEXT_CHUNK);
                self.pass_to(&mut p, out.len() + n)?;
                out.resize(out.len() + n, b);
            }
            return Ok(());
        }
        if unit.is_empty() || total == 0 {
            return Ok(());
        }
        self.extend_in(&mut p, out, unit)?;
        while out.len() < total {
            // A whole number of units: the result keeps them whole.
            let n = (total - out.len()).min(out.len());
            let mut done = 0;
            while done < n {
                let step = (n - done).min(TEXT_CHUNK);
                self.pass_to(&mut p, out.len() + step)?;
                out.extend_from_within(done..done + step);
                done += step;
            }
        }
        Ok(())
    }

    fn set_binary(&mut self, kind: BinOpKind, a: Gc<SetObj>, b: Gc<SetObj>) -> PyResult<Value> {
        // CPython's set_or/set_and/set_sub/set_xor (runtime::methods::set).
        self.set_binop(kind, a, b)
    }

    /// Calls `__op__`/`__rop__` on user objects; `None` when neither applies. CPython's
    /// SLOT1BINFULL order: a right operand whose class is a proper subclass of the left's and
    /// overrides the reflected method goes first.
    fn dunder_binary(&mut self, kind: BinOpKind, x: Value, y: Value) -> PyResult<Option<Value>> {
        let name = kind.dunder();
        let rname = format!("__r{}", &name[2..]);
        let (ux, uy) = (is_user_object(x), is_user_object(y));
        if !ux && !uy {
            return Ok(None);
        }
        let (tx, ty) = (type_of(self, x), type_of(self, y));
        let mut do_other = uy && tx != ty;
        if ux {
            let lm = self.lookup_special(x, name);
            if do_other && crate::runtime::types::is_subclass(ty, tx) {
                let rm = self.lookup_special(y, &rname);
                let lrm = self.lookup_special(x, &rname);
                if let Some(rm) = rm
                    && Some(rm) != lrm
                {
                    let r = self.call_function(rm, &[y, x])?;
                    if r != Value::NOT_IMPLEMENTED {
                        return Ok(Some(r));
                    }
                    do_other = false;
                }
            }
            if let Some(m) = lm {
                let r = self.call_function(m, &[x, y])?;
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(Some(r));
                }
            }
            if tx == ty {
                return Ok(None);
            }
        }
        if do_other && let Some(m) = self.lookup_special(y, &rname) {
            let r = self.call_function(m, &[y, x])?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// A special method looked up on the value's type (as CPython does for operators).
    pub(crate) fn lookup_special(&mut self, v: Value, name: &str) -> Option<Value> {
        if !is_user_object(v) && v.downcast::<ClassObj>().is_none() {
            return None;
        }
        let cls = type_of(self, v);
        if cls.downcast::<ClassObj>().is_some_and(|c| c.builtin) {
            return None;
        }
        let n = self.intern(name);
        // Natives of built-in classes are slot wrappers the operators bypass; host functions
        // (methods of host classes) are the special methods themselves.
        let m = self.lookup_type(cls, n)?;
        if m.downcast::<NativeObj>().is_none_or(|f| !f.host.is_none()) {
            return Some(m);
        }
        native_in_user_class(cls, n)
    }

    pub(crate) fn unary_op(&mut self, op: Op, x: Value) -> PyResult<Value> {
        if let Some(n) = self.as_num(x) {
            return match (op, n) {
                (Op::Neg, Num::Int(i)) => Ok(self.new_int(-i)),
                (Op::Neg, Num::Float(f)) => Ok(Value::float(-f)),
                (Op::Pos, Num::Int(i)) => Ok(self.new_int(i)),
                (Op::Pos, Num::Float(f)) => Ok(Value::float(f)),
                (Op::Invert, Num::Int(i)) => Ok(self.new_int(num::int_invert(&i))),
                _ => {
                    let msg = format!("bad operand type for unary ~: '{}'", type_name(self, x));
                    Err(self.type_error(msg))
                }
            };
        }
        let (sym, dunder) = match op {
            Op::Neg => ("-", "__neg__"),
            Op::Pos => ("+", "__pos__"),
            _ => ("~", "__invert__"),
        };
        if let Some(m) = self.lookup_special(x, dunder) {
            return self.call_function(m, &[x]);
        }
        if let Some(p) = self.payload_of(x) {
            return match self.unary_op(op, p) {
                Err(crate::interp::Throw::Exception) if isinstance(self, self.exc, self.types.TypeError) => {
                    let msg = format!("bad operand type for unary {sym}: '{}'", type_name(self, x));
                    Err(self.type_error(msg))
                }
                r => r,
            };
        }
        let msg = format!("bad operand type for unary {sym}: '{}'", type_name(self, x));
        Err(self.type_error(msg))
    }

    // ----- truth ----------------------------------------------------------------------------

    pub(crate) fn truthy(&mut self, v: Value) -> PyResult<bool> {
        if v.is_bool() {
            return Ok(v == Value::TRUE);
        }
        if v.is_int() {
            return Ok(v.as_inline_int() != 0);
        }
        if v.is_float() {
            return Ok(v.as_float() != 0.0);
        }
        if v.is_none() {
            return Ok(false);
        }
        if !v.is_heap() {
            return Ok(true);
        }
        if let Some(s) = v.downcast::<StrObj>() {
            return Ok(!s.s.is_empty());
        }
        if let Some(l) = v.downcast::<ListObj>() {
            return Ok(!l.is_empty());
        }
        if let Some(t) = v.downcast::<TupleObj>() {
            return Ok(!t.items.is_empty());
        }
        if let Some(d) = v.downcast::<DictObj>() {
            return Ok(!d.is_empty());
        }
        if let Some(s) = v.downcast::<SetObj>() {
            return Ok(!s.is_empty());
        }
        if let Some(r) = v.downcast::<RangeObj>() {
            return Ok(!r.is_empty());
        }
        if v.downcast::<BigIntObj>().is_some() {
            return Ok(true);
        }
        if crate::runtime::bytes::is_buffer(v) {
            return Ok(crate::runtime::builtins::length(self, v)? != 0);
        }
        if let Some(dv) = v.downcast::<DictViewObj>() {
            return Ok(dv.dict.downcast::<DictObj>().is_some_and(|d| !d.is_empty()));
        }
        if is_user_object(v) {
            if let Some(m) = self.lookup_special(v, "__bool__") {
                let r = self.call_function(m, &[v])?;
                if !r.is_bool() {
                    let msg = format!("__bool__ should return bool, returned {}", type_name(self, r));
                    return Err(self.type_error(msg));
                }
                return Ok(r == Value::TRUE);
            }
            if self.lookup_special(v, "__len__").is_some() {
                return Ok(crate::runtime::builtins::length(self, v)? != 0);
            }
            if let Some(p) = self.payload_of(v) {
                return self.truthy(p);
            }
        }
        Ok(true)
    }

    // ----- identity, equality, ordering -----------------------------------------------------

    /// `x is y`. Ints and floats are compared by value when both are inline (CPython caches
    /// small ints; float identity is unobservable in the subset's tests).
    pub(crate) fn is_same(&self, x: Value, y: Value) -> bool {
        x == y
    }

    /// `x == y` as a bool.
    pub(crate) fn eq(&mut self, x: Value, y: Value) -> PyResult<bool> {
        // `fast_eq` does not count the nested tuples it looks into: near the recursion limit
        // it looks only as deep as the levels left, so that the slow path raises where
        // CPython does.
        if let Some(b) = fast_eq_nested(x, y, self.fast_eq_start()) {
            return Ok(b);
        }
        let r = self.compare(CmpKind::Eq, x, y)?;
        self.truthy(r)
    }

    /// The nesting `fast_eq_nested` starts at so that it looks no deeper than the recursion
    /// levels left.
    pub(crate) fn fast_eq_start(&self) -> usize {
        let levels_left = self
            .recursion_limit
            .saturating_sub(self.frames.len() + self.native_recursion);
        FAST_EQ_MAX_NESTING.saturating_sub(levels_left)
    }

    /// Rich comparison returning a value.
    pub(crate) fn compare(&mut self, kind: CmpKind, x: Value, y: Value) -> PyResult<Value> {
        // Strings compare by code points, which is the byte order of their UTF-8 text.
        if let (Some(a), Some(b)) = (x.downcast::<StrObj>(), y.downcast::<StrObj>()) {
            let ord = self.cmp_text(
                a.s.as_bytes(),
                b.s.as_bytes(),
                matches!(kind, CmpKind::Eq | CmpKind::Ne),
            )?;
            return Ok(Value::bool(kind.test(ord)));
        }
        // Comparing containers recurses into their items (CPython's PyObject_RichCompare).
        self.guarded(RecursionSite::Comparison, |vm| vm.compare_objects(kind, x, y))
    }

    /// `hash(s)` for a str: a text past one chunk is hashed a metered chunk at a time (its
    /// widest char found first, for CPython's storage width, then the storage hashed).
    pub(crate) fn hash_text(&mut self, s: &StrObj) -> PyResult<i64> {
        use crate::runtime::work_meter::TEXT_CHUNK;
        use std::ops::ControlFlow::Continue;
        let text = s.as_str();
        if text.len() <= TEXT_CHUNK {
            return Ok(hash::hash_str(text));
        }
        let mut h = hash::TextHash::new();
        if s.is_ascii() {
            self.bytes_pass(text.len(), |r| {
                h.write(text.as_bytes().get(r).unwrap_or_default());
                Continue::<()>(())
            })?;
            return Ok(h.finish());
        }
        let mut max = 0u32;
        self.str_pass(text, |r| {
            let part = text.get(r).unwrap_or_default();
            max = part.chars().map(|c| c as u32).fold(max, u32::max);
            Continue::<()>(())
        })?;
        let width = hash::storage_width(max);
        let mut buf = Vec::new();
        self.str_pass(text, |r| {
            buf.clear();
            hash::storage_bytes(text.get(r).unwrap_or_default(), width, &mut buf);
            h.write(&buf);
            Continue::<()>(())
        })?;
        Ok(h.finish())
    }

    /// The order of two texts (UTF-8 bytes order as code points do), compared a metered chunk
    /// at a time when both are long. `eq_only`: only equality matters, so texts of different
    /// lengths are unequal at once.
    #[inline]
    pub(crate) fn cmp_text(&mut self, a: &[u8], b: &[u8], eq_only: bool) -> PyResult<Ordering> {
        use crate::runtime::work_meter::TEXT_CHUNK;
        if eq_only && a.len() != b.len() {
            return Ok(a.len().cmp(&b.len()));
        }
        if a.len().min(b.len()) <= TEXT_CHUNK {
            return Ok(a.cmp(b));
        }
        self.cmp_long_text(a, b)
    }

    #[inline(never)]
    fn cmp_long_text(&mut self, a: &[u8], b: &[u8]) -> PyResult<Ordering> {
        let n = a.len().min(b.len());
        let first_difference = self.bytes_pass(n, |r| match a.get(r.clone()).cmp(&b.get(r)) {
            Ordering::Equal => std::ops::ControlFlow::Continue(()),
            o => std::ops::ControlFlow::Break(o),
        })?;
        Ok(first_difference.unwrap_or_else(|| a.len().cmp(&b.len())))
    }

    /// `compare` past the str fast path, inside one counted recursion level.
    fn compare_objects(&mut self, kind: CmpKind, x: Value, y: Value) -> PyResult<Value> {
        if is_user_object(x) || is_user_object(y) {
            // CPython's do_richcompare: the right operand goes first when its type is a proper
            // subclass of the left's; then the left; then the reflected right.
            let (tx, ty) = (type_of(self, x), type_of(self, y));
            let mut checked_reverse = false;
            if tx != ty && crate::runtime::types::is_subclass(ty, tx) && is_user_object(y) {
                checked_reverse = true;
                if let Some(r) = self.rich_slot(kind.swapped(), y, x)? {
                    return Ok(r);
                }
            }
            if let Some(r) = self.rich_slot(kind, x, y)? {
                return Ok(r);
            }
            if !checked_reverse && let Some(r) = self.rich_slot(kind.swapped(), y, x)? {
                return Ok(r);
            }
            return match kind {
                CmpKind::Eq => Ok(Value::bool(x == y)),
                CmpKind::Ne => Ok(Value::bool(x != y)),
                _ => Err(self.order_error(kind, x, y)),
            };
        }
        match self.builtin_cmp(kind, x, y)? {
            Some(b) => Ok(Value::bool(b)),
            None => match kind {
                CmpKind::Eq => Ok(Value::bool(x == y)),
                CmpKind::Ne => Ok(Value::bool(x != y)),
                _ => Err(self.order_error(kind, x, y)),
            },
        }
    }

    /// A built-in type's own comparison of `x` with `y`: `None` for NotImplemented.
    pub(crate) fn builtin_richcompare(&mut self, kind: CmpKind, x: Value, y: Value) -> PyResult<Option<Value>> {
        if is_user_object(y) && self.payload_of(y).is_none() {
            // Built-in types know nothing of user objects; object's identity rule remains.
            return Ok(match kind {
                CmpKind::Eq if x == y => Some(Value::TRUE),
                CmpKind::Ne if x == y => Some(Value::FALSE),
                _ => None,
            });
        }
        Ok(self.builtin_cmp(kind, x, y)?.map(Value::bool))
    }

    fn order_error(&mut self, kind: CmpKind, x: Value, y: Value) -> crate::interp::Throw {
        let msg = format!(
            "'{}' not supported between instances of '{}' and '{}'",
            kind.symbol(),
            type_name(self, x),
            type_name(self, y)
        );
        self.type_error(msg)
    }

    /// Comparison of built-in values; `None` when the types do not compare.
    fn builtin_cmp(&mut self, kind: CmpKind, x: Value, y: Value) -> PyResult<Option<bool>> {
        // Bound methods of built-in types: the same method of the same object.
        if let (Some(a), Some(b)) = (x.downcast::<NativeObj>(), y.downcast::<NativeObj>())
            && matches!(kind, CmpKind::Eq | CmpKind::Ne)
        {
            let same = a.name == b.name && a.owner == b.owner && a.self_ == b.self_;
            return Ok(Some(same == (kind == CmpKind::Eq)));
        }
        // Numbers.
        if x.is_float() || y.is_float() {
            let xf = x.is_float();
            let (f, other) = if xf { (x.as_float(), y) } else { (y.as_float(), x) };
            if other.is_float() {
                return Ok(Some(crate::interp::run::float_cmp(kind, x.as_float(), y.as_float())));
            }
            if let Some(i) = self.as_bigint(other) {
                let ord = num::cmp_int_float(&i, f);
                let ord = if xf { ord.map(Ordering::reverse) } else { ord };
                return Ok(Some(match ord {
                    Some(o) => kind.test(o),
                    None => kind == CmpKind::Ne,
                }));
            }
            return Ok(None);
        }
        if let (Some(a), Some(b)) = (self.as_i64(x), self.as_i64(y)) {
            return Ok(Some(kind.test(a.cmp(&b))));
        }
        if self.is_int_like(x)
            && self.is_int_like(y)
            && let (Some(a), Some(b)) = (self.as_bigint(x), self.as_bigint(y))
        {
            return Ok(Some(kind.test(a.cmp(&b))));
        }
        if let (Some(a), Some(b)) = (x.downcast::<StrObj>(), y.downcast::<StrObj>()) {
            return Ok(Some(kind.test(a.as_str().cmp(b.as_str()))));
        }
        let same_sequence_kind = (x.downcast::<ListObj>().is_some() && y.downcast::<ListObj>().is_some())
            || (x.downcast::<TupleObj>().is_some() && y.downcast::<TupleObj>().is_some());
        if same_sequence_kind {
            return self.seq_cmp(kind, x, y).map(Some);
        }
        if let (Some(a), Some(b)) = (x.downcast::<SetObj>(), y.downcast::<SetObj>()) {
            // CPython's set_richcompare (runtime::methods::set), with Python key equality.
            return self.set_compare(kind, a, b).map(Some);
        }
        if let Some(r) = self.dictview_compare(kind, x, y)? {
            return Ok(Some(r));
        }
        if let (Some(a), Some(b)) = (x.downcast::<SliceObj>(), y.downcast::<SliceObj>()) {
            // Slices compare as (start, stop, step) tuples.
            let ta = self.new_tuple_from(&[a.start, a.stop, a.step]);
            let tb = self.new_tuple_from(&[b.start, b.stop, b.step]);
            return self.seq_cmp(kind, ta, tb).map(Some);
        }
        if let (Some(a), Some(b)) = (x.downcast::<DictObj>(), y.downcast::<DictObj>()) {
            if !matches!(kind, CmpKind::Eq | CmpKind::Ne) {
                return Ok(None);
            }
            let eq = self.dict_eq(a, b)?;
            return Ok(Some(if kind == CmpKind::Eq { eq } else { !eq }));
        }
        if let (Some(a), Some(b)) = (x.downcast::<RangeObj>(), y.downcast::<RangeObj>()) {
            if !matches!(kind, CmpKind::Eq | CmpKind::Ne) {
                return Ok(None);
            }
            let eq = a.same_sequence(&b);
            return Ok(Some(if kind == CmpKind::Eq { eq } else { !eq }));
        }
        if let Some(r) = self.bytes_compare(kind, x, y) {
            return r.map(Some);
        }
        if let (Some(a), Some(b)) = (x.downcast::<BoundMethodObj>(), y.downcast::<BoundMethodObj>())
            && matches!(kind, CmpKind::Eq | CmpKind::Ne)
        {
            // Equal when bound to the same object (identity) with equal functions.
            let eq = a.self_ == b.self_ && a.func == b.func;
            return Ok(Some((kind == CmpKind::Eq) == eq));
        }
        if x == y && matches!(kind, CmpKind::Eq | CmpKind::Ne) {
            return Ok(Some(kind == CmpKind::Eq));
        }
        Ok(None)
    }

    /// CPython's `list_richcompare`/`tuplerichcompare` for two lists or two tuples: items are
    /// read afresh at each step, since the `__eq__`s it runs may mutate either list.
    fn seq_cmp(&mut self, kind: CmpKind, a: Value, b: Value) -> PyResult<bool> {
        if matches!(kind, CmpKind::Eq | CmpKind::Ne) && seq_len(a) != seq_len(b) {
            return Ok(kind == CmpKind::Ne);
        }
        let mut i = 0;
        while let (Some(x), Some(y)) = (seq_item(a, i), seq_item(b, i)) {
            self.charge_every_weighted(i, crate::runtime::work_meter::SCAN_TICKS)?;
            if x != y && !self.eq(x, y)? {
                break;
            }
            i += 1;
        }
        match (seq_item(a, i), seq_item(b, i)) {
            (Some(x), Some(y)) => match kind {
                CmpKind::Eq => Ok(false),
                CmpKind::Ne => Ok(true),
                _ => {
                    let r = self.compare(kind, x, y)?;
                    self.truthy(r)
                }
            },
            _ => Ok(kind.test(seq_len(a).cmp(&seq_len(b)))),
        }
    }

    fn dict_eq(&mut self, a: Gc<DictObj>, b: Gc<DictObj>) -> PyResult<bool> {
        if a.len() != b.len() {
            return Ok(false);
        }
        // Keys keep their stored hashes (CPython's `dict_equal` calls no `__hash__`).
        let entries: Vec<(i64, Value, Value)> = a.with(|t| t.iter().collect());
        for (i, (h, k, v)) in entries.into_iter().enumerate() {
            self.charge_every_weighted(i, crate::runtime::work_meter::HASH_TICKS)?;
            let found = match self.dict_lookup(b, h, k)? {
                crate::runtime::table::DictLookup::Found { ix, .. } => Some(b.with(|t| t.value_at(ix))),
                _ => None,
            };
            match found {
                Some(w) => {
                    if !self.eq(v, w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    // ----- hashing --------------------------------------------------------------------------

    /// `hash(v)`, identical to CPython's for built-in values (PYTHONHASHSEED=0).
    pub(crate) fn hash(&mut self, v: Value) -> PyResult<i64> {
        if v.is_int() {
            return Ok(hash::hash_i64(v.as_inline_int()));
        }
        if v.is_float() {
            return Ok(hash::hash_f64(v.as_float(), v.bits() as usize));
        }
        if v.is_bool() {
            return Ok((v == Value::TRUE) as i64);
        }
        if !v.is_heap() {
            return Ok(hash::hash_pointer(v.bits() as usize * 8 + 0x1000));
        }
        if let Some(s) = v.downcast::<StrObj>() {
            let h = s.hash.get();
            if h != -1 {
                return Ok(h);
            }
            let h = self.hash_text(&s)?;
            s.hash.set(h);
            return Ok(h);
        }
        if let Some(b) = v.downcast::<BigIntObj>() {
            return Ok(hash::hash_bigint(&b.v));
        }
        if let Some(t) = v.downcast::<TupleObj>() {
            let h = t.hash.get();
            if h != -1 {
                return Ok(h);
            }
            // Not counted against the recursion limit (CPython's tuple hash has no guard),
            // but the native stack is checked: tuples nest as deep as a script likes.
            self.check_native_stack(RecursionSite::Plain)?;
            let mut hs = Vec::with_capacity(t.items.len());
            for &item in t.items.iter() {
                hs.push(self.hash(item)?);
            }
            let h = hash::hash_tuple(&hs);
            t.hash.set(h);
            return Ok(h);
        }
        if let Some(s) = v.downcast::<SetObj>()
            && s.frozen
        {
            let h = s.hash.get();
            if h != -1 {
                return Ok(h);
            }
            let h = s.with(table::frozenset_hash);
            s.hash.set(h);
            return Ok(h);
        }
        if let Some(r) = v.downcast::<RangeObj>() {
            return self.range_hash(r);
        }
        if let Some(r) = self.bytes_hash(v) {
            return r;
        }
        // Slices, dict_keys and dict_items are unhashable too; dict_values hash by identity.
        if v.downcast::<ListObj>().is_some()
            || v.downcast::<DictObj>().is_some()
            || v.downcast::<SetObj>().is_some()
            || v.downcast::<SliceObj>().is_some()
            || v.downcast::<DictViewObj>()
                .is_some_and(|d| !matches!(d.which, DictViewKind::Values))
        {
            let msg = format!("unhashable type: '{}'", type_name(self, v));
            return Err(self.type_error(msg));
        }
        if is_user_object(v) {
            if let Some(h) = self.generic_hash(v)? {
                return Ok(h);
            }
            if let Some(m) = self.lookup_special(v, "__hash__") {
                if m.is_none() {
                    let msg = format!("unhashable type: '{}'", type_name(self, v));
                    return Err(self.type_error(msg));
                }
                let r = self.call_function(m, &[v])?;
                // CPython keeps a result that fits the hash width (-1 becomes -2) and hashes
                // larger ints.
                return match self.as_i64(r) {
                    Some(-1) => Ok(-2),
                    Some(h) => Ok(h),
                    None => match self.as_bigint(r) {
                        Some(i) => Ok(hash::hash_bigint(&i)),
                        None => Err(self.type_error("__hash__ method should return an integer")),
                    },
                };
            }
            // (`__eq__` without `__hash__` stored `__hash__ = None` when the class was made.)
            if let Some(p) = self.payload_of(v) {
                if p.downcast::<ListObj>().is_some() || p.downcast::<DictObj>().is_some() {
                    let msg = format!("unhashable type: '{}'", type_name(self, v));
                    return Err(self.type_error(msg));
                }
                if let Some(s) = p.downcast::<SetObj>()
                    && !s.frozen
                {
                    let msg = format!("unhashable type: '{}'", type_name(self, v));
                    return Err(self.type_error(msg));
                }
                return self.hash(p);
            }
        }
        if let Some(m) = v.downcast::<BoundMethodObj>() {
            // CPython's method hash: identity of `__self__`, hash of `__func__`.
            let (f, s) = (m.func, m.self_);
            let hf = self.hash(f)?;
            let h = hash::hash_pointer(identity(s)) ^ hf;
            return Ok(if h == -1 { -2 } else { h });
        }
        Ok(self.identity_hash(v))
    }

    /// `id(v)`: for heap objects, the address of the old-generation slot the object lives in
    /// (or will be promoted into), unique among live objects and stable across moves.
    pub(crate) fn id_of(&mut self, v: Value) -> u64 {
        if v.is_heap() {
            self.heap.identity(v) as u64
        } else {
            v.bits()
        }
    }

    /// The identity-based hash of objects without `__hash__` (`object.__hash__`).
    pub(crate) fn identity_hash(&self, v: Value) -> i64 {
        hash::hash_pointer(identity(v))
    }
}

/// What identity hashes are computed from: heap objects move (once, out of the nursery), so
/// their address cannot serve; their allocation serial does, and keeps hashes (and so the
/// order of sets of objects) the same from run to run.
pub(crate) fn identity(v: Value) -> usize {
    if v.is_heap() {
        // SAFETY: heap values point at live object headers.
        let serial = unsafe { (*v.header_ptr()).serial() };
        // Spread serials like CPython's (16-byte-aligned) addresses.
        0x1000_0000 + serial as usize * 16
    } else {
        v.bits() as usize
    }
}

/// The current length of list or tuple `v`.
pub(crate) fn seq_len(v: Value) -> usize {
    match v.downcast::<ListObj>() {
        Some(l) => l.len(),
        None => v.downcast::<TupleObj>().map_or(0, |t| t.items.len()),
    }
}

/// Item `i` of list or tuple `v` as it is now, if the sequence is still that long.
pub(crate) fn seq_item(v: Value, i: usize) -> Option<Value> {
    match v.downcast::<ListObj>() {
        Some(l) => l.get(i),
        None => v.downcast::<TupleObj>().and_then(|t| t.items.get(i).copied()),
    }
}

/// True for instances of user classes (which may define special methods), including classes
/// made by a user metaclass.
#[inline]
/// A slot wrapper that a user class stores under a special name (`__str__ = int.__repr__`,
/// as `enum` does): CPython calls whatever the type's slot holds, so the operator calls it.
/// None when the first class in the MRO that defines `name` is a built-in one.
#[cold]
fn native_in_user_class(cls: Value, name: Value) -> Option<Value> {
    let c = cls.downcast::<ClassObj>()?;
    for &k in c.mro_items().iter() {
        let kc = k.downcast::<ClassObj>()?;
        if let Some(v) = crate::runtime::dict::get_str(kc.dict, name) {
            return (!kc.builtin).then_some(v);
        }
    }
    None
}

pub(crate) fn is_user_object(v: Value) -> bool {
    v.downcast::<InstanceObj>().is_some()
        || v.downcast::<ExceptionObj>().is_some()
        || v.downcast::<crate::runtime::hostobj::HostObj>().is_some()
        || crate::runtime::classes::has_user_metaclass(v)
}

/// Equality that needs no Python code: `Some(answer)` for built-in values, `None` when a user
/// `__eq__` might be involved.
pub(crate) fn fast_eq(x: Value, y: Value) -> Option<bool> {
    fast_eq_nested(x, y, 0)
}

/// How deep `fast_eq` looks into nested tuples and frozensets before leaving the rest to the
/// slow path, which counts each level against the recursion limit as CPython does.
const FAST_EQ_MAX_NESTING: usize = 8;

/// True when `fast_eq` should not look one level deeper: past its nesting bound, or where
/// the native stack runs low (the slow path then raises `RecursionError`).
fn fast_eq_stop(nesting: usize) -> bool {
    nesting >= FAST_EQ_MAX_NESTING || crate::interp::stack_guard::native_stack_low()
}

pub(crate) fn fast_eq_nested(x: Value, y: Value, nesting: usize) -> Option<bool> {
    if x == y {
        // NaN compares unequal to itself, except by identity in containers (CPython checks
        // identity first there too).
        return Some(true);
    }
    if x.is_int() && y.is_int() {
        return Some(false);
    }
    if x.is_float() && y.is_float() {
        return Some(x.as_float() == y.as_float());
    }
    if let (Some(a), Some(b)) = (x.downcast::<StrObj>(), y.downcast::<StrObj>()) {
        return Some(a.s == b.s);
    }
    let num = |v: Value| -> Option<Num> {
        if v.is_int() {
            Some(Num::Int(IBig::from(v.as_inline_int())))
        } else if v.is_float() {
            Some(Num::Float(v.as_float()))
        } else if v.is_bool() {
            Some(Num::Int(IBig::from((v == Value::TRUE) as i64)))
        } else {
            v.downcast::<BigIntObj>().map(|b| Num::Int(b.v.clone()))
        }
    };
    if let (Some(a), Some(b)) = (num(x), num(y)) {
        return Some(match (a, b) {
            (Num::Int(a), Num::Int(b)) => a == b,
            (Num::Float(a), Num::Float(b)) => a == b,
            (Num::Int(i), Num::Float(f)) | (Num::Float(f), Num::Int(i)) => {
                num::cmp_int_float(&i, f) == Some(Ordering::Equal)
            }
        });
    }
    if let (Some(a), Some(b)) = (x.downcast::<TupleObj>(), y.downcast::<TupleObj>()) {
        if a.items.len() != b.items.len() {
            return Some(false);
        }
        if fast_eq_stop(nesting) {
            return None;
        }
        for (p, q) in a.items.iter().zip(b.items.iter()) {
            match fast_eq_nested(*p, *q, nesting + 1) {
                Some(true) => {}
                Some(false) => return Some(false),
                None => return None,
            }
        }
        return Some(true);
    }
    if is_user_object(x) || is_user_object(y) {
        return None;
    }
    if let Some(eq) = crate::runtime::bytes::buffers_equal(x, y) {
        return Some(eq);
    }
    if let (Some(a), Some(b)) = (x.downcast::<SetObj>(), y.downcast::<SetObj>()) {
        if a.len() != b.len() {
            return Some(false);
        }
        if fast_eq_stop(nesting) {
            return None;
        }
        let keys: Vec<(i64, Value)> = a.with(|t| t.iter().collect());
        for (h, k) in keys {
            match b.with(|t| t.contains(h, k, &mut |p, q| fast_eq_nested(p, q, nesting + 1).ok_or(()))) {
                Ok(true) => {}
                Ok(false) => return Some(false),
                Err(()) => return None,
            }
        }
        return Some(true);
    }
    if let (Some(a), Some(b)) = (x.downcast::<RangeObj>(), y.downcast::<RangeObj>()) {
        return Some(a.same_sequence(&b));
    }
    if x.downcast::<ListObj>().is_some() || x.downcast::<DictObj>().is_some() {
        return None;
    }
    if let (Some(a), Some(b)) = (x.downcast::<BoundMethodObj>(), y.downcast::<BoundMethodObj>()) {
        return Some(a.self_ == b.self_ && a.func == b.func);
    }
    // Anything else (slices, dict views, builtin methods, ...) takes the full comparison.
    None
}
