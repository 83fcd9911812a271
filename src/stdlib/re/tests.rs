//! Engine tests: CPython's error messages and positions, matching semantics, limits, and the
//! differential cases generated from CPython 3.11 (`tests/re_diff/gen.py`).

use super::exec::{Captures, Mode, StepLimit, Stopped, Unmetered};
use super::template::TemplateError;
use super::{Flags, ReError, Regex};

fn cps(s: &str) -> Vec<u32> {
    s.chars().map(|c| c as u32).collect()
}

fn compile(pattern: &str, flags: u32) -> Result<Regex, String> {
    let p = cps(pattern);
    Regex::new(&p, true, flags).map_err(|e| e.message(&p))
}

fn error_of(pattern: &str) -> String {
    match compile(pattern, 0) {
        Ok(_) => panic!("{pattern:?} compiled"),
        Err(msg) => msg,
    }
}

/// `re.search(pattern, subject)` as (span, group spans...), None for no match.
fn search(pattern: &str, subject: &str) -> Option<Vec<Option<(usize, usize)>>> {
    let rx = compile(pattern, 0).unwrap_or_else(|e| panic!("{pattern:?}: {e}"));
    let text: Vec<char> = subject.chars().collect();
    let caps = rx.exec(&text, 0, text.len(), Mode::Search, &mut Unmetered).ok()?;
    caps.map(|c| c.spans.to_vec())
}

#[test]
fn error_messages_and_positions() {
    let cases = [
        ("(", "missing ), unterminated subpattern at position 0"),
        ("*", "nothing to repeat at position 0"),
        ("a**", "multiple repeat at position 2"),
        ("(?<x)", "unknown extension ?<x at position 1"),
        ("\\q", "bad escape \\q at position 0"),
        ("abc)", "unbalanced parenthesis at position 3"),
        ("[a", "unterminated character set at position 0"),
        ("[z-a]", "bad character range z-a at position 1"),
        ("a{3,2}", "min repeat greater than max repeat at position 2"),
        ("(?P<1a>x)", "bad character in group name '1a' at position 4"),
        (
            "(?P<a>x)(?P<a>y)",
            "redefinition of group name 'a' as group 2; was group 1 at position 12",
        ),
        ("(?P=b)", "unknown group name 'b' at position 4"),
        ("(a)\\2", "invalid group reference 2 at position 4"),
        ("(a\\1)", "cannot refer to an open group at position 2"),
        ("\\x4", "incomplete escape \\x4 at position 0"),
        (
            "\\777",
            "octal escape value \\777 outside of range 0-0o377 at position 0",
        ),
        ("a\\", "bad escape (end of pattern) at position 1"),
        ("(?i", "missing -, : or ) at position 3"),
        ("a(?i)", "global flags not at the start of the expression at position 1"),
        (
            "(?L)",
            "bad inline flags: cannot use 'L' flag with a str pattern at position 3",
        ),
        (
            "(?-a:x)",
            "bad inline flags: cannot turn off flags 'a', 'u' and 'L' at position 4",
        ),
        ("(?i-i:x)", "bad inline flags: flag turned on and off at position 5"),
        ("(?(2)a)(b)", "invalid group reference 2 at position 3"),
        ("(?(0)a)", "bad group number at position 3"),
        (
            "(?(1)a|b|c)",
            "conditional backref with more than two branches at position 8",
        ),
        ("(?#abc", "missing ), unterminated comment at position 0"),
        (
            "\\N{NO SUCH NAME}",
            "undefined character name 'NO SUCH NAME' at position 0",
        ),
        (
            "x\n(",
            "missing ), unterminated subpattern at position 2 (line 2, column 1)",
        ),
        ("(?<=a+)b", "look-behind requires fixed-width pattern"),
        (
            "(?<=(a)\\1)",
            "cannot refer to group defined in the same lookbehind subpattern at position 9",
        ),
    ];
    for (pattern, expected) in cases {
        assert_eq!(error_of(pattern), expected, "pattern {pattern:?}");
    }
}

#[test]
fn non_error_exceptions() {
    let p = cps("a{4294967295}");
    assert_eq!(
        Regex::new(&p, true, 0).err(),
        Some(ReError::Overflow("the repetition number is too large".into()))
    );
    let p = cps("a");
    assert_eq!(
        Regex::new(&p, true, Flags::LOCALE).err(),
        Some(ReError::Value("cannot use LOCALE flag with a str pattern".into()))
    );
    assert_eq!(
        Regex::new(&p, false, Flags::UNICODE).err().map(|e| e.message(&p)),
        Some("cannot use UNICODE flag with a bytes pattern".into())
    );
    // CPython's recursive parser fails from 496 nested groups on (called from module level).
    let nesting = |n: usize| {
        std::thread::Builder::new()
            .stack_size(64 << 20)
            .spawn(move || {
                let p = format!("{}{}", "(".repeat(n), ")".repeat(n));
                Regex::new(&cps(&p), true, 0).err()
            })
            .unwrap()
            .join()
            .unwrap()
    };
    assert_eq!(nesting(496), Some(ReError::Recursion));
    assert_eq!(nesting(495), None);
    // A small stack gives the same error before it overflows.
    let small = std::thread::Builder::new()
        .stack_size(128 * 1024)
        .spawn(|| {
            let p = format!("{}{}", "(?:".repeat(490), ")".repeat(490));
            Regex::new(&cps(&p), true, 0).err()
        })
        .unwrap();
    assert!(matches!(small.join().unwrap(), None | Some(ReError::Recursion)));
}

#[test]
fn matching_semantics() {
    // Last iteration's capture of a repeated group.
    assert_eq!(search("(a|b)*", "abba").unwrap()[1], Some((3, 4)));
    // A group inside a failed alternative is reset.
    assert_eq!(search("(?:(a)x|ay)", "ay").unwrap()[1], None);
    // Empty-match protection: `(a*)*` terminates with sre's captures.
    assert_eq!(search("(a*)*", "aa").unwrap(), vec![Some((0, 2)), Some((2, 2))]);
    assert_eq!(search("(a*)+b", "aab").unwrap(), vec![Some((0, 3)), Some((2, 2))]);
    // Lazy, possessive and atomic.
    assert_eq!(search("a+?", "aaa").unwrap()[0], Some((0, 1)));
    assert_eq!(search("a*+a", "aaa"), None);
    assert_eq!(search("(?>a*)a", "aaa"), None);
    assert_eq!(search("(?>ab|a)c", "ac").unwrap()[0], Some((0, 2)));
    // Lookarounds and conditionals.
    assert_eq!(search("(?<=a)b", "ab").unwrap()[0], Some((1, 2)));
    assert_eq!(search("(?<!a)b", "ab"), None);
    assert_eq!(search("(a)?(?(1)b|c)", "c").unwrap()[0], Some((0, 1)));
    // `$` before a final newline; Unicode classes by default.
    assert_eq!(search("a$", "a\n").unwrap()[0], Some((0, 1)));
    assert_eq!(search("\\d+", "x٣4").unwrap()[0], Some((1, 3)));
    assert_eq!(search("\\w+", "héllo wörld").unwrap()[0], Some((0, 5)));
    // Case folding: the Kelvin sign matches k, long s matches S.
    let rx = compile("k+s", Flags::IGNORECASE).unwrap();
    let text: Vec<char> = "\u{212a}Kſ".chars().collect();
    let m = rx.exec(&text, 0, 3, Mode::FullMatch, &mut Unmetered).unwrap();
    assert!(m.is_some());
}

#[test]
fn inverted_capture_span_like_sre() {
    // CPython 3.11 raises SystemError("The span of capturing group is wrong, ...") on the
    // second match of this finditer: sre leaves group 1 ending before it starts.
    let rx = compile(
        "[ab]((?>(?x:[b]??(ab{0,1}a{0,1}?){1,3}[^a]{2})bb++)\\u00c9|(?P<n3>[b]{1,3})|a{2,}?(?>){2})*+",
        Flags::MULTILINE,
    )
    .unwrap();
    let mut inverted = Vec::new();
    rx.for_each_match(b"aaabaabbbbba".as_slice(), 0, 12, &mut Unmetered, |c, _| {
        inverted.push(c.has_inverted_span());
        Ok(true)
    })
    .unwrap();
    assert!(inverted.contains(&true), "{inverted:?}");
}

#[test]
fn group_names_and_lastgroup() {
    // re.match(r'(?P<x>a)(?P<y>b)?(c)', 'ac'): lastindex 3, lastgroup None.
    let rx = compile("(?P<x>a)(?P<y>b)?(c)", 0).unwrap();
    assert_eq!(rx.group_named("y"), Some(2));
    assert_eq!(rx.group_named("z"), None);
    let caps = rx
        .exec(b"ac".as_slice(), 0, 2, Mode::Match, &mut Unmetered)
        .unwrap()
        .unwrap();
    assert_eq!(caps.lastindex, Some(3));
    assert_eq!(rx.lastgroup(caps.lastindex), None);
    // re.match(r'(?P<x>a(?P<y>b))', 'ab'): the outer group closes last.
    let rx = compile("(?P<x>a(?P<y>b))", 0).unwrap();
    let caps = rx
        .exec(b"ab".as_slice(), 0, 2, Mode::Match, &mut Unmetered)
        .unwrap()
        .unwrap();
    assert_eq!(rx.lastgroup(caps.lastindex), Some("x"));
}

#[test]
fn finditer_steps_over_empty_matches_like_sre() {
    let rx = compile("a*", 0).unwrap();
    let text = b"baab";
    let mut spans = Vec::new();
    rx.for_each_match(&text[..], 0, 4, &mut Unmetered, |c: &Captures, _| {
        spans.push(c.spans[0].unwrap());
        Ok(true)
    })
    .unwrap();
    assert_eq!(spans, vec![(0, 0), (1, 3), (3, 3), (4, 4)]);
}

#[test]
fn catastrophic_backtracking_is_stopped_by_the_meter() {
    let rx = compile("(a+)+$", 0).unwrap();
    let text = format!("{}b", "a".repeat(30));
    let result = rx.exec(text.as_bytes(), 0, text.len(), Mode::Search, &mut StepLimit(1_000_000));
    assert_eq!(result, Err(Stopped));
    // Nested loops that can match empty terminate on their own, with sre's captures.
    let text = "a".repeat(1000);
    let rx = compile("(a*)*$", 0).unwrap();
    let m = rx.exec(text.as_bytes(), 0, text.len(), Mode::Search, &mut StepLimit(1_000_000));
    assert_eq!(
        m.unwrap().unwrap().spans.to_vec(),
        vec![Some((0, 1000)), Some((1000, 1000))]
    );
    let text = text + "b";
    let rx = compile("(a|)*b", 0).unwrap();
    let m = rx.exec(text.as_bytes(), 0, text.len(), Mode::Search, &mut StepLimit(1_000_000));
    assert_eq!(
        m.unwrap().unwrap().spans.to_vec(),
        vec![Some((0, 1001)), Some((1000, 1000))]
    );
    let rx = compile("(?:()|a)*?b", 0).unwrap();
    let m = rx.exec(text.as_bytes(), 0, text.len(), Mode::Search, &mut StepLimit(1_000_000));
    assert_eq!(m.unwrap().unwrap().spans.to_vec(), vec![Some((0, 1001)), None]);
}

#[test]
fn deep_backtracking_does_not_use_the_native_stack() {
    // One frame per character on the heap: a 200,000-character subject in a thread with a
    // small stack.
    let handle = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| {
            let rx = compile("(?:a|b)*?c|(x|a)*", 0).unwrap();
            let text = "ab".repeat(100_000);
            let m = rx
                .exec(text.as_bytes(), 0, text.len(), Mode::Match, &mut Unmetered)
                .unwrap();
            m.map(|c| c.spans[0])
        })
        .unwrap();
    assert_eq!(handle.join().unwrap(), Some(Some((0, 1))));
}

// ---------------------------------------------------------------------------------------------
// Templates, split, sub, findall, escape (expected values from CPython 3.11)
// ---------------------------------------------------------------------------------------------

fn text_of(cps: &[u32]) -> String {
    cps.iter().map(|&c| char::from_u32(c).unwrap()).collect()
}

/// `re.subn(pattern, template, subject)`, errors as their message (IndexError prefixed).
fn subn(pattern: &str, template: &str, subject: &str, count: i64) -> Result<(String, usize), String> {
    let rx = compile(pattern, 0).unwrap();
    let t = cps(template);
    let pieces = super::template::parse_template(&rx, &t, true).map_err(|e| match e {
        TemplateError::Re(e) => e.message(&t),
        TemplateError::Index(msg) => format!("IndexError: {msg}"),
    })?;
    let text: Vec<char> = subject.chars().collect();
    let (out, n) = super::ops::subn(&rx, &pieces, &text, count, &mut Unmetered).unwrap();
    Ok((text_of(&out), n))
}

#[test]
fn sub_templates_like_cpython() {
    let ok = |t: &str| subn("(a)(b)?", t, "a", 0).map(|r| r.0);
    assert_eq!(
        ok(r"[\1|\2|\g<0>|\n|\.|\0101|\101]"),
        Ok("[a||a|\n|\\.|\x081|A]".to_string())
    );
    let errors = [
        (r"\g<1", "missing >, unterminated name at position 3"),
        (r"\g<>", "missing group name at position 3"),
        (r"\g<x>", "IndexError: unknown group name 'x'"),
        (r"\g<-1>", "bad character in group name '-1' at position 3"),
        (r"\g<3>", "invalid group reference 3 at position 3"),
        (r"\3", "invalid group reference 3 at position 1"),
        (r"\q", "bad escape \\q at position 0"),
        (
            r"\777",
            "octal escape value \\777 outside of range 0-0o377 at position 0",
        ),
        (r"\g", "missing < at position 2"),
        (r"\g<1a>", "bad character in group name '1a' at position 3"),
        ("\\", "bad escape (end of pattern) at position 0"),
    ];
    for (template, expected) in errors {
        assert_eq!(ok(template), Err(expected.to_string()), "template {template:?}");
    }
    assert_eq!(subn("", "-", "abc", 0), Ok(("-a-b-c-".to_string(), 4)));
    assert_eq!(subn("x*", "-", "abxd", 0), Ok(("-a-b--d-".to_string(), 5)));
    assert_eq!(subn("a", "x", "aaa", -1), Ok(("aaa".to_string(), 0)));
    assert_eq!(subn("a", "x", "aaa", 2), Ok(("xxa".to_string(), 2)));
}

#[test]
fn split_findall_escape_like_cpython() {
    use super::ops::{FindallItem, SplitItem};
    let split = |p: &str, s: &str, maxsplit: i64| -> Vec<Option<String>> {
        let rx = compile(p, 0).unwrap();
        let text: Vec<char> = s.chars().collect();
        let items = super::ops::split(&rx, &text, maxsplit, &mut Unmetered).unwrap();
        items
            .into_iter()
            .map(|item| match item {
                SplitItem::Text(a, b) | SplitItem::Group(Some((a, b))) => Some(text[a..b].iter().collect()),
                SplitItem::Group(None) => None,
            })
            .collect()
    };
    let strs = |v: &[Option<&str>]| -> Vec<Option<String>> { v.iter().map(|s| s.map(String::from)).collect() };
    assert_eq!(
        split("x*", "axbc", 0),
        strs(&[Some(""), Some("a"), Some(""), Some("b"), Some("c"), Some("")])
    );
    assert_eq!(
        split("(x)|(y)", "axbyc", 0),
        strs(&[Some("a"), Some("x"), None, Some("b"), None, Some("y"), Some("c")])
    );
    assert_eq!(split("(b)", "abcbd", 1), strs(&[Some("a"), Some("b"), Some("cbd")]));
    assert_eq!(split("a", "bab", -1), strs(&[Some("bab")]));
    let rx = compile("(a)(b)?", 0).unwrap();
    let mut items = Vec::new();
    rx.for_each_match(b"aab".as_slice(), 0, 3, &mut Unmetered, |c, _| {
        items.push(super::ops::findall_item(&rx, c));
        Ok(true)
    })
    .unwrap();
    assert_eq!(
        items,
        vec![
            FindallItem::Tuple(vec![Some((0, 1)), None]),
            FindallItem::Tuple(vec![Some((1, 2)), Some((2, 3))])
        ]
    );
    assert_eq!(text_of(&super::ops::escape(&cps("a.b-c d\t#"))), "a\\.b\\-c\\ d\\\t\\#");
}

// ---------------------------------------------------------------------------------------------
// Differential cases
// ---------------------------------------------------------------------------------------------

/// A JSON value of the case file (only what `gen.py` writes).
#[derive(Debug, Clone, PartialEq)]
enum Json {
    Null,
    Num(i64),
    Str(String),
    Arr(Vec<Json>),
}

struct JsonReader<'a> {
    s: &'a [u8],
    i: usize,
}

impl JsonReader<'_> {
    fn value(&mut self) -> Json {
        self.skip_ws();
        match self.s[self.i] {
            b'n' => {
                self.i += 4;
                Json::Null
            }
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_ws();
                    if self.s[self.i] == b']' {
                        self.i += 1;
                        return Json::Arr(items);
                    }
                    items.push(self.value());
                    self.skip_ws();
                    if self.s[self.i] == b',' {
                        self.i += 1;
                    }
                }
            }
            b'"' => Json::Str(self.string()),
            _ => {
                let start = self.i;
                while self.i < self.s.len() && (self.s[self.i] == b'-' || self.s[self.i].is_ascii_digit()) {
                    self.i += 1;
                }
                let text = std::str::from_utf8(&self.s[start..self.i]).unwrap();
                Json::Num(text.parse().unwrap())
            }
        }
    }

    fn skip_ws(&mut self) {
        while self.i < self.s.len() && self.s[self.i] == b' ' {
            self.i += 1;
        }
    }

    fn hex4(&mut self) -> u32 {
        let text = std::str::from_utf8(&self.s[self.i..self.i + 4]).unwrap();
        self.i += 4;
        u32::from_str_radix(text, 16).unwrap()
    }

    fn string(&mut self) -> String {
        self.i += 1;
        let mut out = String::new();
        loop {
            let b = self.s[self.i];
            self.i += 1;
            match b {
                b'"' => return out,
                b'\\' => {
                    let e = self.s[self.i];
                    self.i += 1;
                    match e {
                        b'n' => out.push('\n'),
                        b't' => out.push('\t'),
                        b'r' => out.push('\r'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'u' => {
                            let mut c = self.hex4();
                            if (0xd800..0xdc00).contains(&c) {
                                self.i += 2; // the `\u` of the low surrogate
                                let low = self.hex4();
                                c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
                            }
                            out.push(char::from_u32(c).unwrap());
                        }
                        other => out.push(other as char),
                    }
                }
                _ => out.push(b as char),
            }
        }
    }
}

fn span_json(span: Option<(usize, usize)>) -> Json {
    match span {
        None => Json::Null,
        Some((s, e)) => Json::Arr(vec![Json::Num(s as i64), Json::Num(e as i64)]),
    }
}

fn inverted_span_json() -> Json {
    Json::Arr(vec![
        Json::Str("error".into()),
        Json::Str("SystemError".into()),
        Json::Str("The span of capturing group is wrong, please report a bug for the re module.".into()),
    ])
}

fn captures_json(caps: &Option<Captures>) -> Json {
    match caps {
        None => Json::Null,
        Some(c) if c.has_inverted_span() => inverted_span_json(),
        Some(c) => {
            let mut items: Vec<Json> = c.spans.iter().map(|&s| span_json(s)).collect();
            items.push(c.lastindex.map_or(Json::Null, |i| Json::Num(i as i64)));
            Json::Arr(items)
        }
    }
}

fn run_case<T: super::exec::Unit>(rx: &Regex, text: &[T], op: &str, pos: usize, endpos: usize) -> Json {
    let mut meter = StepLimit(50_000_000);
    match op {
        "finditer" => {
            let mut all = Vec::new();
            let mut inverted = false;
            let done = rx.for_each_match(text, pos, endpos, &mut meter, |c, _| {
                inverted = c.has_inverted_span();
                all.push(captures_json(&Some(c.clone())));
                Ok(!inverted)
            });
            if done.is_err() {
                return Json::Str("stopped by the step limit".into());
            }
            if inverted {
                return inverted_span_json();
            }
            Json::Arr(all)
        }
        _ => {
            let mode = match op {
                "search" => Mode::Search,
                "match" => Mode::Match,
                _ => Mode::FullMatch,
            };
            match rx.exec(text, pos, endpos, mode, &mut meter) {
                Ok(caps) => captures_json(&caps),
                Err(Stopped) => Json::Str("stopped by the step limit".into()),
            }
        }
    }
}

fn error_json(e: &ReError, pattern: &[u32]) -> Json {
    let kind = match e {
        ReError::Syntax { .. } | ReError::Compile(_) => "error",
        ReError::Overflow(_) => "OverflowError",
        ReError::Value(_) => "ValueError",
        ReError::Recursion => "RecursionError",
    };
    Json::Arr(vec![
        Json::Str("error".into()),
        Json::Str(kind.into()),
        Json::Str(e.message(pattern)),
    ])
}

#[test]
fn differential_cases_from_cpython() {
    // RE_DIFF_CASES names another case file (say, one generated with another seed).
    let path = std::env::var("RE_DIFF_CASES")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/tests/re_diff/cases.jsonl").to_string());
    let data = std::fs::read_to_string(&path).expect("the case file");
    let mut failures = Vec::new();
    let mut total = 0;
    for line in data.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
        total += 1;
        let Json::Arr(case) = (JsonReader {
            s: line.as_bytes(),
            i: 0,
        })
        .value() else {
            panic!("bad case line {line}");
        };
        let [
            Json::Str(kind),
            Json::Str(pattern),
            Json::Num(flags),
            Json::Str(op),
            Json::Str(subject),
            Json::Num(pos),
            Json::Num(endpos),
            expected,
        ] = &case[..]
        else {
            panic!("bad case line {line}");
        };
        let is_str = kind == "s";
        let pattern_cps = cps(pattern);
        let got = match Regex::new(&pattern_cps, is_str, *flags as u32) {
            Err(e) => error_json(&e, &pattern_cps),
            Ok(rx) => {
                let (pos, endpos) = (*pos as usize, *endpos as usize);
                if !is_str || subject.is_ascii() {
                    let bytes: Vec<u8> = subject.chars().map(|c| c as u32 as u8).collect();
                    run_case(&rx, &bytes, op, pos, endpos)
                } else {
                    let chars: Vec<char> = subject.chars().collect();
                    run_case(&rx, &chars, op, pos, endpos)
                }
            }
        };
        if &got != expected {
            failures.push(format!(
                "{kind} {pattern:?} flags={flags} {op} {subject:?} pos={pos} endpos={endpos}\n    expected {expected:?}\n    got      {got:?}"
            ));
        }
    }
    assert!(total > 3000, "only {total} cases");
    if !failures.is_empty() {
        let shown: Vec<&String> = failures.iter().take(40).collect();
        panic!(
            "{} of {total} cases differ from CPython:\n{}",
            failures.len(),
            shown.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n")
        );
    }
}

// ---------------------------------------------------------------------------------------------
// No panics on arbitrary input
// ---------------------------------------------------------------------------------------------

/// xorshift64*: a small deterministic generator for the random-pattern test.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn arbitrary_patterns_and_subjects_never_panic() {
    let pieces = [
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        "?",
        "*",
        "+",
        "|",
        "\\",
        "^",
        "$",
        ".",
        ":",
        "<",
        ">",
        "=",
        "!",
        "P",
        "a",
        "b",
        "1",
        "2",
        "0",
        "-",
        ",",
        "#",
        "i",
        "x",
        "s",
        "m",
        "L",
        "u",
        "(?",
        "(?P<n>",
        "(?P=n)",
        "(?(1)",
        "(?<=",
        "(?<!",
        "(?>",
        "\\1",
        "\\2",
        "\\b",
        "\\B",
        "\\w",
        "\\d",
        "\\s",
        "\\A",
        "\\Z",
        "\\x41",
        "\\u0041",
        "{2,3}",
        "{,2}",
        "*+",
        "*?",
        "++",
        "é",
        "ß",
        "\u{212a}",
        "\u{10400}",
        "\n",
        " ",
        "[^",
        "[a-",
        "\\N{",
        "(?i)",
        "(?x)",
    ];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut compiled = 0;
    for _ in 0..20_000 {
        let n = 1 + rng.below(10);
        let pattern: String = (0..n).map(|_| pieces[rng.below(pieces.len())]).collect();
        let flags = [
            0,
            Flags::IGNORECASE,
            Flags::MULTILINE | Flags::DOTALL,
            Flags::VERBOSE,
            Flags::ASCII,
        ][rng.below(5)];
        let is_str = rng.below(4) != 0;
        let p: Vec<u32> = if is_str {
            cps(&pattern)
        } else {
            pattern
                .chars()
                .filter(|&c| (c as u32) < 256)
                .map(|c| c as u32)
                .collect()
        };
        let Ok(rx) = Regex::new(&p, is_str, flags) else {
            continue;
        };
        compiled += 1;
        let subject: Vec<char> = (0..rng.below(20))
            .map(|_| ['a', 'b', '1', ' ', '\n', 'é', 'K', '\u{10400}'][rng.below(8)])
            .collect();
        let pos = rng.below(subject.len() + 2);
        let endpos = rng.below(subject.len() + 2);
        for mode in [Mode::Search, Mode::Match, Mode::FullMatch] {
            let _ = rx.exec(&subject, pos, endpos, mode, &mut StepLimit(100_000));
        }
        let bytes: Vec<u8> = subject.iter().map(|&c| c as u32 as u8).collect();
        let _ = rx.for_each_match(&bytes, pos, endpos, &mut StepLimit(100_000), |_, _| Ok(true));
        let _ = super::ops::split(&rx, &bytes, 0, &mut StepLimit(100_000));
        // The pattern text as a replacement template too.
        if let Ok(pieces) = super::template::parse_template(&rx, &p, is_str) {
            let _ = super::ops::subn(&rx, &pieces, &bytes, 0, &mut StepLimit(100_000));
        }
    }
    assert!(compiled > 2000, "only {compiled} patterns compiled");
}
