//! The process-wide cache of compiled patterns.
//!
//! Each engine's `re` module keeps CPython's own per-module cache of `Pattern` objects
//! (`re._cache`, bounded by `_MAXCACHE`, in `py/re.py`), so `re.search(p, s)` in a loop
//! finds its pattern object with one dict lookup and never comes here. Below it, this cache
//! shares the compiled [`Regex`] (an immutable program behind an `Arc`) between every engine
//! of the process: a hundred engines running the same plugin compile each pattern once.
//! A lookup takes the lock once; matching never touches it.

use std::sync::{Arc, Mutex, PoisonError};

use super::parse::ReWarning;
use super::{ReError, Regex};

/// Entries kept before the oldest is dropped (CPython's `_MAXCACHE`).
pub(crate) const MAX_ENTRIES: usize = 512;

/// What a compiled pattern depends on: its type, its text and the flags argument.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
struct Key {
    is_str: bool,
    pattern: Box<[u32]>,
    flags: u32,
}

/// Entries in insertion order (the front is the oldest); a hit is moved to the back.
static CACHE: Mutex<Vec<(Key, Arc<Regex>)>> = Mutex::new(Vec::new());

/// The compiled program of `pattern` (code points, or bytes when `!is_str`) with `flags`,
/// from the cache or compiled now (and cached). Errors are not cached.
#[cfg(test)]
pub(crate) fn compile(pattern: &[u32], is_str: bool, flags: u32) -> Result<Arc<Regex>, ReError> {
    compile_warning(pattern, is_str, flags, &mut Vec::new())
}

/// [`compile`], appending to `warnings` those parsing the pattern issues (kept with the
/// program, so a cached pattern gives them again, and given before an error too).
pub(crate) fn compile_warning(
    pattern: &[u32],
    is_str: bool,
    flags: u32,
    warnings: &mut Vec<ReWarning>,
) -> Result<Arc<Regex>, ReError> {
    let key = Key {
        is_str,
        pattern: pattern.into(),
        flags,
    };
    {
        let mut cache = CACHE.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(i) = cache.iter().position(|(k, _)| *k == key) {
            let entry = cache.remove(i);
            let rx = entry.1.clone();
            cache.push(entry);
            warnings.extend(rx.warnings.iter().cloned());
            return Ok(rx);
        }
    }
    // Compiled outside the lock: another engine may compile the same pattern meanwhile,
    // and both results are equal.
    let rx = Arc::new(Regex::new_warning(pattern, is_str, flags, warnings)?);
    let mut cache = CACHE.lock().unwrap_or_else(PoisonError::into_inner);
    if cache.len() >= MAX_ENTRIES {
        cache.remove(0);
    }
    cache.push((key, rx.clone()));
    Ok(rx)
}

/// `re.purge()`: forgets every compiled pattern (programs in use stay alive in their
/// `Arc`s).
pub(crate) fn purge() {
    CACHE.lock().unwrap_or_else(PoisonError::into_inner).clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(s: &str) -> Vec<u32> {
        s.chars().map(|c| c as u32).collect()
    }

    #[test]
    fn equal_keys_share_one_program_and_the_cache_is_bounded() {
        let a = compile(&units("cache-test-a+"), true, 0).ok();
        let b = compile(&units("cache-test-a+"), true, 0).ok();
        assert!(matches!((&a, &b), (Some(x), Some(y)) if Arc::ptr_eq(x, y)));
        let c = compile(&units("cache-test-a+"), false, 0).ok();
        assert!(matches!((&a, &c), (Some(x), Some(y)) if !Arc::ptr_eq(x, y)));
        for i in 0..MAX_ENTRIES + 10 {
            let _ = compile(&units(&format!("cache-fill-{i}")), true, 0);
        }
        assert!(CACHE.lock().unwrap_or_else(PoisonError::into_inner).len() <= MAX_ENTRIES);
        assert!(compile(&units("("), true, 0).is_err());
    }
}
