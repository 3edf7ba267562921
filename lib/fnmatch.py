# fnmatch: shell-style wildcard matching of file names.
#   *       any run of characters (also empty)
#   ?       exactly one character
#   [seq]   one character from seq (ranges a-z allowed), [!seq] negates
# Matching is done by turning the wildcard into a regular expression.
# NOTE: translate() returns an equivalent regex, but its exact text can differ
# from CPython's (CPython 3.11 emits atomic groups for runs of '*').
import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_compiled = {}
_CACHE_LIMIT = 256


def _as_str(obj):
    if isinstance(obj, (bytes, bytearray)):
        return bytes(obj).decode('latin-1'), True
    return obj, False


def _matcher(pat):
    m = _compiled.get(pat)
    if m is None:
        text, was_bytes = _as_str(pat)
        rx = translate(text)
        if was_bytes:
            rx = rx.encode('latin-1')
        m = re.compile(rx).match
        if len(_compiled) >= _CACHE_LIMIT:
            _compiled.clear()
        _compiled[pat] = m
    return m


def fnmatch(name, pat):
    # posix: os.path.normcase leaves names untouched, so this is case-sensitive.
    if isinstance(name, str) != isinstance(pat, str):
        raise TypeError("cannot use a string pattern on a bytes-like object"
                        if isinstance(pat, str) else
                        "cannot use a bytes pattern on a string-like object")
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    return _matcher(pat)(name) is not None


def filter(names, pat):
    test = _matcher(pat)
    return [n for n in names if test(n) is not None]


def _set_literal(c):
    # inside [...] only the backslash and a literal '-' need protection, plus
    # '&', '~' and '|' (doubled they would be set operations in future re)
    if c in '\\-&~|':
        return '\\' + c
    return c


def _bracket(body, negate):
    # body: the characters between '[' (or '[!') and the closing ']'. The
    # first character is always a member; "x-y" elsewhere is a range.
    pieces = []
    k = 0
    n = len(body)
    while k < n:
        lo = body[k]
        if k + 2 < n and body[k + 1] == '-':
            hi = body[k + 2]
            k += 3
            if lo <= hi:
                pieces.append(_set_literal(lo) + '-' + _set_literal(hi))
            # an inverted range (z-a) can match nothing: dropped
        else:
            pieces.append(_set_literal(lo))
            k += 1
    text = ''.join(pieces)
    if not text:
        # nothing can match; a negated empty set matches any one character
        return '.' if negate else '(?!)'
    if negate:
        return '[^' + text + ']'
    if text[0] in '^[':
        text = '\\' + text
    return '[' + text + ']'


def translate(pat):
    # The pattern is cut at its '*' runs into fixed parts (lists of regex
    # pieces). Each fixed part between two stars is matched lazily inside an
    # atomic group, so a failing match cannot backtrack exponentially.
    parts = [[]]
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            # several stars in a row mean the same as one
            while i < n and pat[i] == '*':
                i += 1
            parts.append([])
            continue
        cur = parts[-1]
        if c == '?':
            cur.append('.')
        elif c == '[':
            j = i
            negate = False
            if j < n and pat[j] == '!':
                negate = True
                j += 1
            start = j
            if j < n and pat[j] == ']':
                j += 1           # a leading ']' is an ordinary member
            close = pat.find(']', j)
            if close < 0:
                cur.append('\\[')
            else:
                cur.append(_bracket(pat[start:close], negate))
                i = close + 1
        else:
            cur.append(re.escape(c))
    body = ''.join(parts[0])
    last = len(parts) - 1
    for k in range(1, last + 1):
        seg = ''.join(parts[k])
        if k < last:
            body += '(?>.*?' + seg + ')'
        else:
            body += '.*' + seg
    return '(?s:' + body + ')\\Z'
