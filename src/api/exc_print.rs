//! Printing an uncaught exception and its chain as CPython 3.11's `pythonrun.c` does
//! (`print_exception_recursive`), including exception groups: each group's traceback gets the
//! "Exception Group Traceback" header and its sub-exceptions are printed in numbered boxes,
//! every line of a nested exception indented and prefixed with a `| ` margin.

use crate::interp::Vm;
use crate::runtime::object::*;
use crate::runtime::value::Value;

/// CPython's `max_group_width`: sub-exceptions printed per group before "and N more".
const MAX_GROUP_WIDTH: usize = 15;
/// CPython's `max_group_depth`: nesting printed before "... (max_group_depth is 10)".
const MAX_GROUP_DEPTH: usize = 10;

/// CPython's `exception_print_context` (the seen set is passed separately).
#[derive(Default)]
pub(crate) struct PrintCtx {
    group_depth: usize,
    need_close: bool,
}

impl PrintCtx {
    /// `_Py_WriteIndent(EXC_INDENT)` followed by `EXC_MARGIN`.
    fn margin(&self) -> String {
        let m = if self.group_depth > 0 { "| " } else { "" };
        format!("{}{m}", " ".repeat(2 * self.group_depth))
    }

    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }
}

/// Renders exceptions as CPython prints them, for the engine's error text and for
/// `logging`'s `formatException` (`stdlib::logging`), which must match
/// `traceback.format_exception`.
pub(crate) struct ExcPrinter<'a> {
    pub(crate) vm: &'a mut Vm,
}

/// The text CPython's `traceback.format_exception(exc)` joins to: `exc`'s chain, each with
/// its traceback, ending in a newline.
pub(crate) fn format_exception_text(vm: &mut Vm, exc: Value) -> String {
    // Formatting may run `__str__` methods (and so collect): `exc` stays rooted meanwhile.
    vm.roots.push(exc);
    let mut out = String::new();
    let mut ctx = PrintCtx::default();
    ExcPrinter { vm: &mut *vm }.print_exception_recursive(exc, &mut out, &mut Vec::new(), &mut ctx);
    vm.roots.pop();
    out
}

impl ExcPrinter<'_> {
    /// The cause (or the unsuppressed context) first, each exception printed once (`seen`),
    /// so a hand-made cycle in the chain terminates.
    pub(crate) fn print_exception_recursive(
        &mut self,
        exc: Value,
        out: &mut String,
        seen: &mut Vec<Value>,
        ctx: &mut PrintCtx,
    ) {
        let Some(e) = exc.downcast::<ExceptionObj>() else {
            return;
        };
        seen.push(exc);
        // The bounds only protect the Rust stack from absurdly long chains.
        if seen.len() < 500 && !crate::interp::stack_guard::native_stack_low() {
            let cause = e.cause.get();
            let context = e.context.get();
            if !cause.is_none() {
                if !seen.contains(&cause) {
                    let msg = "The above exception was the direct cause of the following exception:\n";
                    self.print_chained(cause, msg, out, seen, ctx);
                }
            } else if !context.is_none() && !e.suppress_context.get() && !seen.contains(&context) {
                let msg = "During handling of the above exception, another exception occurred:\n";
                self.print_chained(context, msg, out, seen, ctx);
            }
        }
        if self.vm.is_exception_group(exc) {
            self.print_exception_group(exc, out, seen, ctx);
        } else {
            self.print_one_exception(exc, out, ctx);
        }
    }

    fn print_chained(
        &mut self,
        exc: Value,
        message: &str,
        out: &mut String,
        seen: &mut Vec<Value>,
        ctx: &mut PrintCtx,
    ) {
        let need_close = ctx.need_close;
        self.print_exception_recursive(exc, out, seen, ctx);
        ctx.need_close = need_close;
        let m = ctx.margin();
        out.push_str(&format!("{m}\n{m}{message}{m}\n"));
    }

    /// One exception: its traceback, `Type: message` and its notes.
    fn print_one_exception(&mut self, exc: Value, out: &mut String, ctx: &PrintCtx) {
        let Some(e) = exc.downcast::<ExceptionObj>() else {
            return;
        };
        let margin = ctx.margin();
        let tb = e.traceback();
        if !tb.is_empty() {
            let (header, header_margin) = if self.vm.is_exception_group(exc) {
                // The outermost group's header opens the frame: `+ ` instead of `| `.
                let hm = if ctx.group_depth == 1 {
                    format!("{}+ ", ctx.indent())
                } else {
                    margin.clone()
                };
                ("Exception Group Traceback (most recent call last):\n", hm)
            } else {
                ("Traceback (most recent call last):\n", margin.clone())
            };
            out.push_str(&header_margin);
            out.push_str(header);
            let mut lines = String::new();
            self.format_traceback(&tb, &mut lines);
            for line in lines.split_inclusive('\n') {
                out.push_str(&margin);
                out.push_str(line);
            }
        }
        let name = self.printed_class_name(exc);
        if let Some(block) = self.syntax_error_block(e, &name) {
            for line in format!("{block}\n").split_inclusive('\n') {
                out.push_str(&margin);
                out.push_str(line);
            }
            return;
        }
        let msg = self.vm.to_str(exc).unwrap_or_else(|_| {
            // CPython prints this when `str(exc)` itself fails.
            self.vm.exc = Value::NONE;
            "<exception str() failed>".to_string()
        });
        // CPython's "Did you mean" hint for an AttributeError or a NameError.
        let hint = self.vm.suggestion_trailer(exc);
        out.push_str(&margin);
        if msg.is_empty() {
            out.push_str(&format!("{name}{hint}\n"));
        } else {
            out.push_str(&format!("{name}: {msg}{hint}\n"));
        }
        // Notes added with `add_note`, each line after the message.
        let key = self.vm.intern("__notes__");
        if let Some(notes) = e
            .dict_if_made()
            .and_then(|d| crate::runtime::dict::get_str(d, key))
            .and_then(|n| n.downcast::<ListObj>())
        {
            for note in notes.to_vec() {
                let text = self
                    .vm
                    .to_str(note)
                    .unwrap_or_else(|_| "<note str() failed>".to_string());
                for line in text.split('\n') {
                    out.push_str(&margin);
                    out.push_str(line);
                    out.push('\n');
                }
            }
        }
    }

    /// A group: itself, then each sub-exception in a numbered box.
    /// The class name the last line shows: `module.QualName` unless the class's
    /// `__module__` is `__main__` or `builtins` (`dataclasses.FrozenInstanceError`).
    fn printed_class_name(&mut self, exc: Value) -> String {
        let name = self.vm.exception_class_name(exc);
        let cls = crate::runtime::types::type_of(self.vm, exc);
        let Some(c) = cls.downcast::<ClassObj>().filter(|c| !c.builtin) else {
            return name;
        };
        let key = self.vm.intern("__module__");
        match crate::runtime::dict::get_str(c.dict, key).filter(|m| m.downcast::<StrObj>().is_some()) {
            Some(m) => {
                let module = self.vm.str_of(m);
                if module == "__main__" || module == "builtins" {
                    name
                } else {
                    format!("{module}.{name}")
                }
            }
            None => format!("<unknown>.{name}"),
        }
    }

    fn print_exception_group(&mut self, exc: Value, out: &mut String, seen: &mut Vec<Value>, ctx: &mut PrintCtx) {
        if ctx.group_depth > MAX_GROUP_DEPTH {
            out.push_str(&format!("{}... (max_group_depth is {MAX_GROUP_DEPTH})\n", ctx.margin()));
            return;
        }
        if ctx.group_depth == 0 {
            ctx.group_depth += 1;
        }
        self.print_one_exception(exc, out, ctx);
        let members = exc
            .downcast::<ExceptionObj>()
            .and_then(|e| self.vm.exception_group_attr(e, "exceptions"))
            .and_then(|t| t.downcast::<TupleObj>())
            .map(|t| t.items.to_vec())
            .unwrap_or_default();
        let shown = members.len().min(MAX_GROUP_WIDTH + 1);
        ctx.need_close = false;
        for (i, &sub) in members.iter().take(shown).enumerate() {
            let last = i == shown - 1;
            if last {
                // The closing frame may be added in a nested call.
                ctx.need_close = true;
            }
            let corner = if i == 0 { "+-" } else { "  " };
            let truncated = i >= MAX_GROUP_WIDTH;
            let label = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            out.push_str(&format!(
                "{}{corner}+---------------- {label} ----------------\n",
                ctx.indent()
            ));
            ctx.group_depth += 1;
            if !truncated {
                if crate::interp::stack_guard::native_stack_low() {
                    out.push_str(&format!("{}...\n", ctx.margin()));
                } else {
                    self.print_exception_recursive(sub, out, seen, ctx);
                }
            } else {
                let remaining = members.len() - MAX_GROUP_WIDTH;
                let s = if remaining > 1 { "s" } else { "" };
                out.push_str(&format!("{}and {remaining} more exception{s}\n", ctx.margin()));
            }
            if last && ctx.need_close {
                out.push_str(&format!("{}+------------------------------------\n", ctx.indent()));
                ctx.need_close = false;
            }
            ctx.group_depth -= 1;
        }
        if ctx.group_depth == 1 {
            ctx.group_depth -= 1;
        }
    }
}
