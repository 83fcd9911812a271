//! The `match` statement and its patterns (PEP 634), following CPython 3.11's grammar.
//!
//! `match` and `case` are soft keywords: a line starting with `match` is a match statement only
//! when its header (`match subject ':' NEWLINE`) parses; otherwise it is parsed again as simple
//! statements, so `match = 1`, `match(x)` and `match[x]` keep working. Once the header has
//! parsed, the statement is committed and errors inside its cases are reported as they are.
//!
//! The compile-time checks of CPython's `compile.c` (unreachable patterns, names bound twice,
//! alternatives binding different names, duplicate literal keys) are the compiler's
//! (`compiler::pattern`); this file raises only the grammar's own errors.

use super::ast::*;
use super::lexer::Tok;
use super::parser::{PResult, Parser, mk};
use super::{SyntaxError, SyntaxErrorKind};

/// Recursion budget of one nested pattern (the same as a nested expression).
const PATTERN_COST: u32 = 5;

impl Parser {
    /// The statement at a line starting with the name `match`: a match statement, or simple
    /// statements when the line is not one.
    pub(super) fn match_or_simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let save = self.save();
        if let Some((start, subject)) = self.match_header() {
            let stmt = self.match_body(start, subject)?;
            out.push(stmt);
            return Ok(());
        }
        // CPython reports a generic error at the furthest token any alternative looked at,
        // the failed match header included.
        let header_furthest = self.furthest.get();
        self.restore(save);
        match self.simple_stmts(out) {
            Ok(()) => Ok(()),
            Err(e) => {
                // invalid_match_stmt: "match" subject_expr NEWLINE
                let after = self.save();
                self.restore(save);
                self.advance();
                let missing_colon = self.subject_expr().is_ok() && matches!(self.tok(), Tok::Newline);
                if missing_colon {
                    return Err(self.err_here("expected ':'"));
                }
                self.restore(after);
                if e.msg == "invalid syntax" && header_furthest > self.furthest.get() {
                    self.furthest.set(header_furthest);
                    return Err(self.invalid());
                }
                Err(e)
            }
        }
    }

    /// `"match" subject_expr ':' NEWLINE`: the subject and the `match` token's position, or
    /// `None` (position unspecified) when the line is not a match statement.
    fn match_header(&mut self) -> Option<((u32, u32), Expr)> {
        let start = self.start();
        self.advance();
        let subject = self.subject_expr().ok()?;
        if !self.eat_op(":") || !matches!(self.tok(), Tok::Newline) {
            return None;
        }
        Some((start, subject))
    }

    // subject_expr:
    //     | star_named_expression ',' star_named_expressions?
    //     | named_expression
    fn subject_expr(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.star_named_expression()?;
        if !self.at_op(",") {
            if matches!(first.kind, ExprKind::Starred(_)) {
                return Err(self.invalid());
            }
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_op(":") {
                break;
            }
            items.push(self.star_named_expression()?);
        }
        Ok(mk(ExprKind::Tuple(items), self.span_from(start)))
    }

    // match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
    fn match_body(&mut self, start: (u32, u32), subject: Expr) -> PResult<Stmt> {
        self.advance(); // NEWLINE
        if !matches!(self.tok(), Tok::Indent) {
            let msg = format!("expected an indented block after 'match' statement on line {}", start.0);
            return Err(self.err_here(&msg).with_kind(SyntaxErrorKind::Indentation));
        }
        self.advance();
        let mut cases = Vec::new();
        loop {
            if !matches!(self.tok(), Tok::Name(n) if n == "case") {
                return Err(self.invalid());
            }
            cases.push(self.case_block()?);
            if matches!(self.tok(), Tok::Dedent | Tok::EndMarker) {
                break;
            }
        }
        if matches!(self.tok(), Tok::Dedent) {
            self.advance();
        }
        let last = cases.last().map(|c| &c.body[..]).unwrap_or(&[]);
        let end = self.end_of(last, subject.span);
        Ok(Stmt {
            span: Self::stmt_span(start, end),
            kind: StmtKind::Match { subject, cases },
        })
    }

    // case_block: "case" patterns guard? ':' block
    // guard: 'if' named_expression
    fn case_block(&mut self) -> PResult<MatchCase> {
        let line = self.cur().line;
        self.advance();
        let pattern = self.patterns()?;
        let guard = if self.eat_kw("if") {
            Some(self.named_expression()?)
        } else {
            None
        };
        self.expect_colon()?;
        let body = self.block("'case' statement", line)?;
        Ok(MatchCase { pattern, guard, body })
    }

    // patterns: open_sequence_pattern | pattern
    // open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
    fn patterns(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let first = self.maybe_star_pattern()?;
        if !self.at_op(",") {
            if matches!(first.kind, PatternKind::MatchStar(_)) {
                return Err(self.invalid());
            }
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_op(":") || self.at_kw("if") {
                break;
            }
            items.push(self.maybe_star_pattern()?);
        }
        Ok(Pattern {
            span: self.span_from(start),
            kind: PatternKind::MatchSequence(items),
        })
    }

    // maybe_star_pattern: star_pattern | pattern
    // star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if !self.at_op("*") {
            return self.pattern();
        }
        let start = self.start();
        self.advance();
        let name = match self.tok() {
            Tok::Name(n) if n == "_" => {
                self.advance();
                None
            }
            _ => Some(self.capture_target()?),
        };
        Ok(Pattern {
            span: self.span_from(start),
            kind: PatternKind::MatchStar(name),
        })
    }

    // pattern: as_pattern | or_pattern
    // as_pattern: or_pattern 'as' pattern_capture_target
    // invalid_as_pattern:
    //     | or_pattern 'as' "_"
    //     | or_pattern 'as' !NAME expression
    fn pattern(&mut self) -> PResult<Pattern> {
        self.enter(PATTERN_COST)?;
        let r = self.pattern_inner();
        self.leave(PATTERN_COST);
        r
    }

    fn pattern_inner(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let p = self.or_pattern()?;
        if !self.eat_kw("as") {
            return Ok(p);
        }
        match self.tok() {
            Tok::Name(n) if n == "_" => Err(self.err_here("cannot use '_' as a target")),
            Tok::Name(_) => {
                let name = self.capture_target()?;
                Ok(Pattern {
                    span: self.span_from(start),
                    kind: PatternKind::MatchAs {
                        pattern: Some(Box::new(p)),
                        name: Some(name),
                    },
                })
            }
            _ => {
                let save = self.save();
                let target = self.expression();
                match target {
                    Ok(e) => Err(SyntaxError::ranged("invalid pattern target", e.span)),
                    Err(_) => {
                        self.restore(save);
                        Err(self.invalid())
                    }
                }
            }
        }
    }

    // pattern_capture_target: !"_" NAME !('.' | '(' | '=')
    fn capture_target(&mut self) -> PResult<Name> {
        match self.tok() {
            Tok::Name(n) if n != "_" => {
                let n = n.clone();
                self.advance();
                if self.at_op(".") || self.at_op("(") || self.at_op("=") {
                    return Err(self.invalid());
                }
                Ok(n)
            }
            _ => Err(self.invalid()),
        }
    }

    // or_pattern: '|'.closed_pattern+
    fn or_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let first = self.closed_pattern()?;
        if !self.at_op("|") {
            return Ok(first);
        }
        let mut alts = vec![first];
        while self.eat_op("|") {
            alts.push(self.closed_pattern()?);
        }
        Ok(Pattern {
            span: self.span_from(start),
            kind: PatternKind::MatchOr(alts),
        })
    }

    // closed_pattern:
    //     | literal_pattern | capture_pattern | wildcard_pattern | value_pattern
    //     | group_pattern | sequence_pattern | mapping_pattern | class_pattern
    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let kind = match self.tok() {
            Tok::Int { .. } | Tok::Float(_) | Tok::Imag(_) | Tok::Op("-") => {
                PatternKind::MatchValue(self.signed_number()?)
            }
            Tok::Str(_) => PatternKind::MatchValue(self.strings()?),
            Tok::Kw(k @ ("None" | "True" | "False")) => {
                let c = match *k {
                    "None" => Constant::None,
                    "True" => Constant::True,
                    _ => Constant::False,
                };
                self.advance();
                PatternKind::MatchSingleton(c)
            }
            Tok::Name(n) if n == "_" => {
                // wildcard_pattern: "_" (no lookahead: `_.x` and `_()` are errors).
                self.advance();
                PatternKind::MatchAs {
                    pattern: None,
                    name: None,
                }
            }
            Tok::Name(_) => return self.name_led_pattern(),
            Tok::Op("(") => return self.bracketed_pattern(true),
            Tok::Op("[") => return self.bracketed_pattern(false),
            Tok::Op("{") => return self.mapping_pattern(),
            _ => return Err(self.invalid()),
        };
        Ok(Pattern {
            span: self.span_from(start),
            kind,
        })
    }

    // signed_number: NUMBER | '-' NUMBER                 (followed by !('+' | '-'))
    // complex_number: signed_real_number ('+' | '-') imaginary_number
    fn signed_number(&mut self) -> PResult<Expr> {
        let start = self.start();
        let neg = self.eat_op("-");
        let number = self.number()?;
        let real_is_imaginary = matches!(number.kind, ExprKind::Constant(Constant::Imaginary(_)));
        let left = if neg {
            let kind = ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand: Box::new(number.clone()),
            };
            mk(kind, self.span_from(start))
        } else {
            number.clone()
        };
        let op = match self.tok() {
            Tok::Op("+") => BinOp::Add,
            Tok::Op("-") => BinOp::Sub,
            _ => return Ok(left),
        };
        if real_is_imaginary {
            return Err(SyntaxError::ranged(
                "real number required in complex literal",
                number.span,
            ));
        }
        self.advance();
        let imag = self.number()?;
        if !matches!(imag.kind, ExprKind::Constant(Constant::Imaginary(_))) {
            return Err(SyntaxError::ranged(
                "imaginary number required in complex literal",
                imag.span,
            ));
        }
        let kind = ExprKind::BinOp {
            left: Box::new(left),
            op,
            right: Box::new(imag),
        };
        Ok(mk(kind, self.span_from(start)))
    }

    /// NUMBER
    fn number(&mut self) -> PResult<Expr> {
        let span = self.cur_span();
        let c = match self.tok() {
            Tok::Int { digits, radix } => Constant::Int {
                digits: digits.clone(),
                radix: *radix,
            },
            Tok::Float(f) => Constant::Float(*f),
            Tok::Imag(f) => Constant::Imaginary(*f),
            _ => return Err(self.invalid()),
        };
        self.advance();
        Ok(mk(ExprKind::Constant(c), span))
    }

    /// name_or_attr: NAME ('.' NAME)*, as an expression.
    fn name_or_attr(&mut self) -> PResult<(Expr, bool)> {
        let start = self.start();
        let span = self.cur_span();
        let name = self.name()?;
        let mut e = mk(ExprKind::Name(name), span);
        let mut dotted = false;
        while self.eat_op(".") {
            let attr = self.name()?;
            let kind = ExprKind::Attribute {
                value: Box::new(e),
                attr,
            };
            e = mk(kind, self.span_from(start));
            dotted = true;
        }
        Ok((e, dotted))
    }

    // capture_pattern: pattern_capture_target
    // value_pattern: attr !('.' | '(' | '=')
    // class_pattern: name_or_attr '(' ... ')'
    fn name_led_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let (e, dotted) = self.name_or_attr()?;
        if self.at_op("(") {
            return self.class_pattern(start, e);
        }
        if self.at_op("=") {
            return Err(self.invalid());
        }
        let kind = if dotted {
            PatternKind::MatchValue(e)
        } else {
            // An undotted name_or_attr is a name; anything else is a syntax error, not a panic.
            let ExprKind::Name(n) = e.into_kind() else {
                return Err(self.invalid());
            };
            PatternKind::MatchAs {
                pattern: None,
                name: Some(n),
            }
        };
        Ok(Pattern {
            span: self.span_from(start),
            kind,
        })
    }

    // group_pattern: '(' pattern ')'
    // sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
    fn bracketed_pattern(&mut self, paren: bool) -> PResult<Pattern> {
        let start = self.start();
        let close = if paren { ")" } else { "]" };
        self.advance();
        self.brackets += 1;
        let r = self.sequence_items(paren, close);
        self.brackets -= 1;
        let (items, group) = r?;
        if let Some(p) = group {
            return Ok(p);
        }
        Ok(Pattern {
            span: self.span_from(start),
            kind: PatternKind::MatchSequence(items),
        })
    }

    /// The items up to and including `close`; for a parenthesized single pattern without a
    /// comma, that pattern (a group).
    fn sequence_items(&mut self, paren: bool, close: &str) -> PResult<(Vec<Pattern>, Option<Pattern>)> {
        let mut items = Vec::new();
        if self.eat_op(close) {
            return Ok((items, None));
        }
        let first = self.maybe_star_pattern()?;
        if paren && self.at_op(")") && !matches!(first.kind, PatternKind::MatchStar(_)) {
            self.advance();
            return Ok((items, Some(first)));
        }
        if paren && !self.at_op(",") {
            return Err(self.invalid());
        }
        items.push(first);
        while self.eat_op(",") {
            if self.at_op(close) {
                break;
            }
            items.push(self.maybe_star_pattern()?);
        }
        self.expect_op(close)?;
        Ok((items, None))
    }

    // mapping_pattern: '{' [items_pattern ','] ['**' pattern_capture_target ','] '}'
    // key_value_pattern: (literal_expr | attr) ':' pattern
    fn mapping_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        self.advance();
        self.brackets += 1;
        let r = self.mapping_items();
        self.brackets -= 1;
        let (keys, patterns, rest) = r?;
        Ok(Pattern {
            span: self.span_from(start),
            kind: PatternKind::MatchMapping { keys, patterns, rest },
        })
    }

    #[allow(clippy::type_complexity)]
    fn mapping_items(&mut self) -> PResult<(Vec<Expr>, Vec<Pattern>, Option<Name>)> {
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        while !self.at_op("}") {
            if self.eat_op("**") {
                rest = Some(self.capture_target()?);
                self.eat_op(",");
                break;
            }
            keys.push(self.mapping_key()?);
            self.expect_op(":")?;
            patterns.push(self.pattern()?);
            if !self.eat_op(",") {
                break;
            }
        }
        self.expect_op("}")?;
        Ok((keys, patterns, rest))
    }

    // literal_expr: signed_number | complex_number | strings | 'None' | 'True' | 'False'
    // attr: name_or_attr '.' NAME
    fn mapping_key(&mut self) -> PResult<Expr> {
        let span = self.cur_span();
        match self.tok() {
            Tok::Int { .. } | Tok::Float(_) | Tok::Imag(_) | Tok::Op("-") => self.signed_number(),
            Tok::Str(_) => self.strings(),
            Tok::Kw(k @ ("None" | "True" | "False")) => {
                let c = match *k {
                    "None" => Constant::None,
                    "True" => Constant::True,
                    _ => Constant::False,
                };
                self.advance();
                Ok(mk(ExprKind::Constant(c), span))
            }
            Tok::Name(_) => {
                let (e, dotted) = self.name_or_attr()?;
                if dotted { Ok(e) } else { Err(self.invalid()) }
            }
            _ => Err(self.invalid()),
        }
    }

    // class_pattern: name_or_attr '(' [positional_patterns ','] [keyword_patterns ','] ')'
    // keyword_pattern: NAME '=' pattern
    // invalid_class_argument_pattern:
    //     [positional_patterns ','] keyword_patterns ',' a=positional_patterns
    fn class_pattern(&mut self, start: (u32, u32), cls: Expr) -> PResult<Pattern> {
        self.advance();
        self.brackets += 1;
        let r = self.class_arguments();
        self.brackets -= 1;
        let (patterns, kwd_attrs, kwd_patterns) = r?;
        Ok(Pattern {
            span: self.span_from(start),
            kind: PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            },
        })
    }

    #[allow(clippy::type_complexity)]
    fn class_arguments(&mut self) -> PResult<(Vec<Pattern>, Vec<Name>, Vec<Pattern>)> {
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        // The first run of positional patterns after keyword patterns (an error).
        let mut late: Option<(Span, Span)> = None;
        let mut late_run_open = false;
        while !self.at_op(")") {
            if self.peek_is_op(1, "=") {
                let name = self.name()?;
                self.advance();
                kwd_attrs.push(name);
                kwd_patterns.push(self.pattern()?);
                late_run_open = false;
            } else {
                let p = self.pattern()?;
                if kwd_attrs.is_empty() {
                    patterns.push(p);
                } else {
                    match &mut late {
                        None => {
                            late = Some((p.span, p.span));
                            late_run_open = true;
                        }
                        Some((_, last)) if late_run_open => *last = p.span,
                        Some(_) => {}
                    }
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        self.expect_op(")")?;
        if let Some((first, last)) = late {
            let span = Span {
                line: first.line,
                col: first.col,
                end_line: last.end_line,
                end_col: last.end_col,
            };
            return Err(SyntaxError::ranged("positional patterns follow keyword patterns", span));
        }
        Ok((patterns, kwd_attrs, kwd_patterns))
    }
}
