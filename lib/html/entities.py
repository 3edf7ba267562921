# html.entities: the HTML 4 named character references as name2codepoint,
# codepoint2name and entitydefs, built from the table html.unescape() reads.
# The HTML5 table (html5: 2,231 names) is left out on purpose: it would
# cost more than the rest of the html package together.

from html import _NAMED

__all__ = ['name2codepoint', 'codepoint2name', 'entitydefs']

name2codepoint = {}
codepoint2name = {}
entitydefs = {}
for _pair in _NAMED.split():
    _name, _, _code = _pair.partition(':')
    # &apos; is XML's and HTML5's, not one of HTML 4's 252 names
    if _name != 'apos':
        _code = int(_code, 16)
        if _name in ('lang', 'rang'):
            # HTML 4's U+2329/U+232A; HTML5 (so unescape) moved them to U+27E8/9
            _code -= 0x27e8 - 0x2329
        name2codepoint[_name] = _code
        codepoint2name[_code] = _name
        entitydefs[_name] = chr(_code)
del _pair, _name, _code
