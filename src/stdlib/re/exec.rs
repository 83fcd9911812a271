//! The backtracking matcher: sre's matching semantics over a [`Program`].
//!
//! This is a state machine in the shape of `Modules/_sre/sre_lib.h`'s `SRE(match)`: an
//! instruction that must try something and come back (an alternative, a repeat's tail, a
//! lookaround body) pushes its frame and starts a child frame; when the child returns, the
//! parent resumes at the point recorded in its frame. Frames live on a heap vector, so
//! matching never recurses on the native stack however deep the backtracking goes. Capture
//! positions, the highest valid capture slot (`lastmark`), the saved copies of the
//! captures (`MARK_PUSH`) and the per-repeat state (count, last position for empty-match
//! protection) are kept exactly as sre keeps them, because which group captures what after
//! backtracking depends on those details.
//!
//! Every dispatched instruction counts one step (a single-character repeat counts one per 16
//! characters it scans); every [`TICK`] steps the [`Meter`] is asked whether to go on, so
//! fuel and deadlines bound catastrophic backtracking without reading a clock per step.

// Like `_sre`, the matcher indexes its program and state directly: instruction, set, branch
// table and repeat indexes are ones `compile` emitted for this program; text positions are read
// only below `end` (at most the text's length), which each instruction tests before its read;
// mark indexes are group numbers the parser checked against the group count, and `marks` has
// two slots per group. A per-step bounds check would slow every match.
#![allow(clippy::indexing_slicing)]

use super::chars;
use super::compile::{AtCode, Op, Program, unbounded};

/// A subject character: a byte (bytes, or a str of only ASCII) or a code point.
pub(crate) trait Unit: Copy {
    /// The code point.
    fn code(self) -> u32;

    /// The first position `i >= from` where `text[i..end]` starts with the program's literal
    /// prefix (non-empty), if any. `end <= text.len()`.
    #[inline]
    fn find_prefix(prog: &Program, text: &[Self], from: usize, end: usize) -> Option<usize> {
        let (&first, rest) = prog.prefix.split_first()?;
        let mut i = from;
        loop {
            let last = end.checked_sub(prog.prefix.len())?;
            if i > last {
                return None;
            }
            i += text.get(i..=last)?.iter().position(|c| c.code() == first)?;
            let tail = text.get(i + 1..i + 1 + rest.len())?;
            if tail.iter().zip(rest).all(|(c, &l)| c.code() == l) {
                return Some(i);
            }
            i += 1;
        }
    }

    /// The first position `i` in `from..=to` (`to <= text.len()`) at 0 or just after a
    /// `\n`: where `(?m)^` can match.
    #[inline]
    fn find_line_start(text: &[Self], from: usize, to: usize) -> Option<usize> {
        if from == 0 {
            return Some(0);
        }
        let off = text.get(from - 1..to)?.iter().position(|c| c.code() == 0x0a)?;
        Some(from + off)
    }
}

impl Unit for u8 {
    #[inline]
    fn code(self) -> u32 {
        u32::from(self)
    }

    #[inline]
    fn find_prefix(prog: &Program, text: &[u8], from: usize, end: usize) -> Option<usize> {
        // A prefix with a character past 255 never matches bytes.
        let finder = prog.prefix_finder.as_ref()?;
        finder.find(text.get(from..end)?).map(|i| i + from)
    }

    #[inline]
    fn find_line_start(text: &[u8], from: usize, to: usize) -> Option<usize> {
        if from == 0 {
            return Some(0);
        }
        memchr::memchr(b'\n', text.get(from - 1..to)?).map(|off| from + off)
    }
}

impl Unit for u32 {
    #[inline]
    fn code(self) -> u32 {
        self
    }
}

impl Unit for char {
    #[inline]
    fn code(self) -> u32 {
        self as u32
    }
}

/// Steps between two calls of [`Meter::tick`].
pub(crate) const TICK: u64 = 4096;

/// Decides whether a long match may go on (fuel, deadline, interrupts, memory).
pub(crate) trait Meter {
    /// Called every [`TICK`] steps with the steps taken so far in this call and the bytes the
    /// matcher's backtracking stacks hold; false stops the match with [`Stopped`].
    fn tick(&mut self, steps: u64, stack_bytes: usize) -> bool;

    /// Called after each match of a `finditer`/`findall`/`sub`/`split` loop with the units it
    /// scanned (a loop of many short matches may never reach a [`TICK`]); false stops the
    /// loop with [`Stopped`].
    fn matched(&mut self, _units: u64) -> bool {
        true
    }

    /// Called by the loops that build a result (`sub`, `split`, `findall`) with the bytes it
    /// holds so far; false stops the loop with [`Stopped`].
    fn holding(&mut self, _bytes: usize) -> bool {
        true
    }
}

/// A meter that never stops a match.
#[cfg(test)]
pub(crate) struct Unmetered;

#[cfg(test)]
impl Meter for Unmetered {
    fn tick(&mut self, _steps: u64, _stack_bytes: usize) -> bool {
        true
    }
}

/// A meter that stops after a number of steps.
#[cfg(test)]
pub(crate) struct StepLimit(pub(crate) u64);

#[cfg(test)]
impl Meter for StepLimit {
    fn tick(&mut self, steps: u64, _stack_bytes: usize) -> bool {
        steps <= self.0
    }
}

/// The meter stopped the match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Stopped;

/// A successful match: `spans[0]` is the whole match, `spans[g]` group `g` (None when it
/// did not take part).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Captures {
    pub(crate) spans: smallvec::SmallVec<[Option<(usize, usize)>; 8]>,
    /// The last group closed (`Match.lastindex`).
    pub(crate) lastindex: Option<usize>,
}

impl Captures {
    /// Whether a group's span ends before it starts. sre can record such a capture after
    /// backtracking through lookarounds and then raises `SystemError("The span of capturing
    /// group is wrong, please report a bug for the re module.")` instead of returning the
    /// match; the module layer does the same.
    pub(crate) fn has_inverted_span(&self) -> bool {
        self.spans.iter().flatten().any(|&(s, e)| s > e)
    }
}

/// How a match attempt is anchored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    /// `Pattern.match`: at `pos` only.
    Match,
    /// `Pattern.fullmatch`: at `pos`, ending at `endpos`.
    FullMatch,
    /// `Pattern.search`: the first position from `pos` where a match starts.
    Search,
}

const NONE: usize = usize::MAX;

/// Where a parent frame resumes when its child returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Resume {
    Branch,
    RepeatOne,
    MinRepeatOne,
    Repeat,
    MaxUntil1,
    MaxUntil2,
    MaxUntil3,
    MinUntil1,
    MinUntil2,
    MinUntil3,
    PossRepeat1,
    PossRepeat2,
    Atomic,
    Assert,
    AssertNot,
}

/// One activation (sre's `match_context`).
#[derive(Clone, Copy, Debug)]
struct Frame {
    pc: usize,
    ptr: usize,
    count: isize,
    lastmark: isize,
    lastindex: isize,
    /// The repeat this frame works on (index into `Machine::repeats`).
    rep: usize,
    /// The alternative being tried (Branch).
    alt: usize,
    toplevel: bool,
    resume: Resume,
}

impl Frame {
    fn new(pc: usize, ptr: usize, toplevel: bool) -> Frame {
        Frame {
            pc,
            ptr,
            count: 0,
            lastmark: -1,
            lastindex: -1,
            rep: NONE,
            alt: 0,
            toplevel,
            resume: Resume::Branch,
        }
    }
}

/// A general repeat in progress (sre's `SRE_REPEAT`).
#[derive(Clone, Copy, Debug)]
struct RepeatState {
    count: isize,
    /// The pc of the `Repeat` instruction.
    pc: usize,
    prev: usize,
    last_ptr: usize,
}

/// What the machine does next.
enum Action {
    /// Run instructions of the current frame from its `pc`.
    Dispatch,
    /// Push the current frame (resuming at `resume`) and run a child at `pc`.
    Call { resume: Resume, pc: usize, toplevel: bool },
    /// The current frame is done.
    Return(bool),
}

struct Machine<'a, T: Unit> {
    prog: &'a Program,
    text: &'a [T],
    /// `state->end`: the end position (`endpos`).
    end: usize,
    /// `state->start`: where this attempt began.
    start: usize,
    match_all: bool,
    must_advance: bool,
    /// `state->ptr`: the position a child starts from and a successful one ends at.
    ptr: usize,
    marks: Vec<usize>,
    lastmark: isize,
    lastindex: isize,
    repeat: usize,
    repeats: Vec<RepeatState>,
    /// Saved captures and saved `last_ptr`s.
    data: Vec<usize>,
    frames: Vec<Frame>,
    steps: u64,
    next_tick: u64,
    meter: &'a mut dyn Meter,
}

/// The matcher's stacks, kept between the matches of one `finditer`/`sub`/`split` so each
/// search does not allocate them again.
#[derive(Default)]
pub(crate) struct Scratch {
    marks: Vec<usize>,
    repeats: Vec<RepeatState>,
    data: Vec<usize>,
    frames: Vec<Frame>,
}

impl Scratch {
    /// The bytes the stacks hold.
    pub(crate) fn bytes(&self) -> usize {
        self.marks.capacity() * size_of::<usize>()
            + self.repeats.capacity() * size_of::<RepeatState>()
            + self.data.capacity() * size_of::<usize>()
            + self.frames.capacity() * size_of::<Frame>()
    }
}

/// Runs `prog` over `text[..endpos]` from `pos`, as `Pattern.match`/`fullmatch`/`search`.
/// `must_advance` forbids an empty match at `pos` (the next step of `finditer`/`sub`/`split`
/// after an empty match).
#[allow(clippy::too_many_arguments)]
pub(crate) fn execute<T: Unit>(
    prog: &Program,
    text: &[T],
    pos: usize,
    endpos: usize,
    mode: Mode,
    must_advance: bool,
    meter: &mut dyn Meter,
    scratch: &mut Scratch,
) -> Result<Option<Captures>, Stopped> {
    let len = text.len();
    let start = pos.min(len);
    let mut m = Machine {
        prog,
        text,
        end: endpos.min(len),
        start,
        match_all: mode == Mode::FullMatch,
        must_advance,
        ptr: start,
        marks: std::mem::take(&mut scratch.marks),
        lastmark: -1,
        lastindex: -1,
        repeat: NONE,
        repeats: std::mem::take(&mut scratch.repeats),
        data: std::mem::take(&mut scratch.data),
        frames: std::mem::take(&mut scratch.frames),
        steps: 0,
        next_tick: TICK,
        meter,
    };
    if m.marks.len() < 2 * prog.groups {
        m.marks.resize(2 * prog.groups, NONE);
    }
    let result = m.execute(mode);
    scratch.marks = m.marks;
    scratch.repeats = m.repeats;
    scratch.data = m.data;
    scratch.frames = m.frames;
    result
}

/// Whether the single-character instruction `op` matches `c`.
#[inline]
pub(crate) fn unit_matches(prog: &Program, op: Op, c: u32) -> bool {
    match op {
        Op::Literal(x) => c == x,
        Op::NotLiteral(x) => c != x,
        Op::LiteralIgnore(x) => chars::lower_ascii(c) == x,
        Op::NotLiteralIgnore(x) => chars::lower_ascii(c) != x,
        Op::LiteralUniIgnore(x) => chars::lower_unicode(c) == x,
        Op::NotLiteralUniIgnore(x) => chars::lower_unicode(c) != x,
        Op::LiteralLocIgnore(x) => loc_ignore_eq(x, c),
        Op::NotLiteralLocIgnore(x) => !loc_ignore_eq(x, c),
        Op::Any => c != '\n' as u32,
        Op::AnyAll => true,
        Op::In(s) => prog.sets[s as usize].contains(c),
        Op::InIgnore(s) => prog.sets[s as usize].contains(chars::lower_ascii(c)),
        Op::InUniIgnore(s) => prog.sets[s as usize].contains(chars::lower_unicode(c)),
        Op::InLocIgnore(s) => {
            let set = &prog.sets[s as usize];
            let lo = chars::lower_ascii(c);
            let up = chars::upper_ascii(c);
            set.contains(lo) || (up != lo && set.contains(up))
        }
        _ => false,
    }
}

/// sre's `char_loc_ignore` in the C locale.
#[inline]
fn loc_ignore_eq(pattern: u32, c: u32) -> bool {
    c == pattern || chars::lower_ascii(c) == pattern || chars::upper_ascii(c) == pattern
}

impl<T: Unit> Machine<'_, T> {
    fn execute(&mut self, mode: Mode) -> Result<Option<Captures>, Stopped> {
        let prog = self.prog;
        let (start, end) = (self.start, self.end);
        let min = prog.min_width;
        if mode != Mode::Search {
            if min > 0 && end >= start && end - start < min {
                return Ok(None);
            }
            self.reset(start);
            return Ok(if self.run(start)? { Some(self.captures()) } else { None });
        }
        if start > end || (min > 0 && end - start < min) {
            return Ok(None);
        }
        let last = if min > 1 { end - (min - 1) } else { end };
        let (anchored, line_start) = match prog.code.first() {
            Some(Op::At(AtCode::Beginning | AtCode::BeginningString)) => (true, false),
            Some(Op::At(AtCode::BeginningLine)) => (false, true),
            _ => (false, false),
        };
        let text = self.text;
        let mut p = start;
        loop {
            // Skip to the next position where a match can start: the literal prefix found by
            // a substring search, else after a newline for `(?m)^`, else a first character.
            if !prog.prefix.is_empty() {
                match T::find_prefix(prog, text, p, end) {
                    Some(q) if q <= last => p = q,
                    _ => return Ok(None),
                }
            } else {
                if line_start {
                    match T::find_line_start(text, p, last) {
                        Some(q) => p = q,
                        None => return Ok(None),
                    }
                }
                if let Some(units) = &prog.first_units {
                    while p < end && !self.first_ok(units, text[p].code()) {
                        p += 1;
                    }
                    if p >= end || p > last {
                        return Ok(None);
                    }
                    if line_start && p > 0 && text[p - 1].code() != 0x0a {
                        // Not at a line start any more: look for the next one.
                        p += 1;
                        continue;
                    }
                }
            }
            // `\A` and `^` (without MULTILINE) match only at 0: nothing past the first try.
            if anchored && p > start {
                return Ok(None);
            }
            self.reset(p);
            if self.run(p)? {
                return Ok(Some(self.captures()));
            }
            // Only the first position may refuse an empty match (sre runs the later ones
            // below the top level).
            self.must_advance = false;
            if anchored || p >= last {
                return Ok(None);
            }
            p += 1;
        }
    }

    fn reset(&mut self, start: usize) {
        self.start = start;
        self.ptr = start;
        self.lastmark = -1;
        self.lastindex = -1;
        self.repeat = NONE;
        self.repeats.clear();
        self.data.clear();
        self.frames.clear();
    }

    #[inline]
    fn first_ok(&self, units: &[u32], c: u32) -> bool {
        if c < 256 {
            return self.prog.first_latin1[(c / 64) as usize] & (1 << (c % 64)) != 0;
        }
        units
            .iter()
            .any(|&pc| unit_matches(self.prog, self.prog.code[pc as usize], c))
    }

    fn captures(&self) -> Captures {
        let groups = self.prog.groups;
        let mut spans = smallvec::SmallVec::with_capacity(groups + 1);
        spans.push(Some((self.start, self.ptr)));
        for g in 0..groups {
            let j = 2 * g;
            let span = if (j as isize) < self.lastmark && self.marks[j] != NONE && self.marks[j + 1] != NONE {
                Some((self.marks[j], self.marks[j + 1]))
            } else {
                None
            };
            spans.push(span);
        }
        Captures {
            spans,
            lastindex: usize::try_from(self.lastindex).ok(),
        }
    }

    fn stack_bytes(&self) -> usize {
        self.frames.capacity() * size_of::<Frame>()
            + self.data.capacity() * size_of::<usize>()
            + self.repeats.capacity() * size_of::<RepeatState>()
    }

    #[cold]
    fn tick(&mut self) -> Result<(), Stopped> {
        self.next_tick = self.steps + TICK;
        if self.meter.tick(self.steps, self.stack_bytes()) {
            Ok(())
        } else {
            Err(Stopped)
        }
    }

    // `MARK_PUSH` / `MARK_POP` / `MARK_POP_KEEP` / `MARK_POP_DISCARD`: the captures up to
    // `lastmark`, saved on the data stack.
    fn mark_push(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            self.data.extend_from_slice(&self.marks[..=lastmark as usize]);
        }
    }

    fn mark_pop(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            let from = self.data.len() - n;
            self.marks[..n].copy_from_slice(&self.data[from..]);
            self.data.truncate(from);
        }
    }

    fn mark_pop_keep(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            let from = self.data.len() - n;
            self.marks[..n].copy_from_slice(&self.data[from..]);
        }
    }

    fn mark_pop_discard(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            self.data.truncate(self.data.len() - n);
        }
    }

    fn lastmark_save(&self, f: &mut Frame) {
        f.lastmark = self.lastmark;
        f.lastindex = self.lastindex;
    }

    fn lastmark_restore(&mut self, f: &Frame) {
        self.lastmark = f.lastmark;
        self.lastindex = f.lastindex;
    }

    /// Runs the program from `ptr`; true on a match (then `self.ptr` is its end).
    fn run(&mut self, ptr: usize) -> Result<bool, Stopped> {
        self.ptr = ptr;
        let mut cur = Frame::new(0, ptr, true);
        let mut action = Action::Dispatch;
        loop {
            action = match action {
                Action::Dispatch => self.dispatch(&mut cur)?,
                Action::Call { resume, pc, toplevel } => {
                    cur.resume = resume;
                    let child = Frame::new(pc, self.ptr, toplevel);
                    self.frames.push(std::mem::replace(&mut cur, child));
                    Action::Dispatch
                }
                Action::Return(ret) => match self.frames.pop() {
                    None => return Ok(ret),
                    Some(parent) => {
                        cur = parent;
                        self.resume(&mut cur, ret)
                    }
                },
            };
        }
    }

    /// The number of characters from `ptr` (at most `max`) that the single-character
    /// instruction at `pc` matches (sre's `SRE(count)`).
    fn count(&mut self, pc: usize, ptr: usize, max: u32) -> usize {
        let mut limit = self.end;
        if !unbounded(max) && (max as usize) < limit.saturating_sub(ptr) {
            limit = ptr + max as usize;
        }
        if ptr >= limit {
            return 0;
        }
        let text = &self.text[ptr..limit];
        let prog = self.prog;
        let n = match prog.code[pc] {
            Op::In(s) => {
                let set = &prog.sets[s as usize];
                text.iter().position(|c| !set.contains(c.code())).unwrap_or(text.len())
            }
            Op::Any => text.iter().position(|c| c.code() == '\n' as u32).unwrap_or(text.len()),
            Op::AnyAll => text.len(),
            Op::Literal(x) => text.iter().position(|c| c.code() != x).unwrap_or(text.len()),
            Op::NotLiteral(x) => text.iter().position(|c| c.code() == x).unwrap_or(text.len()),
            op => text
                .iter()
                .position(|c| !unit_matches(prog, op, c.code()))
                .unwrap_or(text.len()),
        };
        self.steps += (n as u64) >> 4;
        n
    }

    #[inline]
    fn at(&self, code: AtCode, ptr: usize) -> bool {
        let text = self.text;
        let end = self.end;
        let newline = '\n' as u32;
        let char_at = |i: usize| text.get(i).map(|c| c.code());
        match code {
            AtCode::Beginning | AtCode::BeginningString => ptr == 0,
            AtCode::BeginningLine => ptr == 0 || char_at(ptr - 1) == Some(newline),
            AtCode::End => ptr == end || (ptr + 1 == end && char_at(ptr) == Some(newline)),
            AtCode::EndLine => ptr == end || char_at(ptr) == Some(newline),
            AtCode::EndString => ptr == end,
            AtCode::Boundary | AtCode::NonBoundary | AtCode::UniBoundary | AtCode::UniNonBoundary => {
                if end == 0 {
                    return false;
                }
                let word = |c: u32| match code {
                    AtCode::Boundary | AtCode::NonBoundary => chars::is_ascii_word(c),
                    _ => chars::is_uni_word(c),
                };
                let that = ptr > 0 && char_at(ptr - 1).is_some_and(word);
                let this = ptr < end && char_at(ptr).is_some_and(word);
                match code {
                    AtCode::Boundary | AtCode::UniBoundary => this != that,
                    _ => this == that,
                }
            }
        }
    }

    /// A backreference to group `group + 1` at `ptr`: the end of the matched copy, or None.
    fn group_ref(&self, group: u32, ptr: usize, fold: fn(u32) -> u32) -> Option<usize> {
        let g = group as usize * 2;
        if g as isize >= self.lastmark {
            return None;
        }
        let (p, e) = (self.marks[g], self.marks[g + 1]);
        if p == NONE || e == NONE || e < p {
            return None;
        }
        let n = e - p;
        if ptr > self.end || self.end - ptr < n {
            // sre compares character by character and fails at the end; the result is
            // the same.
            return None;
        }
        for i in 0..n {
            if fold(self.text[ptr + i].code()) != fold(self.text[p + i].code()) {
                return None;
            }
        }
        Some(ptr + n)
    }

    fn dispatch(&mut self, cur: &mut Frame) -> Result<Action, Stopped> {
        let prog = self.prog;
        let code = &prog.code[..];
        let end = self.end;
        let mut pc = cur.pc;
        let mut ptr = cur.ptr;
        macro_rules! fail {
            () => {
                return Ok(Action::Return(false))
            };
        }
        macro_rules! unit {
            ($op:expr) => {{
                if ptr >= end || !unit_matches(prog, $op, self.text[ptr].code()) {
                    fail!();
                }
                ptr += 1;
                pc += 1;
            }};
        }
        loop {
            self.steps += 1;
            if self.steps >= self.next_tick {
                self.tick()?;
            }
            let op = code[pc];
            match op {
                Op::Mark(i) => {
                    let i = i as isize;
                    if i & 1 == 1 {
                        self.lastindex = i / 2 + 1;
                    }
                    if i > self.lastmark {
                        for j in (self.lastmark + 1)..i {
                            self.marks[j as usize] = NONE;
                        }
                        self.lastmark = i;
                    }
                    self.marks[i as usize] = ptr;
                    pc += 1;
                }
                Op::Literal(x) => {
                    if ptr >= end || self.text[ptr].code() != x {
                        fail!();
                    }
                    ptr += 1;
                    pc += 1;
                }
                Op::In(s) => {
                    if ptr >= end || !prog.sets[s as usize].contains(self.text[ptr].code()) {
                        fail!();
                    }
                    ptr += 1;
                    pc += 1;
                }
                Op::NotLiteral(_)
                | Op::LiteralIgnore(_)
                | Op::NotLiteralIgnore(_)
                | Op::LiteralUniIgnore(_)
                | Op::NotLiteralUniIgnore(_)
                | Op::LiteralLocIgnore(_)
                | Op::NotLiteralLocIgnore(_)
                | Op::Any
                | Op::AnyAll
                | Op::InIgnore(_)
                | Op::InUniIgnore(_)
                | Op::InLocIgnore(_) => unit!(op),
                Op::Success => {
                    if cur.toplevel && ((self.match_all && ptr != end) || (self.must_advance && ptr == self.start)) {
                        fail!();
                    }
                    self.ptr = ptr;
                    return Ok(Action::Return(true));
                }
                Op::Failure => fail!(),
                Op::At(at) => {
                    if !self.at(at, ptr) {
                        fail!();
                    }
                    pc += 1;
                }
                Op::Jump(target) => pc = target as usize,
                Op::Branch(_) => {
                    self.lastmark_save(cur);
                    if self.repeat != NONE {
                        self.mark_push(cur.lastmark);
                    }
                    cur.pc = pc;
                    cur.ptr = ptr;
                    cur.alt = 0;
                    return Ok(self.branch_next(cur));
                }
                Op::RepeatOne { min, max } => {
                    if (min as isize) > end as isize - ptr as isize {
                        fail!();
                    }
                    self.ptr = ptr;
                    let count = self.count(pc + 1, ptr, max);
                    ptr += count;
                    if count < min as usize {
                        fail!();
                    }
                    if code[pc + 2] == Op::Success
                        && ptr == end
                        && !(cur.toplevel && self.must_advance && ptr == self.start)
                    {
                        self.ptr = ptr;
                        return Ok(Action::Return(true));
                    }
                    self.lastmark_save(cur);
                    if self.repeat != NONE {
                        self.mark_push(cur.lastmark);
                    }
                    cur.pc = pc;
                    cur.ptr = ptr;
                    cur.count = count as isize;
                    return Ok(self.repeat_one_next(cur));
                }
                Op::MinRepeatOne { min, max: _ } => {
                    if (min as isize) > end as isize - ptr as isize {
                        fail!();
                    }
                    self.ptr = ptr;
                    let mut count = 0;
                    if min > 0 {
                        count = self.count(pc + 1, ptr, min);
                        if count < min as usize {
                            fail!();
                        }
                        ptr += count;
                    }
                    if code[pc + 2] == Op::Success
                        && !(cur.toplevel
                            && ((self.match_all && ptr != end) || (self.must_advance && ptr == self.start)))
                    {
                        self.ptr = ptr;
                        return Ok(Action::Return(true));
                    }
                    self.lastmark_save(cur);
                    if self.repeat != NONE {
                        self.mark_push(cur.lastmark);
                    }
                    cur.pc = pc;
                    cur.ptr = ptr;
                    cur.count = count as isize;
                    return Ok(self.min_repeat_one_try(cur));
                }
                Op::PossessiveRepeatOne { min, max } => {
                    if (min as isize) > end as isize - ptr as isize {
                        fail!();
                    }
                    self.ptr = ptr;
                    let count = self.count(pc + 1, ptr, max);
                    ptr += count;
                    if count < min as usize {
                        fail!();
                    }
                    pc += 2;
                    if code[pc] == Op::Success
                        && ptr == end
                        && !(cur.toplevel && self.must_advance && ptr == self.start)
                    {
                        self.ptr = ptr;
                        return Ok(Action::Return(true));
                    }
                }
                Op::Repeat { until, .. } => {
                    self.repeats.push(RepeatState {
                        count: -1,
                        pc,
                        prev: self.repeat,
                        last_ptr: NONE,
                    });
                    self.repeat = self.repeats.len() - 1;
                    self.ptr = ptr;
                    cur.pc = pc;
                    cur.ptr = ptr;
                    cur.rep = self.repeat;
                    return Ok(Action::Call {
                        resume: Resume::Repeat,
                        pc: until as usize,
                        toplevel: cur.toplevel,
                    });
                }
                Op::MaxUntil | Op::MinUntil => {
                    let rep = self.repeat;
                    if rep == NONE {
                        fail!();
                    }
                    self.ptr = ptr;
                    let r = self.repeats[rep];
                    let Op::Repeat { min, max, .. } = code[r.pc] else {
                        fail!()
                    };
                    let count = r.count + 1;
                    cur.pc = pc;
                    cur.ptr = ptr;
                    cur.rep = rep;
                    cur.count = count;
                    let greedy = op == Op::MaxUntil;
                    if count < min as isize {
                        self.repeats[rep].count = count;
                        return Ok(Action::Call {
                            resume: if greedy { Resume::MaxUntil1 } else { Resume::MinUntil1 },
                            pc: r.pc + 1,
                            toplevel: cur.toplevel,
                        });
                    }
                    if greedy {
                        if (count < max as isize || unbounded(max)) && self.ptr != r.last_ptr {
                            self.repeats[rep].count = count;
                            self.lastmark_save(cur);
                            self.mark_push(cur.lastmark);
                            self.data.push(r.last_ptr);
                            self.repeats[rep].last_ptr = self.ptr;
                            return Ok(Action::Call {
                                resume: Resume::MaxUntil2,
                                pc: r.pc + 1,
                                toplevel: cur.toplevel,
                            });
                        }
                        return Ok(self.max_until_tail(cur));
                    }
                    self.repeat = r.prev;
                    self.lastmark_save(cur);
                    if self.repeat != NONE {
                        self.mark_push(cur.lastmark);
                    }
                    return Ok(Action::Call {
                        resume: Resume::MinUntil2,
                        pc: pc + 1,
                        toplevel: cur.toplevel,
                    });
                }
                Op::PossessiveRepeat { .. } => {
                    self.ptr = ptr;
                    cur.pc = pc;
                    cur.ptr = ptr;
                    cur.count = 0;
                    return Ok(self.poss_min_loop(cur));
                }
                Op::AtomicGroup { .. } => {
                    self.ptr = ptr;
                    cur.pc = pc;
                    cur.ptr = ptr;
                    return Ok(Action::Call {
                        resume: Resume::Atomic,
                        pc: pc + 1,
                        toplevel: false,
                    });
                }
                Op::Assert { back, .. } => {
                    if ptr < back as usize {
                        fail!();
                    }
                    self.ptr = ptr - back as usize;
                    cur.pc = pc;
                    cur.ptr = ptr;
                    return Ok(Action::Call {
                        resume: Resume::Assert,
                        pc: pc + 1,
                        toplevel: false,
                    });
                }
                Op::AssertNot { back, tail } => {
                    if ptr >= back as usize {
                        self.ptr = ptr - back as usize;
                        self.lastmark_save(cur);
                        if self.repeat != NONE {
                            self.mark_push(cur.lastmark);
                        }
                        cur.pc = pc;
                        cur.ptr = ptr;
                        return Ok(Action::Call {
                            resume: Resume::AssertNot,
                            pc: pc + 1,
                            toplevel: false,
                        });
                    }
                    pc = tail as usize;
                }
                Op::GroupRef(g) => match self.group_ref(g, ptr, |c| c) {
                    Some(p) => {
                        ptr = p;
                        pc += 1;
                    }
                    None => fail!(),
                },
                Op::GroupRefIgnore(g) | Op::GroupRefLocIgnore(g) => match self.group_ref(g, ptr, chars::lower_ascii) {
                    Some(p) => {
                        ptr = p;
                        pc += 1;
                    }
                    None => fail!(),
                },
                Op::GroupRefUniIgnore(g) => match self.group_ref(g, ptr, chars::lower_unicode) {
                    Some(p) => {
                        ptr = p;
                        pc += 1;
                    }
                    None => fail!(),
                },
                Op::GroupRefExists { group, no } => {
                    let g = group as usize * 2;
                    let set = (g as isize) < self.lastmark && {
                        let (p, e) = (self.marks[g], self.marks[g + 1]);
                        p != NONE && e != NONE && e >= p
                    };
                    pc = if set { pc + 1 } else { no as usize };
                }
            }
        }
    }

    /// Tries the alternatives of the branch at `cur.pc` from `cur.alt` on.
    fn branch_next(&mut self, cur: &mut Frame) -> Action {
        let prog = self.prog;
        let Op::Branch(table) = prog.code[cur.pc] else {
            return Action::Return(false);
        };
        let alts = &prog.branches[table as usize];
        let ptr = cur.ptr;
        while cur.alt < alts.len() {
            let start = alts[cur.alt] as usize;
            // Skip an alternative whose first character cannot match here.
            let skip = match prog.code[start] {
                Op::Literal(x) => ptr >= self.end || self.text[ptr].code() != x,
                Op::In(s) => ptr >= self.end || !prog.sets[s as usize].contains(self.text[ptr].code()),
                _ => false,
            };
            if !skip {
                self.ptr = ptr;
                return Action::Call {
                    resume: Resume::Branch,
                    pc: start,
                    toplevel: cur.toplevel,
                };
            }
            cur.alt += 1;
        }
        if self.repeat != NONE {
            self.mark_pop_discard(cur.lastmark);
        }
        Action::Return(false)
    }

    /// The greedy single-character repeat at `cur.pc` with `cur.count` items taken: try the
    /// tail, giving back one item per failure.
    fn repeat_one_next(&mut self, cur: &mut Frame) -> Action {
        let Op::RepeatOne { min, .. } = self.prog.code[cur.pc] else {
            return Action::Return(false);
        };
        let min = min as isize;
        let tail = cur.pc + 2;
        if let Op::Literal(chr) = self.prog.code[tail] {
            // Skip positions where the tail's first literal does not match.
            while cur.count >= min && (cur.ptr >= self.end || self.text[cur.ptr].code() != chr) {
                cur.ptr = cur.ptr.wrapping_sub(1);
                cur.count -= 1;
            }
        }
        if cur.count < min {
            if self.repeat != NONE {
                self.mark_pop_discard(cur.lastmark);
            }
            return Action::Return(false);
        }
        self.ptr = cur.ptr;
        Action::Call {
            resume: Resume::RepeatOne,
            pc: tail,
            toplevel: cur.toplevel,
        }
    }

    /// The lazy single-character repeat at `cur.pc` with `cur.count` items taken: try the
    /// tail if the count allows.
    fn min_repeat_one_try(&mut self, cur: &mut Frame) -> Action {
        let Op::MinRepeatOne { max, .. } = self.prog.code[cur.pc] else {
            return Action::Return(false);
        };
        if unbounded(max) || cur.count <= max as isize {
            self.ptr = cur.ptr;
            return Action::Call {
                resume: Resume::MinRepeatOne,
                pc: cur.pc + 2,
                toplevel: cur.toplevel,
            };
        }
        if self.repeat != NONE {
            self.mark_pop_discard(cur.lastmark);
        }
        Action::Return(false)
    }

    /// A greedy general repeat that takes no more items: match its tail.
    fn max_until_tail(&mut self, cur: &mut Frame) -> Action {
        self.repeat = self.repeats[cur.rep].prev;
        Action::Call {
            resume: Resume::MaxUntil3,
            pc: cur.pc + 1,
            toplevel: cur.toplevel,
        }
    }

    /// A possessive general repeat: its required items first.
    fn poss_min_loop(&mut self, cur: &mut Frame) -> Action {
        let Op::PossessiveRepeat { min, .. } = self.prog.code[cur.pc] else {
            return Action::Return(false);
        };
        if cur.count < min as isize {
            return Action::Call {
                resume: Resume::PossRepeat1,
                pc: cur.pc + 1,
                toplevel: false,
            };
        }
        cur.ptr = NONE;
        self.poss_more(cur)
    }

    /// A possessive general repeat: more items while they match and consume characters.
    fn poss_more(&mut self, cur: &mut Frame) -> Action {
        let Op::PossessiveRepeat { max, tail, .. } = self.prog.code[cur.pc] else {
            return Action::Return(false);
        };
        if (cur.count < max as isize || unbounded(max)) && self.ptr != cur.ptr {
            self.lastmark_save(cur);
            self.mark_push(cur.lastmark);
            cur.ptr = self.ptr;
            return Action::Call {
                resume: Resume::PossRepeat2,
                pc: cur.pc + 1,
                toplevel: false,
            };
        }
        cur.pc = tail as usize;
        cur.ptr = self.ptr;
        Action::Dispatch
    }

    /// The child of `cur` returned `ret`: continue `cur` where it left off.
    fn resume(&mut self, cur: &mut Frame, ret: bool) -> Action {
        let code = &self.prog.code;
        match cur.resume {
            Resume::Branch => {
                if ret {
                    if self.repeat != NONE {
                        self.mark_pop_discard(cur.lastmark);
                    }
                    return Action::Return(true);
                }
                if self.repeat != NONE {
                    self.mark_pop_keep(cur.lastmark);
                }
                self.lastmark_restore(cur);
                cur.alt += 1;
                self.branch_next(cur)
            }
            Resume::RepeatOne => {
                if ret {
                    if self.repeat != NONE {
                        self.mark_pop_discard(cur.lastmark);
                    }
                    return Action::Return(true);
                }
                if self.repeat != NONE {
                    self.mark_pop_keep(cur.lastmark);
                }
                self.lastmark_restore(cur);
                cur.ptr = cur.ptr.wrapping_sub(1);
                cur.count -= 1;
                self.repeat_one_next(cur)
            }
            Resume::MinRepeatOne => {
                if ret {
                    if self.repeat != NONE {
                        self.mark_pop_discard(cur.lastmark);
                    }
                    return Action::Return(true);
                }
                if self.repeat != NONE {
                    self.mark_pop_keep(cur.lastmark);
                }
                self.lastmark_restore(cur);
                self.ptr = cur.ptr;
                if self.count(cur.pc + 1, cur.ptr, 1) == 0 {
                    if self.repeat != NONE {
                        self.mark_pop_discard(cur.lastmark);
                    }
                    return Action::Return(false);
                }
                cur.ptr += 1;
                cur.count += 1;
                self.min_repeat_one_try(cur)
            }
            Resume::Repeat => {
                self.repeat = self.repeats[cur.rep].prev;
                self.repeats.truncate(cur.rep);
                Action::Return(ret)
            }
            Resume::MaxUntil1 | Resume::MinUntil1 => {
                if ret {
                    return Action::Return(true);
                }
                self.repeats[cur.rep].count = cur.count - 1;
                self.ptr = cur.ptr;
                Action::Return(false)
            }
            Resume::MaxUntil2 => {
                self.repeats[cur.rep].last_ptr = self.data.pop().unwrap_or(NONE);
                if ret {
                    self.mark_pop_discard(cur.lastmark);
                    return Action::Return(true);
                }
                self.mark_pop(cur.lastmark);
                self.lastmark_restore(cur);
                self.repeats[cur.rep].count = cur.count - 1;
                self.ptr = cur.ptr;
                self.max_until_tail(cur)
            }
            Resume::MaxUntil3 => {
                self.repeat = cur.rep;
                if ret {
                    return Action::Return(true);
                }
                self.ptr = cur.ptr;
                Action::Return(false)
            }
            Resume::MinUntil2 => {
                let repeat_of_tail = self.repeat;
                self.repeat = cur.rep;
                if ret {
                    if repeat_of_tail != NONE {
                        self.mark_pop_discard(cur.lastmark);
                    }
                    return Action::Return(true);
                }
                if repeat_of_tail != NONE {
                    self.mark_pop(cur.lastmark);
                }
                self.lastmark_restore(cur);
                self.ptr = cur.ptr;
                let r = self.repeats[cur.rep];
                let Op::Repeat { max, .. } = code[r.pc] else {
                    return Action::Return(false);
                };
                if (cur.count >= max as isize && !unbounded(max)) || self.ptr == r.last_ptr {
                    return Action::Return(false);
                }
                self.repeats[cur.rep].count = cur.count;
                self.data.push(r.last_ptr);
                self.repeats[cur.rep].last_ptr = self.ptr;
                Action::Call {
                    resume: Resume::MinUntil3,
                    pc: r.pc + 1,
                    toplevel: cur.toplevel,
                }
            }
            Resume::MinUntil3 => {
                self.repeats[cur.rep].last_ptr = self.data.pop().unwrap_or(NONE);
                if ret {
                    return Action::Return(true);
                }
                self.repeats[cur.rep].count = cur.count - 1;
                self.ptr = cur.ptr;
                Action::Return(false)
            }
            Resume::PossRepeat1 => {
                if ret {
                    cur.count += 1;
                    return self.poss_min_loop(cur);
                }
                self.ptr = cur.ptr;
                Action::Return(false)
            }
            Resume::PossRepeat2 => {
                if ret {
                    self.mark_pop_discard(cur.lastmark);
                    cur.count += 1;
                    return self.poss_more(cur);
                }
                self.mark_pop(cur.lastmark);
                self.lastmark_restore(cur);
                self.ptr = cur.ptr;
                let Op::PossessiveRepeat { tail, .. } = code[cur.pc] else {
                    return Action::Return(false);
                };
                cur.pc = tail as usize;
                cur.ptr = self.ptr;
                Action::Dispatch
            }
            Resume::Atomic => {
                if !ret {
                    self.ptr = cur.ptr;
                    return Action::Return(false);
                }
                let Op::AtomicGroup { tail } = code[cur.pc] else {
                    return Action::Return(false);
                };
                cur.pc = tail as usize;
                cur.ptr = self.ptr;
                Action::Dispatch
            }
            Resume::Assert => {
                if !ret {
                    return Action::Return(false);
                }
                let Op::Assert { tail, .. } = code[cur.pc] else {
                    return Action::Return(false);
                };
                cur.pc = tail as usize;
                Action::Dispatch
            }
            Resume::AssertNot => {
                if ret {
                    if self.repeat != NONE {
                        self.mark_pop_discard(cur.lastmark);
                    }
                    return Action::Return(false);
                }
                if self.repeat != NONE {
                    self.mark_pop(cur.lastmark);
                }
                self.lastmark_restore(cur);
                let Op::AssertNot { tail, .. } = code[cur.pc] else {
                    return Action::Return(false);
                };
                cur.pc = tail as usize;
                Action::Dispatch
            }
        }
    }
}
