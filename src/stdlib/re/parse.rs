//! Pattern text → syntax tree, as CPython 3.11's `Lib/re/_parser.py` parses it.
//!
//! The tree has `_parser`'s shape (a sequence of items per subpattern; alternations whose
//! items share a first item have it moved out; alternations of single characters become a
//! set; non-capturing groups without flags are spliced into their parent), because the
//! compiler's choices (a single-character repeat or a general one) and hence some match
//! results depend on it. Errors carry `_parser`'s messages and positions; positions count
//! code points (bytes for a bytes pattern).

use super::{Flags, ReError};
use crate::runtime::strops;

/// `MAXREPEAT`: an unbounded repeat's maximum (sre's `SRE_MAXREPEAT` on 64-bit builds).
pub(crate) const MAXREPEAT: u32 = u32::MAX;

/// Nesting of groups deeper than this raises `RecursionError`, about where CPython's
/// recursive parser reaches the default recursion limit when called from module level.
const MAX_NESTING: usize = 496;

/// A `\d \s \w` class (or its negation), resolved to ASCII, Unicode or locale rules when
/// compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Category {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

/// One member of a character set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SetItem {
    Literal(u32),
    Range(u32, u32),
    Category(Category),
}

/// A zero-width position test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum At {
    /// `^`
    Beginning,
    /// `\A`
    BeginningString,
    /// `$`
    End,
    /// `\Z`
    EndString,
    /// `\b`
    Boundary,
    /// `\B`
    NonBoundary,
}

/// Greedy (`*`), lazy (`*?`) or possessive (`*+`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

/// One item of a subpattern (`_parser`'s `(opcode, argument)` pairs).
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Node {
    Literal(u32),
    NotLiteral(u32),
    Any,
    In {
        negate: bool,
        items: Vec<SetItem>,
    },
    At(At),
    Branch(Vec<Vec<Node>>),
    Repeat {
        min: u32,
        max: u32,
        kind: RepeatKind,
        item: Vec<Node>,
    },
    /// A group (`group` is its number) or a scoped-flags group `(?i:...)` (`group` None).
    Group {
        group: Option<usize>,
        add: u32,
        del: u32,
        body: Vec<Node>,
    },
    Atomic(Vec<Node>),
    GroupRef(usize),
    GroupRefExists {
        group: usize,
        yes: Vec<Node>,
        no: Option<Vec<Node>>,
    },
    Assert {
        behind: bool,
        negate: bool,
        body: Vec<Node>,
    },
}

impl Node {
    /// Whether two items are equal as `_parser` compares them when it looks for a common
    /// first item of alternatives: items holding subpatterns compare by identity there, so
    /// two different ones are never equal.
    fn same_leaf(&self, other: &Node) -> bool {
        match self {
            Node::Literal(_) | Node::NotLiteral(_) | Node::Any | Node::In { .. } | Node::At(_) | Node::GroupRef(_) => {
                self == other
            }
            _ => false,
        }
    }
}

/// The width of a subpattern: (minimum, maximum) in characters, capped at [`MAXWIDTH`].
pub(crate) type Width = (u64, u64);

/// `_parser.MAXWIDTH` (larger than any repeat count or string length).
pub(crate) const MAXWIDTH: u64 = 1 << 62;

/// A parsed pattern.
#[derive(Debug)]
pub(crate) struct Parsed {
    pub(crate) nodes: Vec<Node>,
    /// The argument flags, the inline global flags and `UNICODE` for a str pattern without
    /// `ASCII` (`_parser.fix_flags`).
    pub(crate) flags: u32,
    /// Number of capturing groups.
    pub(crate) groups: usize,
    /// Group names in definition order.
    pub(crate) names: Vec<(String, usize)>,
    /// Widths of the closed groups (index = group number).
    pub(crate) group_widths: Vec<Option<Width>>,
}

/// A token: a character, or a backslash and the character after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Tok {
    pub(super) c: u32,
    pub(super) escaped: bool,
}

impl Tok {
    pub(super) fn len(self) -> usize {
        if self.escaped { 2 } else { 1 }
    }

    pub(super) fn is(self, c: char) -> bool {
        !self.escaped && self.c == c as u32
    }

    pub(super) fn text(self) -> String {
        let mut s = String::new();
        if self.escaped {
            s.push('\\');
        }
        s.push(char_of(self.c));
        s
    }
}

/// The character for a code point of the pattern (a lone surrogate from a `\ud800` escape
/// never reaches here: escapes are decoded after tokenizing).
pub(super) fn char_of(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{fffd}')
}

/// A warning `_parser` issues while parsing (`warnings.warn`, pointed by its stack level at
/// the caller of the `re` function): the pattern still compiles.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ReWarning {
    /// A `FutureWarning` (else a `DeprecationWarning`).
    pub(crate) future: bool,
    pub(crate) message: String,
}

/// `_parser.Tokenizer`.
pub(super) struct Tokenizer<'a> {
    s: &'a [u32],
    istext: bool,
    index: usize,
    pub(super) next: Option<Tok>,
    /// The warnings issued so far, in order.
    pub(super) warnings: Vec<ReWarning>,
}

impl<'a> Tokenizer<'a> {
    pub(super) fn new(s: &'a [u32], istext: bool) -> Result<Tokenizer<'a>, ReError> {
        let mut t = Tokenizer {
            s,
            istext,
            index: 0,
            next: None,
            warnings: Vec::new(),
        };
        t.advance()?;
        Ok(t)
    }

    fn advance(&mut self) -> Result<(), ReError> {
        let Some(&c) = self.s.get(self.index) else {
            self.next = None;
            return Ok(());
        };
        if c == '\\' as u32 {
            let Some(&e) = self.s.get(self.index + 1) else {
                return Err(ReError::syntax("bad escape (end of pattern)", self.s.len() - 1));
            };
            self.index += 2;
            self.next = Some(Tok { c: e, escaped: true });
        } else {
            self.index += 1;
            self.next = Some(Tok { c, escaped: false });
        }
        Ok(())
    }

    fn next_is(&self, c: char) -> bool {
        self.next.is_some_and(|t| t.is(c))
    }

    pub(super) fn next_in(&self, set: fn(u32) -> bool) -> bool {
        self.next.is_some_and(|t| !t.escaped && set(t.c))
    }

    pub(super) fn eat(&mut self, c: char) -> Result<bool, ReError> {
        if self.next_is(c) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    pub(super) fn get(&mut self) -> Result<Option<Tok>, ReError> {
        let this = self.next;
        self.advance()?;
        Ok(this)
    }

    /// Up to `n` tokens from `set`, as text.
    fn get_while(&mut self, n: usize, set: fn(u32) -> bool) -> Result<String, ReError> {
        let mut out = String::new();
        for _ in 0..n {
            if !self.next_in(set) {
                break;
            }
            out.push(char_of(self.next.map_or(0, |t| t.c)));
            self.advance()?;
        }
        Ok(out)
    }

    /// Tokens up to `terminator`, as text; `name` is what is missing for the error.
    pub(super) fn get_until(&mut self, terminator: char, name: &str) -> Result<String, ReError> {
        let mut result = String::new();
        loop {
            let c = self.next;
            self.advance()?;
            match c {
                None => {
                    if result.is_empty() {
                        return Err(self.error(&format!("missing {name}"), 0));
                    }
                    let n = result.chars().count();
                    return Err(self.error(&format!("missing {terminator}, unterminated name"), n));
                }
                Some(t) if t.is(terminator) => {
                    if result.is_empty() {
                        return Err(self.error(&format!("missing {name}"), 1));
                    }
                    return Ok(result);
                }
                Some(t) => result.push_str(&t.text()),
            }
        }
    }

    pub(super) fn tell(&self) -> usize {
        self.index - self.next.map_or(0, Tok::len)
    }

    fn seek(&mut self, index: usize) -> Result<(), ReError> {
        self.index = index;
        self.advance()
    }

    pub(super) fn error(&self, msg: &str, offset: usize) -> ReError {
        ReError::syntax(&self.message(msg), self.tell() - offset)
    }

    /// A message as `_parser` makes it: for a bytes pattern, non-ASCII characters become
    /// `\xhh` escapes.
    fn message(&self, msg: &str) -> String {
        if self.istext {
            return msg.to_string();
        }
        let mut out = String::with_capacity(msg.len());
        for c in msg.chars() {
            if c.is_ascii() {
                out.push(c);
            } else {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
        }
        out
    }

    pub(super) fn check_group_name(&mut self, name: &str, offset: usize) -> Result<(), ReError> {
        if !strops::isidentifier(name) {
            let msg = format!("bad character in group name {}", strops::str_repr(name));
            return Err(self.error(&msg, name.chars().count() + offset));
        }
        if !self.istext && !name.is_ascii() {
            let at = self.tell().saturating_sub(name.chars().count() + offset);
            let message = format!(
                "bad character in group name {} at position {at}",
                strops::ascii_repr(name)
            );
            self.deprecated(message);
        }
        Ok(())
    }

    /// Issues a `FutureWarning`.
    pub(super) fn future(&mut self, message: String) {
        self.warnings.push(ReWarning { future: true, message });
    }

    /// Issues a `DeprecationWarning`.
    pub(super) fn deprecated(&mut self, message: String) {
        self.warnings.push(ReWarning { future: false, message });
    }

    /// `condname` (a group given by number) in a message: `repr` for a str pattern, `ascii`
    /// for bytes.
    pub(super) fn name_repr(&self, name: &str) -> String {
        if self.istext {
            strops::str_repr(name)
        } else {
            strops::ascii_repr(name)
        }
    }
}

pub(super) fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}

pub(super) fn is_octdigit(c: u32) -> bool {
    (b'0' as u32..=b'7' as u32).contains(&c)
}

fn is_hexdigit(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_ascii_hexdigit())
}

pub(super) fn is_ascii_letter(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_ascii_alphabetic())
}

fn is_whitespace(c: u32) -> bool {
    matches!(c, 0x20 | 0x09 | 0x0a | 0x0d | 0x0b | 0x0c)
}

/// The flag letter's value (`_parser.FLAGS`).
fn flag_of(t: Tok) -> Option<u32> {
    if t.escaped {
        return None;
    }
    Some(match char::from_u32(t.c)? {
        'i' => Flags::IGNORECASE,
        'L' => Flags::LOCALE,
        'm' => Flags::MULTILINE,
        's' => Flags::DOTALL,
        'x' => Flags::VERBOSE,
        'a' => Flags::ASCII,
        't' => Flags::TEMPLATE,
        'u' => Flags::UNICODE,
        _ => return None,
    })
}

const TYPE_FLAGS: u32 = Flags::ASCII | Flags::LOCALE | Flags::UNICODE;
const GLOBAL_FLAGS: u32 = Flags::DEBUG | Flags::TEMPLATE;

/// `_parser.State`.
struct State {
    flags: u32,
    names: Vec<(String, usize)>,
    group_widths: Vec<Option<Width>>,
    lookbehind_groups: Option<usize>,
    groupref_pos: Vec<(usize, usize)>,
    depth: usize,
}

impl State {
    fn groups(&self) -> usize {
        self.group_widths.len()
    }

    fn group_of(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|&(_, g)| g)
    }

    fn check_group(&self, gid: usize) -> bool {
        gid < self.groups() && self.group_widths.get(gid).is_some_and(|w| w.is_some())
    }

    fn check_lookbehind_group(&self, gid: usize, source: &Tokenizer) -> Result<(), ReError> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.check_group(gid) {
                return Err(source.error("cannot refer to an open group", 0));
            }
            if gid >= lb {
                return Err(source.error("cannot refer to group defined in the same lookbehind subpattern", 0));
            }
        }
        Ok(())
    }

    fn width(&self, nodes: &[Node]) -> Width {
        width(nodes, &self.group_widths)
    }
}

/// `SubPattern.getwidth`: the (minimum, maximum) width of a subpattern; `group_widths` are
/// the widths of the groups a backreference may name.
pub(crate) fn width(nodes: &[Node], group_widths: &[Option<Width>]) -> Width {
    let (mut lo, mut hi) = (0u64, 0u64);
    for node in nodes {
        let (l, h) = match node {
            Node::Branch(alts) => {
                let mut i = MAXWIDTH;
                let mut j = 0;
                for alt in alts {
                    let (l, h) = width(alt, group_widths);
                    i = i.min(l);
                    j = j.max(h);
                }
                (i, j)
            }
            Node::Atomic(body) | Node::Group { body, .. } => width(body, group_widths),
            Node::Repeat { min, max, item, .. } => {
                let (i, j) = width(item, group_widths);
                let l = i.saturating_mul(u64::from(*min));
                let h = if *max == MAXREPEAT && j > 0 {
                    MAXWIDTH
                } else {
                    j.saturating_mul(u64::from(*max))
                };
                (l, h)
            }
            Node::Literal(_) | Node::NotLiteral(_) | Node::Any | Node::In { .. } => (1, 1),
            Node::GroupRef(g) => group_widths.get(*g).copied().flatten().unwrap_or((0, 0)),
            Node::GroupRefExists { yes, no, .. } => {
                let (mut i, mut j) = width(yes, group_widths);
                match no {
                    Some(no) => {
                        let (l, h) = width(no, group_widths);
                        i = i.min(l);
                        j = j.max(h);
                    }
                    None => i = 0,
                }
                (i, j)
            }
            Node::At(_) | Node::Assert { .. } => (0, 0),
        };
        lo = lo.saturating_add(l);
        hi = hi.saturating_add(h);
    }
    (lo.min(MAXWIDTH), hi.min(MAXWIDTH))
}

/// Parses `pattern` (code points of a str, or bytes) with the argument `flags`, appending the
/// warnings `_parser` issues to `warnings` (those issued before an error too: CPython has
/// issued them when it raises).
pub(crate) fn parse_warning(
    pattern: &[u32],
    istext: bool,
    flags: u32,
    warnings: &mut Vec<ReWarning>,
) -> Result<Parsed, ReError> {
    let mut source = Tokenizer::new(pattern, istext)?;
    let result = parse_tokens(&mut source, flags);
    warnings.append(&mut source.warnings);
    result
}

fn parse_tokens(source: &mut Tokenizer, flags: u32) -> Result<Parsed, ReError> {
    let mut state = State {
        flags,
        names: Vec::new(),
        group_widths: vec![None],
        lookbehind_groups: None,
        groupref_pos: Vec::new(),
        depth: 0,
    };
    let verbose = flags & Flags::VERBOSE != 0;
    let nodes = parse_sub(source, &mut state, verbose, 0)?;
    let flags = fix_flags(source.istext, state.flags)?;
    if source.next.is_some() {
        return Err(source.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &state.groupref_pos {
        if g >= state.groups() {
            return Err(ReError::syntax(&format!("invalid group reference {g}"), pos));
        }
    }
    Ok(Parsed {
        nodes,
        flags,
        groups: state.groups() - 1,
        names: state.names,
        group_widths: state.group_widths,
    })
}

/// `_parser.fix_flags`: flags checked and completed for the pattern's type.
pub(crate) fn fix_flags(istext: bool, mut flags: u32) -> Result<u32, ReError> {
    if istext {
        if flags & Flags::LOCALE != 0 {
            return Err(ReError::Value("cannot use LOCALE flag with a str pattern".into()));
        }
        if flags & Flags::ASCII == 0 {
            flags |= Flags::UNICODE;
        } else if flags & Flags::UNICODE != 0 {
            return Err(ReError::Value("ASCII and UNICODE flags are incompatible".into()));
        }
    } else {
        if flags & Flags::UNICODE != 0 {
            return Err(ReError::Value("cannot use UNICODE flag with a bytes pattern".into()));
        }
        if flags & Flags::LOCALE != 0 && flags & Flags::ASCII != 0 {
            return Err(ReError::Value("ASCII and LOCALE flags are incompatible".into()));
        }
    }
    Ok(flags)
}

/// alternation: branch ('|' branch)*
fn parse_sub(
    source: &mut Tokenizer,
    state: &mut State,
    mut verbose: bool,
    nested: usize,
) -> Result<Vec<Node>, ReError> {
    state.depth += 1;
    if state.depth > MAX_NESTING || crate::interp::stack_guard::native_stack_low() {
        return Err(ReError::Recursion);
    }
    let mut items = Vec::new();
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse_seq(source, state, verbose, nested + 1, first)?);
        if !source.eat('|')? {
            break;
        }
        if nested == 0 {
            verbose = state.flags & Flags::VERBOSE != 0;
        }
    }
    state.depth -= 1;
    if items.len() == 1 {
        return Ok(items.pop().unwrap_or_default());
    }
    let mut out = Vec::new();
    // Move a first item all alternatives share out of the alternation.
    while let Some(prefix) = items.first().and_then(|item| item.first()).cloned() {
        if !items
            .iter()
            .all(|item| item.first().is_some_and(|n| n.same_leaf(&prefix)))
        {
            break;
        }
        for item in &mut items {
            item.remove(0);
        }
        out.push(prefix);
    }
    // Alternatives that are each one character or one non-negated set become one set.
    let mut set = Vec::new();
    let mut all_chars = true;
    for item in &items {
        match item.as_slice() {
            [Node::Literal(c)] => set.push(SetItem::Literal(*c)),
            [Node::In { negate: false, items }] => set.extend_from_slice(items),
            _ => {
                all_chars = false;
                break;
            }
        }
    }
    if all_chars {
        out.push(Node::In {
            negate: false,
            items: uniq(set),
        });
        return Ok(out);
    }
    out.push(Node::Branch(items));
    Ok(out)
}

fn uniq(items: Vec<SetItem>) -> Vec<SetItem> {
    let mut out: Vec<SetItem> = Vec::with_capacity(items.len());
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// branch: item*
fn parse_seq(
    source: &mut Tokenizer,
    state: &mut State,
    mut verbose: bool,
    nested: usize,
    first: bool,
) -> Result<Vec<Node>, ReError> {
    let mut sub: Vec<Node> = Vec::new();
    while let Some(this) = source.next {
        if this.is('|') || this.is(')') {
            break;
        }
        source.advance()?;
        if verbose {
            if !this.escaped && is_whitespace(this.c) {
                continue;
            }
            if this.is('#') {
                loop {
                    match source.get()? {
                        None => break,
                        Some(t) if t.is('\n') => break,
                        Some(_) => {}
                    }
                }
                continue;
            }
        }
        if this.escaped {
            sub.push(escape(source, this, state)?);
            continue;
        }
        match char_of(this.c) {
            '[' => sub.push(parse_set(source)?),
            c @ ('*' | '+' | '?' | '{') => {
                let here = source.tell();
                let (min, max) = match c {
                    '?' => (0, 1),
                    '*' => (0, MAXREPEAT),
                    '+' => (1, MAXREPEAT),
                    _ => {
                        if source.next_is('}') {
                            sub.push(Node::Literal(this.c));
                            continue;
                        }
                        let mut lo = String::new();
                        let mut hi = String::new();
                        while source.next_in(is_digit) {
                            lo.push(char_of(source.get()?.map_or(0, |t| t.c)));
                        }
                        if source.eat(',')? {
                            while source.next_in(is_digit) {
                                hi.push(char_of(source.get()?.map_or(0, |t| t.c)));
                            }
                        } else {
                            hi.clone_from(&lo);
                        }
                        if !source.eat('}')? {
                            sub.push(Node::Literal(this.c));
                            source.seek(here)?;
                            continue;
                        }
                        let mut min = 0;
                        let mut max = MAXREPEAT;
                        if !lo.is_empty() {
                            min = repeat_count(&lo)?;
                        }
                        if !hi.is_empty() {
                            max = repeat_count(&hi)?;
                            if max < min {
                                return Err(source.error("min repeat greater than max repeat", source.tell() - here));
                            }
                        }
                        (min, max)
                    }
                };
                let offset = source.tell() - here + this.len();
                let item = match sub.last() {
                    None | Some(Node::At(_)) => return Err(source.error("nothing to repeat", offset)),
                    Some(Node::Repeat { .. }) => return Err(source.error("multiple repeat", offset)),
                    Some(_) => sub.pop().unwrap_or(Node::Any),
                };
                let item = match item {
                    Node::Group {
                        group: None,
                        add: 0,
                        del: 0,
                        body,
                    } => body,
                    other => vec![other],
                };
                let kind = if source.eat('?')? {
                    RepeatKind::Lazy
                } else if source.eat('+')? {
                    RepeatKind::Possessive
                } else {
                    RepeatKind::Greedy
                };
                sub.push(Node::Repeat { min, max, kind, item });
            }
            '.' => sub.push(Node::Any),
            '(' => {
                if let Some(node) = parse_group(source, state, &mut verbose, nested, first, sub.is_empty())? {
                    sub.push(node);
                }
            }
            '^' => sub.push(Node::At(At::Beginning)),
            '$' => sub.push(Node::At(At::End)),
            _ => sub.push(Node::Literal(this.c)),
        }
    }
    // Splice non-capturing groups without flags into this subpattern.
    if sub.iter().any(|n| {
        matches!(
            n,
            Node::Group {
                group: None,
                add: 0,
                del: 0,
                ..
            }
        )
    }) {
        let mut out = Vec::with_capacity(sub.len());
        for node in sub {
            match node {
                Node::Group {
                    group: None,
                    add: 0,
                    del: 0,
                    body,
                } => out.extend(body),
                other => out.push(other),
            }
        }
        sub = out;
    }
    Ok(sub)
}

/// A repeat bound: `int(digits)` with CPython's errors for huge values.
fn repeat_count(digits: &str) -> Result<u32, ReError> {
    if digits.len() > 4300 {
        return Err(ReError::Value(format!(
            "Exceeds the limit (4300 digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    let trimmed = digits.trim_start_matches('0');
    match trimmed.parse::<u64>() {
        Ok(n) if n < u64::from(MAXREPEAT) => Ok(n as u32),
        _ if trimmed.is_empty() => Ok(0),
        _ => Err(ReError::Overflow("the repetition number is too large".into())),
    }
}

/// A group after its `(`; None for a comment or global flags (nothing to add).
fn parse_group(
    source: &mut Tokenizer,
    state: &mut State,
    verbose: &mut bool,
    nested: usize,
    first: bool,
    at_start: bool,
) -> Result<Option<Node>, ReError> {
    let start = source.tell() - 1;
    let mut capture = true;
    let mut atomic = false;
    let mut name: Option<String> = None;
    let mut add_flags = 0;
    let mut del_flags = 0;
    if source.eat('?')? {
        let Some(ch) = source.get()? else {
            return Err(source.error("unexpected end of pattern", 0));
        };
        if ch.is('P') {
            if source.eat('<')? {
                let n = source.get_until('>', "group name")?;
                source.check_group_name(&n, 1)?;
                name = Some(n);
            } else if source.eat('=')? {
                let n = source.get_until(')', "group name")?;
                source.check_group_name(&n, 1)?;
                let offset = n.chars().count() + 1;
                let Some(gid) = state.group_of(&n) else {
                    let msg = format!("unknown group name {}", strops::str_repr(&n));
                    return Err(source.error(&msg, offset));
                };
                if !state.check_group(gid) {
                    return Err(source.error("cannot refer to an open group", offset));
                }
                state.check_lookbehind_group(gid, source)?;
                return Ok(Some(Node::GroupRef(gid)));
            } else {
                let Some(c) = source.get()? else {
                    return Err(source.error("unexpected end of pattern", 0));
                };
                return Err(source.error(&format!("unknown extension ?P{}", c.text()), c.len() + 2));
            }
        } else if ch.is(':') {
            capture = false;
        } else if ch.is('#') {
            loop {
                if source.next.is_none() {
                    return Err(source.error("missing ), unterminated comment", source.tell() - start));
                }
                if source.get()?.is_some_and(|t| t.is(')')) {
                    break;
                }
            }
            return Ok(None);
        } else if ch.is('=') || ch.is('!') || ch.is('<') {
            let mut kind = ch;
            let mut behind = false;
            let mut outer_lookbehind = None;
            if ch.is('<') {
                let Some(c) = source.get()? else {
                    return Err(source.error("unexpected end of pattern", 0));
                };
                if !(c.is('=') || c.is('!')) {
                    return Err(source.error(&format!("unknown extension ?<{}", c.text()), c.len() + 2));
                }
                kind = c;
                behind = true;
                outer_lookbehind = Some(state.lookbehind_groups);
                if state.lookbehind_groups.is_none() {
                    state.lookbehind_groups = Some(state.groups());
                }
            }
            let body = parse_sub(source, state, *verbose, nested + 1)?;
            if let Some(None) = outer_lookbehind {
                state.lookbehind_groups = None;
            }
            if !source.eat(')')? {
                return Err(source.error("missing ), unterminated subpattern", source.tell() - start));
            }
            return Ok(Some(Node::Assert {
                behind,
                negate: kind.is('!'),
                body,
            }));
        } else if ch.is('(') {
            return parse_conditional(source, state, *verbose, nested, start).map(Some);
        } else if ch.is('>') {
            capture = false;
            atomic = true;
        } else if flag_of(ch).is_some() || ch.is('-') {
            match parse_flags(source, state, ch)? {
                None => {
                    if !first || !at_start {
                        return Err(
                            source.error("global flags not at the start of the expression", source.tell() - start)
                        );
                    }
                    *verbose = state.flags & Flags::VERBOSE != 0;
                    return Ok(None);
                }
                Some((add, del)) => {
                    add_flags = add;
                    del_flags = del;
                    capture = false;
                }
            }
        } else {
            return Err(source.error(&format!("unknown extension ?{}", ch.text()), ch.len() + 1));
        }
    }
    let group = if capture {
        let gid = state.groups();
        state.group_widths.push(None);
        if let Some(n) = &name {
            if let Some(ogid) = state.group_of(n) {
                let msg = format!(
                    "redefinition of group name {} as group {gid}; was group {ogid}",
                    strops::str_repr(n)
                );
                return Err(source.error(&msg, n.chars().count() + 1));
            }
            state.names.push((n.clone(), gid));
        }
        Some(gid)
    } else {
        None
    };
    let sub_verbose = (*verbose || add_flags & Flags::VERBOSE != 0) && del_flags & Flags::VERBOSE == 0;
    let body = parse_sub(source, state, sub_verbose, nested + 1)?;
    if !source.eat(')')? {
        return Err(source.error("missing ), unterminated subpattern", source.tell() - start));
    }
    if let Some(g) = group {
        let width = state.width(&body);
        if let Some(w) = state.group_widths.get_mut(g) {
            *w = Some(width);
        }
    }
    if atomic {
        return Ok(Some(Node::Atomic(body)));
    }
    Ok(Some(Node::Group {
        group,
        add: add_flags,
        del: del_flags,
        body,
    }))
}

/// `(?(group)yes|no)` after its `(?(`.
fn parse_conditional(
    source: &mut Tokenizer,
    state: &mut State,
    verbose: bool,
    nested: usize,
    start: usize,
) -> Result<Node, ReError> {
    state.depth += 1;
    if state.depth > MAX_NESTING || crate::interp::stack_guard::native_stack_low() {
        return Err(ReError::Recursion);
    }
    let condname = source.get_until(')', "group name")?;
    let offset = condname.chars().count() + 1;
    let group = if strops::isidentifier(&condname) {
        match state.group_of(&condname) {
            Some(g) => g,
            None => {
                let msg = format!("unknown group name {}", strops::str_repr(&condname));
                return Err(source.error(&msg, offset));
            }
        }
    } else {
        // `int(condname)` accepts surrounding whitespace, a sign, underscores and non-ASCII
        // digits; the group number must be positive.
        let bad = || {
            source.error(
                &format!("bad character in group name {}", strops::str_repr(&condname)),
                offset,
            )
        };
        let value = parse_python_int(&condname).ok_or_else(bad)?;
        if value.is_negative() {
            return Err(bad());
        }
        if value == PyIntValue::Zero {
            return Err(source.error("bad group number", offset));
        }
        let g = match value {
            PyIntValue::Positive(g) if g < MAX_GROUPS => g as usize,
            _ => {
                let msg = format!("invalid group reference {}", value.text());
                return Err(source.error(&msg, offset));
            }
        };
        if !state.groupref_pos.iter().any(|&(x, _)| x == g) {
            state.groupref_pos.push((g, source.tell() - offset));
        }
        if !(condname.chars().all(|c| c.is_ascii_digit())) {
            let message = format!(
                "bad character in group name {} at position {}",
                source.name_repr(&condname),
                source.tell() - offset
            );
            source.deprecated(message);
        }
        g
    };
    state.check_lookbehind_group(group, source)?;
    let yes = parse_seq(source, state, verbose, nested + 1, false)?;
    let no = if source.eat('|')? {
        let no = parse_seq(source, state, verbose, nested + 1, false)?;
        if source.next_is('|') {
            return Err(source.error("conditional backref with more than two branches", 0));
        }
        Some(no)
    } else {
        None
    };
    if !source.eat(')')? {
        return Err(source.error("missing ), unterminated subpattern", source.tell() - start));
    }
    state.depth -= 1;
    Ok(Node::GroupRefExists { group, yes, no })
}

/// `_sre.MAXGROUPS` on 64-bit builds.
pub(super) const MAX_GROUPS: u64 = (1 << 30) - 1;

/// The value of `int(text)` as far as group numbers need it.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum PyIntValue {
    Zero,
    Negative,
    Positive(u64),
    /// Positive and too large for a `u64`; kept as its decimal digits.
    Huge(String),
}

impl PyIntValue {
    pub(super) fn is_negative(&self) -> bool {
        *self == PyIntValue::Negative
    }

    pub(super) fn text(&self) -> String {
        match self {
            PyIntValue::Positive(n) => n.to_string(),
            PyIntValue::Huge(s) => s.clone(),
            PyIntValue::Zero => "0".into(),
            PyIntValue::Negative => "-".into(),
        }
    }
}

/// `int(s)` for a decimal string (whitespace, a sign, single underscores between digits,
/// any Unicode decimal digits); None where `int` raises ValueError.
pub(super) fn parse_python_int(s: &str) -> Option<PyIntValue> {
    let t = s.trim_matches(strops::char_isspace);
    let (negative, body) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let mut digits = String::new();
    let mut prev_underscore = true;
    for c in body.chars() {
        if c == '_' {
            if prev_underscore {
                return None;
            }
            prev_underscore = true;
            continue;
        }
        let d = decimal_value(c)?;
        digits.push(char::from(b'0' + d));
        prev_underscore = false;
    }
    if digits.is_empty() || prev_underscore {
        return None;
    }
    let trimmed = digits.trim_start_matches('0');
    if trimmed.is_empty() {
        return Some(PyIntValue::Zero);
    }
    if negative {
        return Some(PyIntValue::Negative);
    }
    Some(match trimmed.parse::<u64>() {
        Ok(n) => PyIntValue::Positive(n),
        Err(_) => PyIntValue::Huge(trimmed.to_string()),
    })
}

/// The digit value of a Unicode decimal digit (category Nd: runs of ten from a zero).
fn decimal_value(c: char) -> Option<u8> {
    if c.is_ascii_digit() {
        return Some(c as u8 - b'0');
    }
    if !strops::char_isdecimal(c) {
        return None;
    }
    let mut zero = c as u32;
    for _ in 0..10 {
        let Some(prev) = zero.checked_sub(1).and_then(char::from_u32) else {
            break;
        };
        if !strops::char_isdecimal(prev) {
            break;
        }
        zero -= 1;
    }
    Some(((c as u32 - zero) % 10) as u8)
}

/// Inline flags after `(?` and the first flag letter (or `-`): None for global flags
/// (`(?i)`), else the flags turned on and off for a scoped group.
fn parse_flags(source: &mut Tokenizer, state: &mut State, first: Tok) -> Result<Option<(u32, u32)>, ReError> {
    let mut add = 0;
    let mut del = 0;
    let mut ch = first;
    if !first.is('-') {
        loop {
            let flag = flag_of(ch).unwrap_or(0);
            if source.istext {
                if ch.is('L') {
                    return Err(source.error("bad inline flags: cannot use 'L' flag with a str pattern", 0));
                }
            } else if ch.is('u') {
                return Err(source.error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0));
            }
            add |= flag;
            if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                return Err(source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0));
            }
            let Some(next) = source.get()? else {
                return Err(source.error("missing -, : or )", 0));
            };
            ch = next;
            if ch.is(')') || ch.is('-') || ch.is(':') {
                break;
            }
            if flag_of(ch).is_none() {
                let msg = if tok_isalpha(ch) {
                    "unknown flag"
                } else {
                    "missing -, : or )"
                };
                return Err(source.error(msg, ch.len()));
            }
        }
    }
    if ch.is(')') {
        state.flags |= add;
        return Ok(None);
    }
    if add & GLOBAL_FLAGS != 0 {
        return Err(source.error("bad inline flags: cannot turn on global flag", 1));
    }
    if ch.is('-') {
        let Some(next) = source.get()? else {
            return Err(source.error("missing flag", 0));
        };
        ch = next;
        if flag_of(ch).is_none() {
            let msg = if tok_isalpha(ch) {
                "unknown flag"
            } else {
                "missing flag"
            };
            return Err(source.error(msg, ch.len()));
        }
        loop {
            let flag = flag_of(ch).unwrap_or(0);
            if flag & TYPE_FLAGS != 0 {
                return Err(source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0));
            }
            del |= flag;
            let Some(next) = source.get()? else {
                return Err(source.error("missing :", 0));
            };
            ch = next;
            if ch.is(':') {
                break;
            }
            if flag_of(ch).is_none() {
                let msg = if tok_isalpha(ch) { "unknown flag" } else { "missing :" };
                return Err(source.error(msg, ch.len()));
            }
        }
    }
    if del & GLOBAL_FLAGS != 0 {
        return Err(source.error("bad inline flags: cannot turn off global flag", 1));
    }
    if add & del != 0 {
        return Err(source.error("bad inline flags: flag turned on and off", 1));
    }
    Ok(Some((add, del)))
}

/// `str.isalpha()` of a token's text (an escape starts with a backslash: never alphabetic).
fn tok_isalpha(t: Tok) -> bool {
    !t.escaped && strops::char_isalpha(char_of(t.c))
}

/// `[...]` after its `[`.
fn parse_set(source: &mut Tokenizer) -> Result<Node, ReError> {
    let here = source.tell() - 1;
    let mut set: Vec<SetItem> = Vec::new();
    if source.next_is('[') {
        let message = format!("Possible nested set at position {}", source.tell());
        source.future(message);
    }
    let negate = source.eat('^')?;
    loop {
        let Some(this) = source.get()? else {
            return Err(source.error("unterminated character set", source.tell() - here));
        };
        if this.is(']') && !set.is_empty() {
            break;
        }
        // `]` first in the set is a literal; `set` is non-empty from then on.
        let code1 = if this.escaped {
            class_escape(source, this)?
        } else {
            // A doubled `-&~|` after the first member: the set operations a later Python
            // may give these meaning.
            let op = match char_of(this.c) {
                '-' => Some("difference"),
                '&' => Some("intersection"),
                '~' => Some("symmetric difference"),
                '|' => Some("union"),
                _ => None,
            };
            if let Some(op) = op
                && !set.is_empty()
                && source.next == Some(this)
            {
                let message = format!("Possible set {op} at position {}", source.tell() - 1);
                source.future(message);
            }
            ClassItem::Literal(this.c)
        };
        if source.eat('-')? {
            let Some(that) = source.get()? else {
                return Err(source.error("unterminated character set", source.tell() - here));
            };
            if that.is(']') {
                set.push(code1.item());
                set.push(SetItem::Literal('-' as u32));
                break;
            }
            let code2 = if that.escaped {
                class_escape(source, that)?
            } else {
                if that.is('-') {
                    let message = format!("Possible set difference at position {}", source.tell() - 2);
                    source.future(message);
                }
                ClassItem::Literal(that.c)
            };
            let (ClassItem::Literal(lo), ClassItem::Literal(hi)) = (code1, code2) else {
                let msg = format!("bad character range {}-{}", this.text(), that.text());
                return Err(source.error(&msg, this.len() + 1 + that.len()));
            };
            if hi < lo {
                let msg = format!("bad character range {}-{}", this.text(), that.text());
                return Err(source.error(&msg, this.len() + 1 + that.len()));
            }
            set.push(SetItem::Range(lo, hi));
        } else {
            set.push(code1.item());
        }
    }
    let set = uniq(set);
    if let [SetItem::Literal(c)] = set.as_slice() {
        return Ok(if negate {
            Node::NotLiteral(*c)
        } else {
            Node::Literal(*c)
        });
    }
    Ok(Node::In { negate, items: set })
}

/// What an escape inside a set stands for.
#[derive(Clone, Copy)]
enum ClassItem {
    Literal(u32),
    Category(Category),
}

impl ClassItem {
    fn item(self) -> SetItem {
        match self {
            ClassItem::Literal(c) => SetItem::Literal(c),
            ClassItem::Category(c) => SetItem::Category(c),
        }
    }
}

pub(super) fn simple_escape(c: u32) -> Option<u32> {
    Some(match char::from_u32(c)? {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => 92,
        _ => return None,
    })
}

fn category_escape(c: u32) -> Option<Category> {
    Some(match char::from_u32(c)? {
        'd' => Category::Digit,
        'D' => Category::NotDigit,
        's' => Category::Space,
        'S' => Category::NotSpace,
        'w' => Category::Word,
        'W' => Category::NotWord,
        _ => return None,
    })
}

/// The escapes that read more characters: `\x`, `\u`, `\U`, `\N{...}` (None when `esc` is
/// none of them).
fn hex_or_named_escape(source: &mut Tokenizer, esc: Tok) -> Result<Option<u32>, ReError> {
    let c = char_of(esc.c);
    let digits = match c {
        'x' => 2,
        'u' if source.istext => 4,
        'U' if source.istext => 8,
        'N' if source.istext => {
            if !source.eat('{')? {
                return Err(source.error("missing {", 0));
            }
            let name = source.get_until('}', "character name")?;
            return match crate::syntax::literals::char_by_name(&name) {
                Some(ch) => Ok(Some(ch as u32)),
                None => {
                    let msg = format!("undefined character name {}", strops::str_repr(&name));
                    Err(source.error(&msg, name.chars().count() + 4))
                }
            };
        }
        _ => return Ok(None),
    };
    let hex = source.get_while(digits, is_hexdigit)?;
    let text = format!("\\{c}{hex}");
    if hex.len() != digits {
        return Err(source.error(&format!("incomplete escape {text}"), text.chars().count()));
    }
    let value = u32::from_str_radix(&hex, 16).unwrap_or(u32::MAX);
    if value > 0x10ffff {
        return Err(source.error(&format!("bad escape {text}"), text.chars().count()));
    }
    Ok(Some(value))
}

/// `_parser._class_escape`: an escape inside a set.
fn class_escape(source: &mut Tokenizer, esc: Tok) -> Result<ClassItem, ReError> {
    if let Some(v) = simple_escape(esc.c) {
        return Ok(ClassItem::Literal(v));
    }
    if let Some(cat) = category_escape(esc.c) {
        return Ok(ClassItem::Category(cat));
    }
    if let Some(v) = hex_or_named_escape(source, esc)? {
        return Ok(ClassItem::Literal(v));
    }
    if is_octdigit(esc.c) {
        let more = source.get_while(2, is_octdigit)?;
        let text = format!("\\{}{more}", char_of(esc.c));
        let value = u32::from_str_radix(&text[1..], 8).unwrap_or(0);
        if value > 0o377 {
            let msg = format!("octal escape value {text} outside of range 0-0o377");
            return Err(source.error(&msg, text.len()));
        }
        return Ok(ClassItem::Literal(value));
    }
    if !is_digit(esc.c) && !is_ascii_letter(esc.c) {
        return Ok(ClassItem::Literal(esc.c));
    }
    Err(source.error(&format!("bad escape {}", esc.text()), 2))
}

/// `_parser._escape`: an escape outside a set.
fn escape(source: &mut Tokenizer, esc: Tok, state: &mut State) -> Result<Node, ReError> {
    let at = match char_of(esc.c) {
        'A' => Some(At::BeginningString),
        'b' => Some(At::Boundary),
        'B' => Some(At::NonBoundary),
        'Z' => Some(At::EndString),
        _ => None,
    };
    if let Some(at) = at {
        return Ok(Node::At(at));
    }
    if let Some(cat) = category_escape(esc.c) {
        return Ok(Node::In {
            negate: false,
            items: vec![SetItem::Category(cat)],
        });
    }
    if let Some(v) = simple_escape(esc.c) {
        return Ok(Node::Literal(v));
    }
    if let Some(v) = hex_or_named_escape(source, esc)? {
        return Ok(Node::Literal(v));
    }
    if esc.c == '0' as u32 {
        let more = source.get_while(2, is_octdigit)?;
        return Ok(Node::Literal(u32::from_str_radix(&format!("0{more}"), 8).unwrap_or(0)));
    }
    if is_digit(esc.c) {
        let mut text = format!("\\{}", char_of(esc.c));
        if source.next_in(is_digit) {
            let d2 = source.get()?.map_or(0, |t| t.c);
            text.push(char_of(d2));
            if is_octdigit(esc.c) && is_octdigit(d2) && source.next_in(is_octdigit) {
                let d3 = source.get()?.map_or(0, |t| t.c);
                text.push(char_of(d3));
                let value = u32::from_str_radix(&text[1..], 8).unwrap_or(0);
                if value > 0o377 {
                    let msg = format!("octal escape value {text} outside of range 0-0o377");
                    return Err(source.error(&msg, text.len()));
                }
                return Ok(Node::Literal(value));
            }
        }
        let group: usize = text[1..].parse().unwrap_or(0);
        if group < state.groups() {
            if !state.check_group(group) {
                return Err(source.error("cannot refer to an open group", text.len()));
            }
            state.check_lookbehind_group(group, source)?;
            return Ok(Node::GroupRef(group));
        }
        return Err(source.error(&format!("invalid group reference {group}"), text.len() - 1));
    }
    if !is_ascii_letter(esc.c) {
        return Ok(Node::Literal(esc.c));
    }
    Err(source.error(&format!("bad escape {}", esc.text()), 2))
}
