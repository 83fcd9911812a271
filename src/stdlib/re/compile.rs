//! Syntax tree → [`Program`], as CPython 3.11's `Lib/re/_compiler.py` lowers it to sre code.
//!
//! The instructions are our own (an enum with absolute jump targets and side tables for sets
//! and alternations), but each keeps the semantics of the sre opcode it stands for, and the
//! compiler makes the same choices `_compiler` does: a repeat of one character becomes a
//! single-character repeat (`RepeatOne`), anything else a general repeat with an `Until`;
//! case-insensitive literals and sets are lowered and completed with `_EXTRA_CASES` the way
//! `_compile` and `_optimize_charset` do it, quirks included.

use super::chars::{self, CatCode};
use super::parse::{self, At, Category, MAXREPEAT, Node, Parsed, RepeatKind, SetItem, Width};
use super::{Flags, ReError};

/// A zero-width position test, resolved for the flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AtCode {
    Beginning,
    BeginningLine,
    BeginningString,
    End,
    EndLine,
    EndString,
    Boundary,
    NonBoundary,
    UniBoundary,
    UniNonBoundary,
}

/// One instruction. Operand `pc`s are absolute indices into [`Program::code`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Op {
    /// Record the position in capture slot `n` (group `n / 2 + 1`, start if even).
    Mark(u32),
    Literal(u32),
    NotLiteral(u32),
    /// Literals compared with the ASCII-lowercased character.
    LiteralIgnore(u32),
    NotLiteralIgnore(u32),
    /// Literals compared with the Unicode-lowercased character.
    LiteralUniIgnore(u32),
    NotLiteralUniIgnore(u32),
    /// Literals under `re.L | re.I` (C locale: the character or its ASCII case pair).
    LiteralLocIgnore(u32),
    NotLiteralLocIgnore(u32),
    /// `.` without DOTALL.
    Any,
    /// `.` with DOTALL.
    AnyAll,
    /// Set membership (index into [`Program::sets`]); the `Ignore` forms lowercase first.
    In(u32),
    InIgnore(u32),
    InUniIgnore(u32),
    InLocIgnore(u32),
    At(AtCode),
    /// Alternatives starting at the pcs in `Program::branches[n]`, each ending in a `Jump`.
    Branch(u32),
    Jump(u32),
    /// Greedy repeat of the single-character item at `pc + 1`; the tail is at `pc + 2`.
    RepeatOne {
        min: u32,
        max: u32,
    },
    /// Lazy repeat of the single-character item at `pc + 1`; the tail is at `pc + 2`.
    MinRepeatOne {
        min: u32,
        max: u32,
    },
    /// Possessive repeat of the single-character item at `pc + 1`; the tail is at `pc + 2`.
    PossessiveRepeatOne {
        min: u32,
        max: u32,
    },
    /// General repeat: body at `pc + 1`, then `MaxUntil`/`MinUntil` at `until`, tail after.
    Repeat {
        min: u32,
        max: u32,
        until: u32,
    },
    MaxUntil,
    MinUntil,
    /// Possessive general repeat: body at `pc + 1` ending in `Success`, tail at `tail`.
    PossessiveRepeat {
        min: u32,
        max: u32,
        tail: u32,
    },
    /// `(?>...)`: body at `pc + 1` ending in `Success`, tail at `tail`.
    AtomicGroup {
        tail: u32,
    },
    /// Lookahead (`back` 0) or lookbehind by `back` characters: body at `pc + 1` ending in
    /// `Success`, tail at `tail`.
    Assert {
        back: u32,
        tail: u32,
    },
    AssertNot {
        back: u32,
        tail: u32,
    },
    /// Backreference to group `n + 1`.
    GroupRef(u32),
    GroupRefIgnore(u32),
    GroupRefUniIgnore(u32),
    GroupRefLocIgnore(u32),
    /// `(?(n+1)yes|no)`: yes at `pc + 1`, no (or the tail) at `no`.
    GroupRefExists {
        group: u32,
        no: u32,
    },
    Success,
    Failure,
}

/// A compiled character set: membership is `member(c) != negate`.
#[derive(Clone, Debug)]
pub(crate) struct CharSet {
    negate: bool,
    /// Sorted, disjoint, non-adjacent inclusive ranges.
    ranges: Vec<(u32, u32)>,
    /// Ranges matched by the character or its Unicode uppercase (`RANGE_UNI_IGNORE`).
    upper_ranges: Vec<(u32, u32)>,
    categories: Vec<CatCode>,
    /// The answer for every code point below 256, precomputed.
    latin1: [u64; 4],
}

impl CharSet {
    fn new(
        negate: bool,
        mut ranges: Vec<(u32, u32)>,
        upper_ranges: Vec<(u32, u32)>,
        categories: Vec<CatCode>,
    ) -> CharSet {
        ranges.sort_unstable();
        let mut merged: Vec<(u32, u32)> = Vec::with_capacity(ranges.len());
        for (lo, hi) in ranges {
            match merged.last_mut() {
                Some(last) if lo <= last.1.saturating_add(1) => last.1 = last.1.max(hi),
                _ => merged.push((lo, hi)),
            }
        }
        let mut set = CharSet {
            negate,
            ranges: merged,
            upper_ranges,
            categories,
            latin1: [0; 4],
        };
        for c in 0..256u32 {
            if set.contains_slow(c)
                && let Some(word) = set.latin1.get_mut((c / 64) as usize)
            {
                *word |= 1 << (c % 64);
            }
        }
        set
    }

    fn contains_slow(&self, c: u32) -> bool {
        let i = self.ranges.partition_point(|r| r.1 < c);
        let mut member = self.ranges.get(i).is_some_and(|r| r.0 <= c);
        if !member && !self.upper_ranges.is_empty() {
            let u = chars::upper_unicode(c);
            member = self
                .upper_ranges
                .iter()
                .any(|&(lo, hi)| (lo..=hi).contains(&c) || (lo..=hi).contains(&u));
        }
        if !member {
            member = self.categories.iter().any(|cat| cat.test(c));
        }
        member != self.negate
    }

    /// Whether `c` is in the set.
    #[inline]
    pub(crate) fn contains(&self, c: u32) -> bool {
        if c < 256 {
            return self
                .latin1
                .get((c / 64) as usize)
                .is_some_and(|w| w & (1 << (c % 64)) != 0);
        }
        self.contains_slow(c)
    }
}

/// A compiled pattern.
#[derive(Debug)]
pub(crate) struct Program {
    pub(crate) code: Vec<Op>,
    pub(crate) sets: Vec<CharSet>,
    pub(crate) branches: Vec<Vec<u32>>,
    /// Number of capturing groups.
    pub(crate) groups: usize,
    /// The shortest possible match (`getwidth()[0]`, capped).
    pub(crate) min_width: usize,
    /// Instructions (at these pcs) one of which must match the first character of any
    /// match, when known: a search skips positions where none does.
    pub(crate) first_units: Option<Vec<u32>>,
    /// For characters below 256: whether some instruction of `first_units` matches.
    pub(crate) first_latin1: [u64; 4],
    /// The literal characters every match starts with (the program's leading `Literal`s,
    /// captures stepped over): a search checks them before running the program.
    pub(crate) prefix: Vec<u32>,
    /// A substring searcher for `prefix` over bytes (when every character is below 256).
    pub(crate) prefix_finder: Option<memchr::memmem::Finder<'static>>,
}

/// Compiles a parsed pattern; `flags` are the pattern's final flags (`Parsed::flags`).
pub(crate) fn compile(parsed: &Parsed) -> Result<Program, ReError> {
    let mut c = Compiler {
        code: Vec::new(),
        sets: Vec::new(),
        branches: Vec::new(),
        group_widths: &parsed.group_widths,
    };
    c.compile_seq(&parsed.nodes, parsed.flags)?;
    c.code.push(Op::Success);
    let (lo, _) = parse::width(&parsed.nodes, &parsed.group_widths);
    let mut program = Program {
        code: c.code,
        sets: c.sets,
        branches: c.branches,
        groups: parsed.groups,
        min_width: usize::try_from(lo).unwrap_or(usize::MAX),
        first_units: None,
        first_latin1: [0; 4],
        prefix: Vec::new(),
        prefix_finder: None,
    };
    for op in &program.code {
        match *op {
            Op::Literal(c) => program.prefix.push(c),
            Op::Mark(_) => {}
            _ => break,
        }
    }
    if !program.prefix.is_empty() {
        let bytes: Option<Vec<u8>> = program.prefix.iter().map(|&c| u8::try_from(c).ok()).collect();
        program.prefix_finder = bytes.map(|b| memchr::memmem::Finder::new(&b).into_owned());
    }
    if program.min_width > 0 {
        program.first_units = super::first::first_units(&program);
    }
    if let Some(units) = &program.first_units {
        let mut table = [0u64; 4];
        for ch in 0..256u32 {
            if units.iter().any(|&pc| {
                program
                    .code
                    .get(pc as usize)
                    .is_some_and(|&op| super::exec::unit_matches(&program, op, ch))
            }) && let Some(word) = table.get_mut((ch / 64) as usize)
            {
                *word |= 1 << (ch % 64);
            }
        }
        program.first_latin1 = table;
    }
    Ok(program)
}

struct Compiler<'a> {
    code: Vec<Op>,
    sets: Vec<CharSet>,
    branches: Vec<Vec<u32>>,
    group_widths: &'a [Option<Width>],
}

/// `_compiler._combine_flags`.
fn combine_flags(flags: u32, add: u32, del: u32) -> u32 {
    let type_flags = Flags::ASCII | Flags::LOCALE | Flags::UNICODE;
    let flags = if add & type_flags != 0 {
        flags & !type_flags
    } else {
        flags
    };
    (flags | add) & !del
}

/// `_compiler._simple`: a subpattern that is one character wide and has no groups.
fn simple(nodes: &[Node]) -> bool {
    match nodes {
        [Node::Group { group: None, body, .. }] => simple(body),
        [Node::Literal(_) | Node::NotLiteral(_) | Node::Any | Node::In { .. }] => true,
        _ => false,
    }
}

/// The case rules in force under `flags` (`_compile`'s `iscased`/`tolower`/`fixes`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum CaseMode {
    Sensitive,
    Ascii,
    Unicode,
    Locale,
}

fn case_mode(flags: u32) -> CaseMode {
    if flags & Flags::IGNORECASE == 0 {
        CaseMode::Sensitive
    } else if flags & Flags::LOCALE != 0 {
        CaseMode::Locale
    } else if flags & Flags::UNICODE != 0 {
        CaseMode::Unicode
    } else {
        CaseMode::Ascii
    }
}

fn category_code(cat: Category, flags: u32) -> CatCode {
    let uni = flags & Flags::UNICODE != 0 && flags & Flags::LOCALE == 0;
    match (cat, uni) {
        (Category::Digit, false) => CatCode::Digit,
        (Category::NotDigit, false) => CatCode::NotDigit,
        (Category::Space, false) => CatCode::Space,
        (Category::NotSpace, false) => CatCode::NotSpace,
        (Category::Word, false) => CatCode::Word,
        (Category::NotWord, false) => CatCode::NotWord,
        (Category::Digit, true) => CatCode::UniDigit,
        (Category::NotDigit, true) => CatCode::UniNotDigit,
        (Category::Space, true) => CatCode::UniSpace,
        (Category::NotSpace, true) => CatCode::UniNotSpace,
        (Category::Word, true) => CatCode::UniWord,
        (Category::NotWord, true) => CatCode::UniNotWord,
    }
}

impl Compiler<'_> {
    fn pc(&self) -> u32 {
        self.code.len() as u32
    }

    fn add_set(&mut self, set: CharSet) -> u32 {
        self.sets.push(set);
        (self.sets.len() - 1) as u32
    }

    fn compile_seq(&mut self, nodes: &[Node], flags: u32) -> Result<(), ReError> {
        for node in nodes {
            self.compile_node(node, flags)?;
        }
        Ok(())
    }

    fn compile_literal(&mut self, c: u32, negate: bool, flags: u32) {
        let op = match case_mode(flags) {
            CaseMode::Sensitive => {
                if negate {
                    Op::NotLiteral(c)
                } else {
                    Op::Literal(c)
                }
            }
            CaseMode::Locale => {
                if negate {
                    Op::NotLiteralLocIgnore(c)
                } else {
                    Op::LiteralLocIgnore(c)
                }
            }
            CaseMode::Ascii if chars::iscased_ascii(c) => {
                let lo = chars::lower_ascii(c);
                if negate {
                    Op::NotLiteralIgnore(lo)
                } else {
                    Op::LiteralIgnore(lo)
                }
            }
            CaseMode::Unicode if chars::iscased_unicode(c) => {
                let lo = chars::lower_unicode(c);
                match chars::extra_cases(lo) {
                    None => {
                        if negate {
                            Op::NotLiteralUniIgnore(lo)
                        } else {
                            Op::LiteralUniIgnore(lo)
                        }
                    }
                    Some(extra) => {
                        let mut ranges = vec![(lo, lo)];
                        ranges.extend(extra.iter().map(|&k| (k, k)));
                        let set = self.add_set(CharSet::new(negate, ranges, Vec::new(), Vec::new()));
                        Op::InUniIgnore(set)
                    }
                }
            }
            _ => {
                if negate {
                    Op::NotLiteral(c)
                } else {
                    Op::Literal(c)
                }
            }
        };
        self.code.push(op);
    }

    /// `_optimize_charset` and the choice of `IN` opcode.
    fn compile_set(&mut self, negate: bool, items: &[SetItem], flags: u32) {
        let mode = case_mode(flags);
        let mut ranges: Vec<(u32, u32)> = Vec::new();
        let mut upper_ranges = Vec::new();
        let mut categories = Vec::new();
        let mut hascased = false;
        // Lowercased characters below 0x10000 go to a map, as `_optimize_charset`'s charmap.
        let mut bmp = match mode {
            CaseMode::Ascii | CaseMode::Unicode => Some(vec![0u64; 1024]),
            _ => None,
        };
        let fold = |c: u32| -> u32 {
            match mode {
                CaseMode::Ascii => chars::lower_ascii(c),
                _ => chars::lower_unicode(c),
            }
        };
        let iscased = |c: u32| -> bool {
            match mode {
                CaseMode::Ascii => chars::iscased_ascii(c),
                _ => chars::iscased_unicode(c),
            }
        };
        let mark = |bmp: &mut Vec<u64>, c: u32| {
            if let Some(word) = bmp.get_mut((c / 64) as usize) {
                *word |= 1 << (c % 64);
            }
            if mode == CaseMode::Unicode
                && let Some(extra) = chars::extra_cases(c)
            {
                for &k in extra {
                    if let Some(word) = bmp.get_mut((k / 64) as usize) {
                        *word |= 1 << (k % 64);
                    }
                }
            }
        };
        for item in items {
            match *item {
                SetItem::Category(cat) => categories.push(category_code(cat, flags)),
                SetItem::Literal(c) => match bmp.as_mut() {
                    None => ranges.push((c, c)),
                    Some(map) => {
                        let lo = fold(c);
                        if lo < 0x10000 {
                            mark(map, lo);
                            hascased |= iscased(c);
                        } else {
                            // Kept as is, not lowered (sre's quirk: an uppercase
                            // non-BMP letter in a set never matches).
                            ranges.push((c, c));
                            hascased = true;
                        }
                    }
                },
                SetItem::Range(lo, hi) => match bmp.as_mut() {
                    None => ranges.push((lo, hi)),
                    Some(map) => {
                        let mut overflow = false;
                        for c in lo..=hi {
                            let l = fold(c);
                            if l >= 0x10000 {
                                overflow = true;
                                break;
                            }
                            mark(map, l);
                        }
                        if overflow {
                            upper_ranges.push((lo, hi));
                            hascased = true;
                        } else if !hascased {
                            hascased = (lo..=hi).any(iscased);
                        }
                    }
                },
            }
        }
        if let Some(map) = bmp {
            let mut c = 0u32;
            while c < 0x10000 {
                let set = |c: u32| map.get((c / 64) as usize).is_some_and(|w| w & (1 << (c % 64)) != 0);
                if set(c) {
                    let start = c;
                    while c < 0x10000 && set(c) {
                        c += 1;
                    }
                    ranges.push((start, c - 1));
                } else {
                    c += 1;
                }
            }
        }
        let set = self.add_set(CharSet::new(negate, ranges, upper_ranges, categories));
        let op = match mode {
            CaseMode::Locale => Op::InLocIgnore(set),
            _ if !hascased => Op::In(set),
            CaseMode::Ascii => Op::InIgnore(set),
            _ => Op::InUniIgnore(set),
        };
        self.code.push(op);
    }

    // The patched indexes (`at`, `j`, `jump`, `table`) are ones this function recorded when it
    // pushed the placeholder instruction or branch table; `code` and `branches` only grow.
    #[allow(clippy::indexing_slicing)]
    fn compile_node(&mut self, node: &Node, flags: u32) -> Result<(), ReError> {
        if crate::interp::stack_guard::native_stack_low() {
            return Err(ReError::Recursion);
        }
        match node {
            Node::Literal(c) => self.compile_literal(*c, false, flags),
            Node::NotLiteral(c) => self.compile_literal(*c, true, flags),
            Node::In { negate, items } => self.compile_set(*negate, items, flags),
            Node::Any => self.code.push(if flags & Flags::DOTALL != 0 {
                Op::AnyAll
            } else {
                Op::Any
            }),
            Node::Repeat { min, max, kind, item } => {
                if flags & Flags::TEMPLATE != 0 {
                    let name = match kind {
                        RepeatKind::Greedy => "MAX_REPEAT",
                        RepeatKind::Lazy => "MIN_REPEAT",
                        RepeatKind::Possessive => "POSSESSIVE_REPEAT",
                    };
                    return Err(ReError::Compile(format!(
                        "internal: unsupported template operator {name}"
                    )));
                }
                let (min, max) = (*min, *max);
                if simple(item) {
                    self.code.push(match kind {
                        RepeatKind::Greedy => Op::RepeatOne { min, max },
                        RepeatKind::Lazy => Op::MinRepeatOne { min, max },
                        RepeatKind::Possessive => Op::PossessiveRepeatOne { min, max },
                    });
                    self.compile_seq(item, flags)?;
                } else if *kind == RepeatKind::Possessive {
                    let at = self.code.len();
                    self.code.push(Op::Failure);
                    self.compile_seq(item, flags)?;
                    self.code.push(Op::Success);
                    let tail = self.pc();
                    self.code[at] = Op::PossessiveRepeat { min, max, tail };
                } else {
                    let at = self.code.len();
                    self.code.push(Op::Failure);
                    self.compile_seq(item, flags)?;
                    let until = self.pc();
                    self.code.push(if *kind == RepeatKind::Greedy {
                        Op::MaxUntil
                    } else {
                        Op::MinUntil
                    });
                    self.code[at] = Op::Repeat { min, max, until };
                }
            }
            Node::Group { group, add, del, body } => {
                if let Some(g) = group {
                    self.code.push(Op::Mark(((g - 1) * 2) as u32));
                }
                self.compile_seq(body, combine_flags(flags, *add, *del))?;
                if let Some(g) = group {
                    self.code.push(Op::Mark(((g - 1) * 2 + 1) as u32));
                }
            }
            Node::Atomic(body) => {
                let at = self.code.len();
                self.code.push(Op::Failure);
                self.compile_seq(body, flags)?;
                self.code.push(Op::Success);
                let tail = self.pc();
                self.code[at] = Op::AtomicGroup { tail };
            }
            Node::Assert { behind, negate, body } => {
                let back = if *behind {
                    let (lo, hi) = parse::width(body, self.group_widths);
                    if lo > u64::from(u32::MAX) {
                        return Err(ReError::Compile("looks too much behind".into()));
                    }
                    if lo != hi {
                        return Err(ReError::Compile("look-behind requires fixed-width pattern".into()));
                    }
                    lo as u32
                } else {
                    0
                };
                let at = self.code.len();
                self.code.push(Op::Failure);
                self.compile_seq(body, flags)?;
                self.code.push(Op::Success);
                let tail = self.pc();
                self.code[at] = if *negate {
                    Op::AssertNot { back, tail }
                } else {
                    Op::Assert { back, tail }
                };
            }
            Node::At(at) => {
                let multiline = flags & Flags::MULTILINE != 0;
                let unicode = flags & Flags::UNICODE != 0 && flags & Flags::LOCALE == 0;
                let code = match at {
                    At::Beginning if multiline => AtCode::BeginningLine,
                    At::Beginning => AtCode::Beginning,
                    At::End if multiline => AtCode::EndLine,
                    At::End => AtCode::End,
                    At::BeginningString => AtCode::BeginningString,
                    At::EndString => AtCode::EndString,
                    At::Boundary if unicode => AtCode::UniBoundary,
                    At::Boundary => AtCode::Boundary,
                    At::NonBoundary if unicode => AtCode::UniNonBoundary,
                    At::NonBoundary => AtCode::NonBoundary,
                };
                self.code.push(Op::At(code));
            }
            Node::Branch(alts) => {
                let table = self.branches.len();
                self.branches.push(Vec::new());
                self.code.push(Op::Branch(table as u32));
                let mut starts = Vec::with_capacity(alts.len());
                let mut jumps = Vec::with_capacity(alts.len());
                for alt in alts {
                    starts.push(self.pc());
                    self.compile_seq(alt, flags)?;
                    jumps.push(self.code.len());
                    self.code.push(Op::Failure);
                }
                let end = self.pc();
                for j in jumps {
                    self.code[j] = Op::Jump(end);
                }
                self.branches[table] = starts;
            }
            Node::GroupRef(g) => {
                let n = (*g - 1) as u32;
                self.code.push(match case_mode(flags) {
                    CaseMode::Sensitive => Op::GroupRef(n),
                    CaseMode::Locale => Op::GroupRefLocIgnore(n),
                    CaseMode::Ascii => Op::GroupRefIgnore(n),
                    CaseMode::Unicode => Op::GroupRefUniIgnore(n),
                });
            }
            Node::GroupRefExists { group, yes, no } => {
                let at = self.code.len();
                self.code.push(Op::Failure);
                self.compile_seq(yes, flags)?;
                let group = (*group - 1) as u32;
                match no {
                    Some(no) if !no.is_empty() => {
                        let jump = self.code.len();
                        self.code.push(Op::Failure);
                        let no_pc = self.pc();
                        self.compile_seq(no, flags)?;
                        let end = self.pc();
                        self.code[jump] = Op::Jump(end);
                        self.code[at] = Op::GroupRefExists { group, no: no_pc };
                    }
                    _ => {
                        let end = self.pc();
                        self.code[at] = Op::GroupRefExists { group, no: end };
                    }
                }
            }
        }
        Ok(())
    }
}

/// Whether a repeat bound is unbounded.
#[inline]
pub(crate) fn unbounded(max: u32) -> bool {
    max == MAXREPEAT
}
