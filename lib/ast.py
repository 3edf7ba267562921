# ast: only literal_eval(), which evaluates the text of a Python literal the
# way CPython's does: strings and bytes (adjacent ones joined), numbers, a real
# plus or minus an imaginary number, unary +/- on a number, True/False/None,
# ..., tuples, lists, dicts, sets and set(). Anything else that is valid
# Python is refused with ValueError; invalid Python raises SyntaxError.
# There are no AST node classes, so parse() and friends are left out.
# compile() checks the syntax; a small recursive-descent parser over the
# tokens below then accepts only literal shapes. A string token that is not
# plain is turned into its value by eval(), which compile() proved safe.
import re

# Each match is blanks/comments then at most one token: group 1 a string with
# its prefix, 2 a number, 3 a name or any other single token.
_TOK = re.compile(
    r"""(?:[ \t\f\r\n]+|#[^\n]*|\\\r?\n)*(?:((?:[rRbBuUfF]{1,2})?(?:'''(?:[^\\]|\\[\s\S])*?'''|"""
    r'''"""(?:[^\\]|\\[\s\S])*?"""|'(?:[^'\\\n]|\\[\s\S])*'|"(?:[^"\\\n]|\\[\s\S])*"))|'''
    r'(0[xXoObB]\w*|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?[jJ]?)|(\w+|\.\.\.|\*\*|.))?'
)
# compile() flag: module code may await, and is then a coroutine to await
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000
_NAMES = {'True': True, 'False': False, 'None': None, '...': ...}


def literal_eval(node_or_string):
    s = node_or_string
    if not isinstance(s, str):
        raise ValueError('malformed node or string: %r' % (s,))
    s = s.lstrip(' \t')
    m = _TOK.match(s)
    if '\n' in (s[:m.start(m.lastindex)] if m.lastindex else s):
        # our 'eval' mode does not check the indent of a first line that
        # follows blank lines (CPython raises IndentationError); 'exec' does
        compile(s, '<unknown>', 'exec')
    compile(s, '<unknown>', 'eval')
    toks = [(1, a) if a else (2, b) if b else (3, c)
            for a, b, c in _TOK.findall(s) if a or b or c]
    toks.append((0, ''))
    at = 0

    # refuse the node that starts at token i (its line is found only now)
    def bad(i):
        t = toks[i][1]
        line = s.count('\n')
        for m in _TOK.finditer(s):
            if m.lastindex:
                if not i:
                    line = s.count('\n', 0, m.start(m.lastindex))
                    break
                i -= 1
        raise ValueError('malformed node or string on line %d: %r' % (line + 1, t))

    def take(text=None):
        nonlocal at
        at += 1
        if text is not None and toks[at - 1][1] != text:
            bad(at - 1)
        return toks[at - 1][1]

    def peek():
        return toks[at][1]

    # Each node comes back as (kind, value): kind 0 is a bare int, float or
    # complex constant, 1 a sign applied to one, 2 anything else. CPython
    # allows a sign only on kind 0, and `a + bj` only with kind 0/1 int or
    # float on the left and kind 0 complex on the right.

    # element := ('+'|'-') element | string+ | number | name | '(' ... | ...
    def element():
        i = at
        k, t = toks[i]
        take()
        if k == 1:
            if toks[at][0] != 1 and t[0] in '\'"' and '\\' not in t and t[:3] not in ('"""', "'''"):
                return 2, t[1:-1]
            parts = [t]
            while toks[at][0] == 1:
                parts.append(take())
            for p in parts:
                if 'f' in p[:p.find(p[-1])].lower():
                    bad(i)
            return 2, eval(' '.join(parts))
        if k == 2:
            try:
                return 0, int(t, 0)
            except ValueError:
                return 0, complex(t) if t[-1] in 'jJ' else float(t)
        if t in _NAMES:
            return 2, _NAMES[t]
        if t == 'set' and peek() == '(':
            take()
            take(')')
            return 2, set()
        if t in ('+', '-'):
            k, v = element()
            if k:
                bad(i)
            return 1, -v if t == '-' else +v
        if t == '(':
            if peek() == ')':
                take()
                return 2, ()
            r = expr()
            if peek() == ')':
                take()
                return r
            take(',')
            out = [r[1]]
            items(')', out.append)
            return 2, tuple(out)
        if t == '[':
            out = []
            items(']', out.append)
            return 2, out
        if t == '{':
            return 2, braces()
        bad(i)

    # expr := element (('+'|'-') element)*
    def expr():
        i = at
        k, v = element()
        while peek() in ('+', '-'):
            if k > 1 or type(v) is complex:
                bad(i)
            op = take()
            k, w = element()
            if k or type(w) is not complex:
                bad(i)
            v = v + w if op == '+' else v - w
            k = 2
        return k, v

    # the rest of a comma-separated display, each item added as it is made
    # (so an unhashable set item fails before a later bad node, as in CPython)
    def items(close, add):
        while peek() != close:
            add(expr()[1])
            if peek() != close:
                take(',')
        take()

    # '{' [expr ':' expr (',' expr ':' expr)* | expr (',' expr)*] [','] '}'
    def braces():
        if peek() == '}':
            take()
            return {}
        first = expr()[1]
        if peek() != ':':
            out = {first}
            if peek() == ',':
                take()
            items('}', out.add)
            return out
        out = {}
        while True:
            take(':')
            out[first] = expr()[1]
            if peek() == ',':
                take()
            if peek() == '}':
                take()
                return out
            first = expr()[1]

    r = expr()[1]
    if peek() == ',':
        take()
        out = [r]
        items('', out.append)
        r = tuple(out)
    elif toks[at][0]:
        bad(at)
    return r
