"""
General functions for HTML manipulation.
"""

# CPython's `html` finds character references with a regular expression; a hand-written
# scanner here follows the same alternatives, and the entity table is imported on the first
# named reference, so `import html` stays cheap.

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """
    Replace special characters "&", "<" and ">" to HTML-safe sequences.
    If the optional flag quote is true (the default), the quotation mark
    characters, both double quote (") and single quote (') characters are also
    translated.
    """
    s = s.replace("&", "&amp;")  # Must be done first!
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# see https://html.spec.whatwg.org/multipage/parsing.html#numeric-character-reference-end-state

_invalid_charrefs = {
    0x00: '\ufffd',  # REPLACEMENT CHARACTER
    0x0d: '\r',      # CARRIAGE RETURN
    0x80: '\u20ac',  # EURO SIGN
    0x81: '\x81',    # <control>
    0x82: '\u201a',  # SINGLE LOW-9 QUOTATION MARK
    0x83: '\u0192',  # LATIN SMALL LETTER F WITH HOOK
    0x84: '\u201e',  # DOUBLE LOW-9 QUOTATION MARK
    0x85: '\u2026',  # HORIZONTAL ELLIPSIS
    0x86: '\u2020',  # DAGGER
    0x87: '\u2021',  # DOUBLE DAGGER
    0x88: '\u02c6',  # MODIFIER LETTER CIRCUMFLEX ACCENT
    0x89: '\u2030',  # PER MILLE SIGN
    0x8a: '\u0160',  # LATIN CAPITAL LETTER S WITH CARON
    0x8b: '\u2039',  # SINGLE LEFT-POINTING ANGLE QUOTATION MARK
    0x8c: '\u0152',  # LATIN CAPITAL LIGATURE OE
    0x8d: '\x8d',    # <control>
    0x8e: '\u017d',  # LATIN CAPITAL LETTER Z WITH CARON
    0x8f: '\x8f',    # <control>
    0x90: '\x90',    # <control>
    0x91: '\u2018',  # LEFT SINGLE QUOTATION MARK
    0x92: '\u2019',  # RIGHT SINGLE QUOTATION MARK
    0x93: '\u201c',  # LEFT DOUBLE QUOTATION MARK
    0x94: '\u201d',  # RIGHT DOUBLE QUOTATION MARK
    0x95: '\u2022',  # BULLET
    0x96: '\u2013',  # EN DASH
    0x97: '\u2014',  # EM DASH
    0x98: '\u02dc',  # SMALL TILDE
    0x99: '\u2122',  # TRADE MARK SIGN
    0x9a: '\u0161',  # LATIN SMALL LETTER S WITH CARON
    0x9b: '\u203a',  # SINGLE RIGHT-POINTING ANGLE QUOTATION MARK
    0x9c: '\u0153',  # LATIN SMALL LIGATURE OE
    0x9d: '\x9d',    # <control>
    0x9e: '\u017e',  # LATIN SMALL LETTER Z WITH CARON
    0x9f: '\u0178',  # LATIN CAPITAL LETTER Y WITH DIAERESIS
}


def _is_invalid_codepoint(num):
    # Control characters other than whitespace, the noncharacters U+FDD0..U+FDEF, and the
    # last two code points of every plane.
    return (0x1 <= num <= 0x8 or num == 0xb or 0xe <= num <= 0x1f or 0x7f <= num <= 0x9f
            or 0xfdd0 <= num <= 0xfdef or (num & 0xfffe) == 0xfffe)


def _numeric(num):
    if num in _invalid_charrefs:
        return _invalid_charrefs[num]
    if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
        return '\uFFFD'
    if _is_invalid_codepoint(num):
        return ''
    return chr(num)


_html5 = None


def _named(s):
    global _html5
    if _html5 is None:
        from html.entities import html5
        _html5 = html5
    if s in _html5:
        return _html5[s]
    # The longest prefix that is a name (legacy names may lack the semicolon).
    for x in range(len(s) - 1, 1, -1):
        if s[:x] in _html5:
            return _html5[s[:x]] + s[x:]
    return '&' + s


_HEXDIGITS = frozenset('0123456789abcdefABCDEF')
_NAME_STOP = frozenset('\t\n\f <&#;')


def _isdigit(c):
    return '0' <= c <= '9'


def unescape(s):
    """
    Convert all named and numeric character references (e.g. &gt;, &#62;,
    &x3e;) in the string s to the corresponding unicode characters.
    This function uses the rules defined by the HTML 5 standard
    for both valid and invalid character references, and the list of
    HTML 5 named character references defined in html.entities.html5.
    """
    if '&' not in s:
        return s
    out = []
    n = len(s)
    start = 0
    i = s.find('&')
    while i >= 0:
        j = i + 1
        replacement = None
        if j < n and s[j] == '#':
            k = j + 1
            if k < n and _isdigit(s[k]):
                while k < n and _isdigit(s[k]):
                    k += 1
                num = int(s[j + 1:k])
                replacement = _numeric(num)
            elif k + 1 < n and s[k] in 'xX' and s[k + 1] in _HEXDIGITS:
                k += 1
                while k < n and s[k] in _HEXDIGITS:
                    k += 1
                replacement = _numeric(int(s[j + 2:k], 16))
            if replacement is not None and k < n and s[k] == ';':
                k += 1
        else:
            k = j
            while k < n and k - j < 32 and s[k] not in _NAME_STOP:
                k += 1
            if k > j:
                if k < n and s[k] == ';':
                    k += 1
                replacement = _named(s[j:k])
        if replacement is None:
            i = s.find('&', i + 1)
            continue
        out.append(s[start:i])
        out.append(replacement)
        start = k
        i = s.find('&', k)
    out.append(s[start:])
    return ''.join(out)
