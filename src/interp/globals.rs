//! Global namespaces: every module-level namespace is a real dict.
//!
//! Code runs in the globals dict of its frame: the engine's `main_globals` for programs the
//! engine runs, the dict given to `exec`/`eval`, and for a function the dict it was defined in
//! (`FunctionObj::globals`). So `globals()` is that dict itself, live in both directions, and
//! `exec(src, ns)` defines into `ns`.
//!
//! Speed: `LoadGlobal`/`StoreGlobal` keep a cache per global name of the code (`GlobalCache`),
//! which the frame finds through `Frame::gcache` (in the code object for code of one engine,
//! in the engine's `code_caches` for code shared between engines): the entry index where the name was found, or "absent, here is the builtin",
//! tagged with the key-set stamp of the table it was found in (`DictTable::keys_stamp`: unique
//! in the process, changed by every key insertion or removal, a rebuild or a clone), so a
//! matching stamp means the same table with the same keys in the same places: the fast path is
//! one compare and an index, and replacing a value (`x = x + 1`) keeps the cache
//! valid. A new key or a deletion costs each name one slow lookup afterwards.

use std::cell::Cell;

use super::{PyResult, Vm};
use crate::gc::{Gc, is_immortal};
use crate::runtime::dict::get_str;
use crate::runtime::object::*;
use crate::runtime::table::DictLookup;
use crate::runtime::value::Value;

/// Where the builtins of a globals dict come from (CPython's `_PyEval_BuiltinsFromGlobals`).
enum Builtins {
    /// The engine's builtins (no `__builtins__` key, or the builtins module or dict).
    Engine,
    /// A namespace's own `__builtins__` mapping (`eval(s, {"__builtins__": {}})`).
    Custom(Value),
}

/// `LoadGlobal`'s fast path: the value of global `i` in `g` as cache `i` of `caches` says, or
/// UNBOUND when the cache does not answer.
///
/// # Safety
/// `caches` is a frame's `gcache`: valid, with an entry for every global name of its code, and
/// `i` one of those names (the verifier checked global operands against them).
#[inline(always)]
pub(crate) unsafe fn cached_global(caches: *const Cell<GlobalCache>, i: usize, g: Gc<DictObj>) -> Value {
    // SAFETY: as the caller promises; the entry is read in place (no copy of the whole entry)
    // and nothing writes it meanwhile (no Python code runs here).
    let cache = unsafe { &*(*caches.add(i)).as_ptr() };
    g.with(|t| {
        if t.keys_stamp() != cache.keys {
            Value::UNBOUND
        } else if cache.ix == GlobalCache::ABSENT {
            cache.builtin
        } else {
            t.live_value_at(cache.ix as usize).unwrap_or(Value::UNBOUND)
        }
    })
}

/// `StoreGlobal`'s fast path: stores `v` where cache `i` of `caches` says global `i` lives in
/// `g`; false (nothing stored) when the cache does not answer.
///
/// # Safety
/// As for `cached_global`.
#[inline(always)]
pub(crate) unsafe fn store_cached_global(caches: *const Cell<GlobalCache>, i: usize, g: Gc<DictObj>, v: Value) -> bool {
    // SAFETY: as in `cached_global`.
    let cache = unsafe { &*(*caches.add(i)).as_ptr() };
    if cache.ix == GlobalCache::ABSENT || !g.with(|t| t.keys_stamp() == cache.keys) {
        return false;
    }
    g.with_mut(|t| t.set_value_at(cache.ix as usize, v));
    true
}

impl Vm {
    /// The global caches of frames running function `func` (`FunctionObj::gcache`).
    #[inline(always)]
    pub(crate) fn function_caches(&mut self, func: Gc<FunctionObj>) -> *const Cell<GlobalCache> {
        let p = func.gcache.get();
        if !p.is_null() {
            return p;
        }
        self.first_call_caches(func)
    }

    /// A function over shared code called for the first time: the engine's caches of its code.
    #[cold]
    #[inline(never)]
    fn first_call_caches(&mut self, func: Gc<FunctionObj>) -> *const Cell<GlobalCache> {
        let p = self.code_caches_of(func.code);
        // Functions are never shared between engines, but stay clear of any that would be.
        if !is_immortal(func.value()) {
            func.gcache.set(p);
        }
        p
    }

    /// The global caches of frames running `code` (`Frame::gcache`): the code's own, or for
    /// code shared between engines this engine's (`Vm::code_caches`), made on first use.
    pub(crate) fn code_caches_of(&mut self, code: Gc<CodeObj>) -> *const Cell<GlobalCache> {
        if !is_immortal(code.value()) {
            return code.global_cache.as_ptr();
        }
        self.code_caches
            .entry(code.value().bits())
            .or_insert_with(|| {
                code.global_names
                    .iter()
                    .map(|_| Cell::new(GlobalCache::EMPTY))
                    .collect()
            })
            .as_ptr()
    }

    /// The globals dict of the running frame (the engine's namespace when nothing runs).
    pub(crate) fn current_globals(&self) -> Gc<DictObj> {
        self.frames.last().map_or(self.main_globals, |f| f.globals)
    }

    pub fn set_global(&mut self, name: &str, v: Value) {
        let key = self.intern(name);
        let g = self.main_globals;
        // A str key compares without Python code: this cannot fail.
        let _ = self.dict_set(g, key, v);
    }

    /// The builtins dict, made on first use (the `__builtins__` that `exec`/`eval` insert into a
    /// namespace that lacks one, as CPython inserts its builtins module's dict).
    pub(crate) fn builtins_dict(&mut self) -> Value {
        if self.builtins_dict.is_unbound() {
            let names = self.builtin_entries();
            let d = self.new_dict();
            for (name, v) in names {
                let key = self.intern(&name);
                let _ = self.dict_set(d, key, v);
            }
            self.builtins_dict = d.value();
        }
        self.builtins_dict
    }

    fn builtins_of(&mut self, g: Gc<DictObj>) -> Builtins {
        let key = self.intern("__builtins__");
        match get_str(g, key) {
            Some(b) if b.downcast::<DictObj>().is_some() && b.bits() != self.builtins_dict.bits() => {
                Builtins::Custom(b)
            }
            _ => Builtins::Engine,
        }
    }

    /// `name` in the builtins of globals `g`; `None` when it has none of that name.
    fn lookup_builtin(&mut self, g: Gc<DictObj>, name: Value) -> PyResult<Option<Value>> {
        match self.builtins_of(g) {
            Builtins::Engine => {
                let n = self.str_of(name);
                if n == super::dynamic::DISPLAY_HOOK_NAME {
                    return Ok(Some(self.display_hook));
                }
                Ok(self.builtin(n.as_str()))
            }
            Builtins::Custom(b) => match b.downcast::<DictObj>() {
                Some(d) => self.dict_get(d, name),
                None => Ok(None),
            },
        }
    }

    /// `LoadGlobal` when its cache does not answer: looks the name up in the frame's globals,
    /// then its builtins, and refills the cache.
    // `i` is a Global operand, which the verifier checked is below `global_names.len()`.
    #[allow(clippy::indexing_slicing)]
    #[cold]
    #[inline(never)]
    pub(crate) fn load_global_slow(&mut self, code: Gc<CodeObj>, i: usize) -> PyResult<Value> {
        let g = self.current_globals();
        let name = code.global_names[i];
        let h = self.hash(name)?;
        match self.dict_lookup(g, h, name)? {
            DictLookup::Found { ix, .. } => {
                let (keys, v) = g.with(|t| (t.keys_stamp(), t.value_at(ix)));
                self.fill_global_cache(code, i, GlobalCache::found(keys, ix));
                Ok(v)
            }
            _ => {
                let engine = matches!(self.builtins_of(g), Builtins::Engine);
                let Some(v) = self.lookup_builtin(g, name)? else {
                    return Err(self.name_error(name));
                };
                // Only the engine's builtins are cached: they are old objects that never change
                // (a namespace's own builtins dict is looked up every time), except `_`, which
                // the REPL's display hook rebinds.
                if engine && self.str_of(name) != "_" {
                    let keys = g.with(|t| t.keys_stamp());
                    self.fill_global_cache(
                        code,
                        i,
                        GlobalCache {
                            keys,
                            ix: GlobalCache::ABSENT,
                            builtin: v,
                        },
                    );
                }
                Ok(v)
            }
        }
    }

    /// `StoreGlobal` when its cache does not answer.
    // `i` is a Global operand, which the verifier checked is below `global_names.len()`.
    #[allow(clippy::indexing_slicing)]
    #[cold]
    #[inline(never)]
    pub(crate) fn store_global_slow(&mut self, code: Gc<CodeObj>, i: usize, v: Value) -> PyResult<()> {
        let g = self.current_globals();
        let name = code.global_names[i];
        self.dict_set(g, name, v)?;
        // Cache where the name now lives (a str key is found without Python code).
        let h = self.hash(name)?;
        if let DictLookup::Found { ix, .. } = self.dict_lookup(g, h, name)? {
            let keys = g.with(|t| t.keys_stamp());
            self.fill_global_cache(code, i, GlobalCache::found(keys, ix));
        }
        Ok(())
    }

    /// Sets cache `i` of the running frame, which runs `code` (`Frame::gcache`).
    fn fill_global_cache(&self, code: Gc<CodeObj>, i: usize, entry: GlobalCache) {
        let Some(f) = self.frames.last().filter(|f| f.code.value() == code.value()) else {
            return;
        };
        if i >= code.global_names.len() {
            return;
        }
        if !is_immortal(code.value()) {
            // The caches are in the code object, which is old and may now refer to a builtin:
            // dirty its card (a builtin added at run time may be young). Shared code's caches
            // are the engine's, whose builtins are roots (`Vm::code_caches`).
            crate::gc::write_barrier(&*code as *const CodeObj as usize);
        }
        // SAFETY: a frame's caches have an entry per global name of its code (checked above).
        unsafe { (*f.gcache.add(i)).set(entry) }
    }

    /// `DeleteGlobal`: NameError when the name is not in the globals.
    // `i` is a Global operand, which the verifier checked is below `global_names.len()`;
    // `global_cache` has one entry per global name (`load` builds them together).
    #[allow(clippy::indexing_slicing)]
    pub(crate) fn delete_global(&mut self, code: Gc<CodeObj>, i: usize) -> PyResult<()> {
        let g = self.current_globals();
        let name = code.global_names[i];
        match self.dict_remove(g, name)? {
            Some(_) => Ok(()),
            None => Err(self.name_error(name)),
        }
    }

    /// A name of a class body or of code `exec`'d with its own locals, once the namespace
    /// lacks it: the frame's globals, then its builtins (`LOAD_NAME`'s fallback).
    pub(crate) fn load_name_fallback(&mut self, name: Value) -> PyResult<Value> {
        let g = self.current_globals();
        if let Some(v) = self.dict_get(g, name)? {
            return Ok(v);
        }
        match self.lookup_builtin(g, name)? {
            Some(v) => Ok(v),
            None => Err(self.name_error(name)),
        }
    }
}
