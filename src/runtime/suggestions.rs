//! The "Did you mean" hints CPython 3.11 adds to the last line of an uncaught `AttributeError`
//! or `NameError` (`Python/suggestions.c`, written out by `pythonrun.c` after the message):
//! `AttributeError: 'A' object has no attribute 'valeu'. Did you mean: 'value'?`.
//!
//! The rules are CPython's, because the hint is part of the line a user (and a test) compares:
//! only an exception whose class is exactly `AttributeError` or `NameError` and whose `name`
//! is a str gets one; the candidates are `dir(obj)` for an attribute, and for a name the
//! innermost frame's local variables (`co_varnames`: parameters and locals that no closure
//! captures), then its globals, then the builtins, each list tried in turn and skipped when
//! it has 750 names or more; the distance is a Levenshtein distance over UTF-8 bytes where a
//! case change costs 1 and any other edit 2, and a candidate counts only within a third of
//! the characters involved. Of equal distances the first candidate wins, so the order of
//! each list matters: `dir` is sorted, the builtins are in CPython's order
//! (`builtins_order`).
//!
//! The hint is computed when the exception is printed, never when it is raised: raising stays
//! as cheap as before. Whatever fails while computing it (a `__dir__` that raises) means no
//! hint, as in CPython.

use crate::gc::Gc;
use crate::interp::Vm;
use crate::runtime::object::*;
use crate::runtime::value::Value;

/// Lists this long or longer give no suggestion (CPython's `MAX_CANDIDATE_ITEMS`).
const MAX_CANDIDATE_ITEMS: usize = 750;
/// Names longer than this (after trimming common affixes) never match (`MAX_STRING_SIZE`).
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// The cost of replacing byte `a` with `b`: free when equal, `CASE_COST` for an ASCII case
/// flip, `MOVE_COST` otherwise.
fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The weighted edit distance from `a` to `b`, or `max_cost + 1` as soon as it must exceed
/// `max_cost`.
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (a.get(prefix..).unwrap_or_default(), b.get(prefix..).unwrap_or_default());
    let suffix = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    let (a, b) = (
        a.get(..a.len() - suffix).unwrap_or_default(),
        b.get(..b.len() - suffix).unwrap_or_default(),
    );
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the matrix, updated in place: row[i] is the cost from b[..j] to a[..i + 1].
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (j, &code) in b.iter().enumerate() {
        let mut distance = j * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (cell, &ai) in row.iter_mut().zip(a) {
            let substitute = distance + substitution_cost(code, ai);
            distance = *cell;
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            *cell = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest of `candidates` to `name`, if any is close enough (`calculate_suggestions`).
/// A candidate that is not a str ends the search without a suggestion, as CPython's fails.
fn closest(candidates: &[Value], name: &str) -> Option<Value> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(Value, usize)> = None;
    for &item in candidates {
        let text = item.downcast::<StrObj>()?;
        let text = text.as_str();
        if text == name {
            continue;
        }
        let mut max_distance = (name.len() + text.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            // Never take a match already beaten (distances are at least 1 here).
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let distance = levenshtein(name.as_bytes(), text.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if best.is_none_or(|(_, d)| distance < d) {
            best = Some((item, distance));
        }
    }
    best.map(|(v, _)| v)
}

impl Vm {
    /// The trailer CPython prints after the message of uncaught exception `exc`
    /// (`. Did you mean: 'value'?`), or "" when it offers none.
    pub(crate) fn suggestion_trailer(&mut self, exc: Value) -> String {
        let Some(e) = exc.downcast::<ExceptionObj>() else {
            return String::new();
        };
        let name = e.member_name.get();
        let Some(name_text) = name.downcast::<StrObj>().filter(|_| is_exact_str(self, name)) else {
            return String::new();
        };
        let name_text = name_text.as_str().to_string();
        let saved = self.exc;
        let found = if e.class == self.types.AttributeError {
            self.attribute_candidates(e.member_obj.get(), &name_text)
        } else if e.class == self.types.NameError {
            self.name_candidates(e, &name_text)
        } else {
            None
        };
        // A failing `__dir__` means no hint; the exception being printed stays the current one.
        self.exc = saved;
        match found {
            Some(v) => {
                let text = crate::runtime::strops::str_repr(&self.str_of(v));
                format!(". Did you mean: {text}?")
            }
            None => String::new(),
        }
    }

    /// The closest name in `dir(obj)`.
    fn attribute_candidates(&mut self, obj: Value, name: &str) -> Option<Value> {
        // Unset (`AttributeError("x", name="n")` without `obj`): CPython offers nothing.
        if obj.is_none() {
            return None;
        }
        // `closest` allocates nothing, so the names need no rooting while it reads them.
        let list = crate::runtime::builtins::dir_list(self, obj).ok()?;
        let items = list.downcast::<ListObj>().map(|l| l.to_vec()).unwrap_or_default();
        closest(&items, name)
    }

    /// The closest name among the innermost frame's locals, then its globals, then the
    /// builtins. The globals are those of the frame that failed to find the name (kept in the
    /// exception's `member_obj`, which `NameError` does not otherwise use); a `NameError`
    /// raised by a script with `name=` falls back to the engine's main namespace.
    fn name_candidates(&mut self, e: Gc<ExceptionObj>, name: &str) -> Option<Value> {
        let tb = e.traceback();
        let innermost = tb.first()?;
        if let Some(code) = innermost.code.downcast::<CodeObj>() {
            let locals = crate::runtime::functions::co_varnames(&code);
            if let Some(v) = closest(&locals, name) {
                return Some(v);
            }
        }
        let globals = e.member_obj.get().downcast::<DictObj>().unwrap_or(self.main_globals);
        let keys: Vec<Value> = globals.with(|t| t.keys().collect());
        if let Some(v) = closest(&keys, name) {
            return Some(v);
        }
        // The builtins module's dict (with `True`, `None`, `__name__`, ...), in CPython's order.
        let module = self.builtin("__builtins__")?;
        let builtins = crate::runtime::builtins_module::module_dict(self, module)?.downcast::<DictObj>()?;
        let keys: Vec<Value> = builtins.with(|t| t.keys().collect());
        closest(&keys, name)
    }
}

fn is_exact_str(vm: &Vm, v: Value) -> bool {
    v.downcast::<StrObj>().is_some() && crate::runtime::types::type_of(vm, v) == vm.types.str_
}

#[cfg(test)]
mod tests {
    use super::levenshtein;

    #[test]
    fn distances_weigh_case_changes_half() {
        assert_eq!(levenshtein(b"value", b"value", 10), 0);
        assert_eq!(levenshtein(b"valeu", b"value", 10), 4);
        assert_eq!(levenshtein(b"Value", b"value", 10), 1);
        assert_eq!(levenshtein(b"sqr", b"sqrt", 10), 2);
        assert_eq!(levenshtein(b"", b"abc", 10), 6);
        // Past the bound the answer is just "too far".
        assert_eq!(levenshtein(b"abcdef", b"uvwxyz", 3), 4);
    }
}
