//! The instruction set: one table, from which the `Op` enum, operand formats, names and docs
//! (and so the disassembler and verifier) are derived.
//!
//! Instructions are 32-bit words: `op:8 | a:8 | b:8 | c:8` (low to high). `bx` is the unsigned
//! 16-bit `b | c << 8`, `sbx` its signed reading, `sj` the signed 24-bit `a | b << 8 | c << 16`.
//! Formats ending in `J` are followed by one extra word holding a signed jump offset; `X` by one
//! extra raw word. Jump offsets are relative to the instruction after the extra word.
//! Registers are frame-relative: `r[i]` is `stack[frame.base + i]`.

/// Operand layouts.
#[allow(clippy::upper_case_acronyms)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fmt {
    /// No operands.
    None,
    A,
    AB,
    ABC,
    ABx,
    AsBx,
    /// `a`, `b`, and `c` read as a signed 8-bit immediate.
    ABsC,
    /// One signed 24-bit jump offset.
    SJ,
    /// `a`, then an extra jump word.
    AJ,
    /// `a`, `b`, then an extra jump word.
    ABJ,
    /// `b`, `c`, then an extra jump word.
    BCJ,
    /// `b`, signed immediate `c`, then an extra jump word.
    BsCJ,
    /// `a`, `b`, `c`, then an extra raw word.
    ABCX,
}

impl Fmt {
    /// Number of extra words following the instruction.
    pub const fn extra_words(self) -> usize {
        match self {
            Fmt::AJ | Fmt::ABJ | Fmt::BCJ | Fmt::BsCJ | Fmt::ABCX => 1,
            _ => 0,
        }
    }
    pub const fn has_jump(self) -> bool {
        matches!(self, Fmt::SJ | Fmt::AJ | Fmt::ABJ | Fmt::BCJ | Fmt::BsCJ)
    }
    /// For a jumping instruction at `pc`: the index of the word holding its offset (the
    /// instruction itself for `SJ`, else its extra word) and the index the offset counts from.
    pub const fn jump_word(self, pc: usize) -> Option<(usize, usize)> {
        match self {
            Fmt::SJ => Some((pc, pc + 1)),
            _ if self.has_jump() => Some((pc + 1, pc + 2)),
            _ => None,
        }
    }
}

/// What an instruction operand is (the `roles` column of `for_each_op!`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Register,
    RegisterBlock,
    Const,
    Name,
    Global,
    Immediate,
    Unused,
}

impl Role {
    /// Reads a roles word such as `RRN`, one letter per operand.
    // Its only inputs are the literal words of the opcode table, all parsed by the constant
    // check after `define_ops`: a malformed word fails the build, never a run.
    #[allow(clippy::indexing_slicing)]
    const fn parse(s: &str) -> [Role; 3] {
        let b = s.as_bytes();
        assert!(b.len() == 3, "three operand roles");
        [Role::of(b[0]), Role::of(b[1]), Role::of(b[2])]
    }

    // As `parse`: a bad letter is a build error.
    #[allow(clippy::panic)]
    const fn of(letter: u8) -> Role {
        match letter {
            b'R' => Role::Register,
            b'B' => Role::RegisterBlock,
            b'K' => Role::Const,
            b'N' => Role::Name,
            b'G' => Role::Global,
            b'I' => Role::Immediate,
            b'_' => Role::Unused,
            _ => panic!("unknown operand role"),
        }
    }
}

/// The single definition of every instruction: `Name, Fmt, roles, "semantics"`.
///
/// `roles` names what operands `a`, `b`, `c` are (for `ABx`/`AsBx`, `b` stands for the wide
/// operand): `R` a register, `B` the first of a block of registers (whose length the verifier
/// knows per instruction), `K` a constant index, `N` a name index, `G` a global-name index, `I`
/// an immediate (count, mode, flags), `_` unused.
#[macro_export]
macro_rules! for_each_op {
    ($m:ident) => {
        $m! {
            Nop, None, ___, "do nothing";
            Move, AB, RR_, "r[a] = r[b]";
            LoadConst, ABx, RK_, "r[a] = k[bx]";
            LoadInt, AsBx, RI_, "r[a] = sbx";
            LoadNone, A, R__, "r[a] = None";
            LoadTrue, A, R__, "r[a] = True";
            LoadFalse, A, R__, "r[a] = False";
            LoadGlobal, ABx, RG_, "r[a] = globals[global_names[bx]], else the builtin of that name";
            StoreGlobal, ABx, RG_, "globals[global_names[bx]] = r[a]";
            DeleteGlobal, ABx, _G_, "del globals[global_names[bx]]";
            LoadName, ABx, RN_, "class body: r[a] = namespace r[0][k[bx]], else global, else builtin";
            StoreName, ABx, RN_, "class body: namespace r[0][k[bx]] = r[a]";
            DeleteName, ABx, _N_, "class body: del namespace r[0][k[bx]]";
            LoadDeref, AB, RR_, "r[a] = contents of cell r[b]";
            StoreDeref, AB, RR_, "contents of cell r[a] = r[b]";
            DeleteDeref, A, R__, "empty cell r[a]";
            MakeCell, A, R__, "r[a] = a new cell holding r[a]";
            CheckBound, A, R__, "raise UnboundLocalError unless r[a] is bound";
            DeleteFast, A, R__, "unbind local r[a] (UnboundLocalError if unbound)";
            Add, ABC, RRR, "r[a] = r[b] + r[c]";
            Sub, ABC, RRR, "r[a] = r[b] - r[c]";
            Mul, ABC, RRR, "r[a] = r[b] * r[c]";
            TrueDiv, ABC, RRR, "r[a] = r[b] / r[c]";
            FloorDiv, ABC, RRR, "r[a] = r[b] // r[c]";
            Mod, ABC, RRR, "r[a] = r[b] % r[c]";
            Pow, ABC, RRR, "r[a] = r[b] ** r[c]";
            LShift, ABC, RRR, "r[a] = r[b] << r[c]";
            RShift, ABC, RRR, "r[a] = r[b] >> r[c]";
            BitAnd, ABC, RRR, "r[a] = r[b] & r[c]";
            BitOr, ABC, RRR, "r[a] = r[b] | r[c]";
            BitXor, ABC, RRR, "r[a] = r[b] ^ r[c]";
            MatMul, ABC, RRR, "r[a] = r[b] @ r[c] (only user types define it)";
            AddI, ABsC, RRI, "r[a] = r[b] + sc";
            SubI, ABsC, RRI, "r[a] = r[b] - sc";
            MulI, ABsC, RRI, "r[a] = r[b] * sc";
            FloorDivI, ABsC, RRI, "r[a] = r[b] // sc";
            ModI, ABsC, RRI, "r[a] = r[b] % sc";
            LShiftI, ABsC, RRI, "r[a] = r[b] << sc";
            RShiftI, ABsC, RRI, "r[a] = r[b] >> sc";
            BitAndI, ABsC, RRI, "r[a] = r[b] & sc";
            BitOrI, ABsC, RRI, "r[a] = r[b] | sc";
            BitXorI, ABsC, RRI, "r[a] = r[b] ^ sc";
            Inplace, ABC, RIR, "r[a] = r[a] (binary op number b)= r[c], in place where the type allows";
            InplaceI, ABsC, RII, "r[a] = r[a] (binary op number b)= sc, in place where the type allows";
            Neg, AB, RR_, "r[a] = -r[b]";
            Pos, AB, RR_, "r[a] = +r[b]";
            Invert, AB, RR_, "r[a] = ~r[b]";
            Not, AB, RR_, "r[a] = not r[b]";
            Eq, ABC, RRR, "r[a] = r[b] == r[c]";
            Ne, ABC, RRR, "r[a] = r[b] != r[c]";
            Lt, ABC, RRR, "r[a] = r[b] < r[c]";
            Le, ABC, RRR, "r[a] = r[b] <= r[c]";
            Gt, ABC, RRR, "r[a] = r[b] > r[c]";
            Ge, ABC, RRR, "r[a] = r[b] >= r[c]";
            Is, ABC, RRR, "r[a] = r[b] is r[c]";
            IsNot, ABC, RRR, "r[a] = r[b] is not r[c]";
            In, ABC, RRR, "r[a] = r[b] in r[c]";
            NotIn, ABC, RRR, "r[a] = r[b] not in r[c]";
            JumpIfNotLt, BCJ, _RR, "unless r[b] < r[c]: jump";
            JumpIfNotLe, BCJ, _RR, "unless r[b] <= r[c]: jump";
            JumpIfNotGt, BCJ, _RR, "unless r[b] > r[c]: jump";
            JumpIfNotGe, BCJ, _RR, "unless r[b] >= r[c]: jump";
            JumpIfNotEq, BCJ, _RR, "unless r[b] == r[c]: jump";
            JumpIfNotNe, BCJ, _RR, "unless r[b] != r[c]: jump";
            JumpIfNotLtI, BsCJ, _RI, "unless r[b] < sc: jump";
            JumpIfNotLeI, BsCJ, _RI, "unless r[b] <= sc: jump";
            JumpIfNotGtI, BsCJ, _RI, "unless r[b] > sc: jump";
            JumpIfNotGeI, BsCJ, _RI, "unless r[b] >= sc: jump";
            JumpIfNotEqI, BsCJ, _RI, "unless r[b] == sc: jump";
            JumpIfNotNeI, BsCJ, _RI, "unless r[b] != sc: jump";
            Jump, SJ, ___, "jump by sj";
            JumpIfFalse, AJ, R__, "if not r[a]: jump";
            JumpIfTrue, AJ, R__, "if r[a]: jump";
            BuildList, ABC, RBI, "r[a] = [r[b], ..., r[b+c-1]]";
            BuildTuple, ABC, RBI, "r[a] = (r[b], ..., r[b+c-1])";
            BuildSet, ABC, RBI, "r[a] = {r[b], ..., r[b+c-1]}";
            BuildDict, ABC, RBI, "r[a] = {r[b]: r[b+1], ...} from c pairs";
            BuildSlice, ABC, RB_, "r[a] = slice(r[b], r[b+1], r[b+2])";
            BuildString, ABC, RBI, "r[a] = concatenation of the c strings r[b..]";
            ListAppend, AB, RR_, "r[a].append(r[b])";
            ListExtend, AB, RR_, "r[a].extend(r[b])";
            SetAdd, AB, RR_, "r[a].add(r[b])";
            SetUpdate, AB, RR_, "r[a].update(r[b])";
            DictSet, ABC, RRR, "r[a][r[b]] = r[c] (r[a] is a dict being built)";
            DictUpdate, AB, RR_, "r[a].update(r[b]) for {**m}";
            DictMerge, ABC, RRR, "r[a].update(r[b]) for a call of r[c] with **r[b], rejecting duplicate keys";
            ListToTuple, AB, RR_, "r[a] = tuple(list r[b])";
            GetItem, ABC, RRR, "r[a] = r[b][r[c]]";
            SetItem, ABC, RRR, "r[a][r[b]] = r[c]";
            DelItem, AB, RR_, "del r[a][r[b]]";
            GetAttr, ABC, RRN, "r[a] = getattr(r[b], names[c])";
            SetAttr, ABC, RNR, "setattr(r[a], names[b], r[c])";
            DelAttr, AB, RN_, "delattr(r[a], names[b])";
            LoadMethod, ABC, BRN, "r[a], r[a+1] = method names[c] of r[b] and self, or attribute and unbound";
            CallMethod, AB, BI_, "r[a] = r[a](r[a+1]?, r[a+2], ..., b args)";
            Call, AB, BI_, "r[a] = r[a](r[a+1], ..., r[a+b])";
            CallKw, ABC, BII, "r[a] = r[a](b positional, c keyword args; names tuple after them)";
            CallEx, A, B__, "r[a] = r[a](*r[a+1], **r[a+2])";
            Return, A, R__, "return r[a]";
            ReturnNone, None, ___, "return None";
            MakeFunction, ABx, BK_, "r[a] = function of code k[bx], with defaults, kw-defaults, closure from r[a+1..] as its flags say";
            BuildClass, AB, BI_, "r[a] = class named r[a+1] with bases r[a+2] whose body function is r[a], and keyword arguments dict r[a+3] if b == 1";
            GetIter, AB, RR_, "r[a] = iter(r[b])";
            GetIterOwned, ABC, RRR, "r[a] = iter(r[b]); r[c] = whether r[a] is a generator the call just before created (compiler::owned_iter)";
            CloseOwned, AB, RR_, "close generator r[a] if r[b] is true, ignoring errors (a loop that owned it ended)";
            ForIter, ABJ, RR_, "r[a] = next(r[b]), or jump when exhausted";
            UnpackSeq, ABC, BRI, "r[a..a+c] = exactly c items of r[b]";
            UnpackEx, ABCX, BRI, "r[a..] = r[b] with c items before a starred list and x after";
            Format, ABC, RBI, "r[a] = format(r[b] converted per c & 3, spec r[b+1] if c & 4)";
            Raise, AB, BI_, "raise r[a] (from r[a+1] if b == 1; re-raise the handled exception if b == 2)";
            Reraise, A, R__, "re-raise exception r[a] keeping its traceback";
            RaiseAssert, AB, RI_, "raise AssertionError(r[a] if b == 1)";
            LoadExc, A, R__, "r[a] = the exception that entered this handler";
            PushHandled, A, R__, "make r[a] the handled exception (for bare raise and __context__)";
            PopHandled, None, ___, "restore the previously handled exception";
            ExcMatch, ABC, RRR, "r[a] = exception r[b] is an instance of class(es) r[c]";
            StarMatch, ABC, BRR, "except*: r[a] = the part of exception r[b] that class(es) r[c] catch (None if none), r[b] = the rest; r[a+1] = whether r[a] is not None";
            StarReraise, ABC, BRR, "except*: r[a] = what leaves the statement whose caught exception is r[b] and whose clauses raised list r[c]; r[a+1] = whether r[a] is not None";
            Yield, AB, RR_, "yield r[b]; r[a] = the value sent in";
            YieldFrom, AB, RR_, "send r[a] (None: next) to iterator r[b]; yield what it yields, re-running this instruction with the value sent in as r[a]; when it finishes r[a] = its return value";
            GenStart, None, ___, "generator entry: first send must be None";
            WithEnter, AB, BR_, "r[a], r[a+1] = __exit__ of r[b]'s type and r[b]; r[a+2], r[a+3] = __enter__ and r[b]";
            TypeOf, AB, RR_, "r[a] = type(r[b])";
            MatchSequence, AB, RR_, "r[a] = whether r[b] is a sequence to sequence patterns (list, tuple, range and their subclasses; not str, bytes, bytearray)";
            MatchMapping, AB, RR_, "r[a] = whether r[b] is a mapping to mapping patterns (dict and its subclasses, mappingproxy)";
            GetLen, AB, RR_, "r[a] = len(r[b])";
            MatchKeys, ABC, RRR, "r[a] = tuple of mapping r[b]'s values for the keys tuple r[c] (through r[b].get), or None when one is missing";
            MatchClass, ABC, BRI, "r[a] = tuple of r[b]'s attributes for class r[a]'s c positional sub-patterns then the names in tuple r[a+1], or None when r[b] does not match";
            ImportName, ABx, RK_, "r[a] = the module k[bx] = (name, fromlist, level) names, imported as `__import__` does";
            ImportFrom, ABC, RRN, "r[a] = names[c] from module r[b]: its attribute, else its submodule, else ImportError";
            ImportStar, AB, RI_, "bind the public names of module r[a] in the frame's globals (b == 0) or namespace r[0] (b == 1)";
        }
    };
}

macro_rules! define_ops {
    ($($name:ident, $fmt:ident, $roles:ident, $doc:literal;)*) => {
        /// A bytecode operation. See [`for_each_op!`] for the semantics of each.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Op { $(#[doc = $doc] $name),* }

        impl Op {
            pub const ALL: &'static [Op] = &[$(Op::$name),*];
            pub const fn name(self) -> &'static str {
                match self { $(Op::$name => stringify!($name)),* }
            }
            pub const fn fmt(self) -> Fmt {
                match self { $(Op::$name => Fmt::$fmt),* }
            }
            /// What operands `a`, `b`, `c` are (see `for_each_op!`).
            pub const fn roles(self) -> [Role; 3] {
                match self { $(Op::$name => Role::parse(stringify!($roles))),* }
            }
            pub fn from_u8(b: u8) -> Option<Op> {
                Op::ALL.get(b as usize).copied()
            }
        }
    };
}
for_each_op!(define_ops);

// Every opcode's roles word parses at compile time, so `Role::parse` cannot panic at run time.
#[allow(clippy::indexing_slicing)] // `i` is below the length it is compared with
const _: () = {
    let mut i = 0;
    while i < Op::ALL.len() {
        let _ = Op::ALL[i].roles();
        i += 1;
    }
};

/// One instruction word (or an extra word following one).
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct Instr(pub u32);

impl Instr {
    #[inline(always)]
    pub const fn new(op: Op, a: u8, b: u8, c: u8) -> Instr {
        Instr(op as u32 | (a as u32) << 8 | (b as u32) << 16 | (c as u32) << 24)
    }
    #[inline(always)]
    pub const fn abx(op: Op, a: u8, bx: u16) -> Instr {
        Instr(op as u32 | (a as u32) << 8 | (bx as u32) << 16)
    }
    #[inline(always)]
    pub const fn sj(op: Op, offset: i32) -> Instr {
        Instr(op as u32 | ((offset as u32) & 0x00FF_FFFF) << 8)
    }
    /// The raw opcode byte. Verified code only holds valid opcodes in instruction positions.
    #[inline(always)]
    pub const fn op_byte(self) -> u8 {
        self.0 as u8
    }
    #[inline(always)]
    pub const fn a(self) -> usize {
        ((self.0 >> 8) & 0xFF) as usize
    }
    #[inline(always)]
    pub const fn b(self) -> usize {
        ((self.0 >> 16) & 0xFF) as usize
    }
    #[inline(always)]
    pub const fn c(self) -> usize {
        (self.0 >> 24) as usize
    }
    #[inline(always)]
    pub const fn sc(self) -> i64 {
        (self.0 >> 24) as u8 as i8 as i64
    }
    #[inline(always)]
    pub const fn bx(self) -> usize {
        (self.0 >> 16) as usize
    }
    #[inline(always)]
    pub const fn sbx(self) -> i64 {
        (self.0 >> 16) as u16 as i16 as i64
    }
    #[inline(always)]
    pub const fn sj_offset(self) -> i64 {
        ((self.0 as i32) >> 8) as i64
    }
    /// The word as a signed jump offset (for extra words).
    #[inline(always)]
    pub const fn as_offset(self) -> i64 {
        self.0 as i32 as i64
    }
    /// The jump offset this word holds as the offset word (`Fmt::jump_word`) of an
    /// instruction of format `fmt`.
    pub const fn jump_offset(self, fmt: Fmt) -> i64 {
        if matches!(fmt, Fmt::SJ) {
            self.sj_offset()
        } else {
            self.as_offset()
        }
    }
}

/// Source ranges of instructions, as stored in `CodeUnit::positions` and `CodeObj::positions`.
///
/// Each entry is `(line, cols)`: `line` is the first line of the instruction's source range and
/// `cols` packs the start column (bits 0..12), the end column (bits 12..24) and how many lines
/// the range extends past `line` (bits 24..32, saturating). One word keeps the table the size it
/// was while giving tracebacks what CPython's caret lines need. A column that does not fit is
/// stored as [`srcpos::UNKNOWN`], and then no caret line is drawn.
pub mod srcpos {
    /// A column too large to record.
    pub const UNKNOWN: u32 = 0xFFF;

    /// Packs a range starting at column `col` and ending `extra_lines` lines later at `end_col`.
    pub const fn pack(col: u32, extra_lines: u32, end_col: u32) -> u32 {
        let c = if col < UNKNOWN { col } else { UNKNOWN };
        let e = if end_col < UNKNOWN { end_col } else { UNKNOWN };
        let l = if extra_lines < 0xFF { extra_lines } else { 0xFF };
        c | e << 12 | l << 24
    }

    /// The start column, if known.
    pub const fn col(cols: u32) -> Option<u32> {
        let c = cols & 0xFFF;
        if c == UNKNOWN { None } else { Some(c) }
    }

    /// The end column, if known.
    pub const fn end_col(cols: u32) -> Option<u32> {
        let c = (cols >> 12) & 0xFFF;
        if c == UNKNOWN { None } else { Some(c) }
    }

    /// Lines the range extends past its first line (255 meaning "255 or more").
    pub const fn extra_lines(cols: u32) -> u32 {
        cols >> 24
    }
}

/// Binary operators, numbered as the `Inplace` instruction's `b` operand encodes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOpKind {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
    MatMul,
}

impl BinOpKind {
    pub const ALL: [BinOpKind; 13] = [
        BinOpKind::Add,
        BinOpKind::Sub,
        BinOpKind::Mul,
        BinOpKind::TrueDiv,
        BinOpKind::FloorDiv,
        BinOpKind::Mod,
        BinOpKind::Pow,
        BinOpKind::LShift,
        BinOpKind::RShift,
        BinOpKind::BitAnd,
        BinOpKind::BitOr,
        BinOpKind::BitXor,
        BinOpKind::MatMul,
    ];
    pub fn symbol(self) -> &'static str {
        match self {
            BinOpKind::Add => "+",
            BinOpKind::Sub => "-",
            BinOpKind::Mul => "*",
            BinOpKind::TrueDiv => "/",
            BinOpKind::FloorDiv => "//",
            BinOpKind::Mod => "%",
            BinOpKind::Pow => "**",
            BinOpKind::LShift => "<<",
            BinOpKind::RShift => ">>",
            BinOpKind::BitAnd => "&",
            BinOpKind::BitOr => "|",
            BinOpKind::BitXor => "^",
            BinOpKind::MatMul => "@",
        }
    }
    pub fn dunder(self) -> &'static str {
        match self {
            BinOpKind::Add => "__add__",
            BinOpKind::Sub => "__sub__",
            BinOpKind::Mul => "__mul__",
            BinOpKind::TrueDiv => "__truediv__",
            BinOpKind::FloorDiv => "__floordiv__",
            BinOpKind::Mod => "__mod__",
            BinOpKind::Pow => "__pow__",
            BinOpKind::LShift => "__lshift__",
            BinOpKind::RShift => "__rshift__",
            BinOpKind::BitAnd => "__and__",
            BinOpKind::BitOr => "__or__",
            BinOpKind::BitXor => "__xor__",
            BinOpKind::MatMul => "__matmul__",
        }
    }
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpKind {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpKind {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpKind::Lt => "<",
            CmpKind::Le => "<=",
            CmpKind::Eq => "==",
            CmpKind::Ne => "!=",
            CmpKind::Gt => ">",
            CmpKind::Ge => ">=",
        }
    }
    pub fn swapped(self) -> CmpKind {
        match self {
            CmpKind::Lt => CmpKind::Gt,
            CmpKind::Le => CmpKind::Ge,
            CmpKind::Gt => CmpKind::Lt,
            CmpKind::Ge => CmpKind::Le,
            other => other,
        }
    }
    pub fn dunder(self) -> &'static str {
        match self {
            CmpKind::Lt => "__lt__",
            CmpKind::Le => "__le__",
            CmpKind::Eq => "__eq__",
            CmpKind::Ne => "__ne__",
            CmpKind::Gt => "__gt__",
            CmpKind::Ge => "__ge__",
        }
    }
    /// Applies the comparison to an `Ordering`.
    pub fn test(self, ord: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CmpKind::Lt => ord == Less,
            CmpKind::Le => ord != Greater,
            CmpKind::Eq => ord == Equal,
            CmpKind::Ne => ord != Equal,
            CmpKind::Gt => ord == Greater,
            CmpKind::Ge => ord != Less,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcodes_round_trip_through_bytes() {
        for (i, &op) in Op::ALL.iter().enumerate() {
            assert_eq!(op as usize, i);
            assert_eq!(Op::from_u8(i as u8), Some(op));
        }
        assert!(Op::ALL.len() < 256);
    }

    #[test]
    fn operand_fields_decode() {
        let i = Instr::new(Op::Add, 1, 2, 255);
        assert_eq!((i.a(), i.b(), i.c()), (1, 2, 255));
        assert_eq!(Instr::new(Op::AddI, 0, 0, (-3i8) as u8).sc(), -3);
        assert_eq!(Instr::abx(Op::LoadInt, 4, (-300i16) as u16).sbx(), -300);
        assert_eq!(Instr::sj(Op::Jump, -5).sj_offset(), -5);
        assert_eq!(Instr::sj(Op::Jump, (1 << 23) - 1).sj_offset(), (1 << 23) - 1);
    }

    #[test]
    fn source_ranges_pack() {
        let p = srcpos::pack(7, 2, 4000);
        assert_eq!(
            (srcpos::col(p), srcpos::end_col(p), srcpos::extra_lines(p)),
            (Some(7), Some(4000), 2)
        );
        let q = srcpos::pack(5000, 900, 4095);
        assert_eq!(
            (srcpos::col(q), srcpos::end_col(q), srcpos::extra_lines(q)),
            (None, None, 255)
        );
    }
}
