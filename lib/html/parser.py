# html.parser: HTMLParser, a tolerant HTML tokenizer that calls a handler
# method per tag, text run, comment, declaration or reference. Written for
# this interpreter after CPython 3.11's documented behaviour (and its
# handling of broken markup), with hand-written scanners instead of regexes.
from _markupbase import ParserBase, _skipws
from html import unescape

__all__ = ['HTMLParser']
_HEX = '0123456789abcdefABCDEF'


def _alpha(c):
    return c.isascii() and c.isalpha()


def _alnum(c):
    return c.isascii() and c.isalnum()


def _name_end(s, j):
    n = len(s)
    while j < n and s[j] not in '\t\n\r\x0c />\x00':
        j += 1
    return j


def _skip(s, j):
    # blanks, and slashes not followed by '>'
    n = len(s)
    while j < n and (s[j].isspace() or s[j] == '/' and s[j + 1:j + 2] != '>'):
        j += 1
    return j


def _value(s, q):
    # the value after an attribute name ending at q: (text or None, end)
    p = _skipws(s, q)
    if s[p:p + 1] != '=':
        return None, q
    e = p
    while s[e:e + 1] == '=':
        e += 1
    v = _skipws(s, e)
    c = s[v:v + 1]
    if c and c in '\'"':
        z = s.find(c, v + 1)
        if z >= 0:
            return s[v:z + 1], z + 1
        # an open quote: an empty value if blanks came before it, else
        # the last of several '=' starts a bare value, else no value
        if v > e:
            return '', e
        if e - p < 2:
            return None, q
        v = e - 1
    z = v
    while z < len(s) and s[z] != '>' and not s[z].isspace():
        z += 1
    return s[v:z], z


def _cdata_at(s, i, elem):
    # where '</' blanks elem blanks '>' starts (any case), or -1
    while True:
        i = s.find('</', i)
        if i < 0:
            return i
        k = _skipws(s, i + 2)
        if s[k:k + len(elem)].lower() == elem:
            k = _skipws(s, k + len(elem))
            if s[k:k + 1] == '>':
                return i
        i += 1


class HTMLParser(ParserBase):
    CDATA_CONTENT_ELEMENTS = ('script', 'style')
    _starttag_text = None

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        self.rawdata = ''
        self.lasttag = '???'
        self.cdata_elem = None
        ParserBase.reset(self)

    def feed(self, data):
        self.rawdata += data
        self.goahead(0)

    def close(self):
        self.goahead(1)

    def get_starttag_text(self):
        return self._starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()

    def clear_cdata_mode(self):
        self.cdata_elem = None

    def _text(self, t):
        self.handle_data(unescape(t) if self.convert_charrefs and not self.cdata_elem else t)

    def goahead(self, end):
        s = self.rawdata
        i = 0
        n = len(s)
        while i < n:
            elem = self.cdata_elem
            if elem:
                j = _cdata_at(s, i, elem)
                if j < 0:
                    break
            elif self.convert_charrefs:
                j = s.find('<', i)
                if j < 0:
                    # a reference may be cut at the end: wait for more
                    a = s.rfind('&', max(i, n - 34))
                    if a >= 0 and not any(c.isspace() or c == ';' for c in s[a:]):
                        break
                    j = n
            else:
                j = s.find('<', i)
                if j < 0:
                    j = n
                a = s.find('&', i, j)
                if a >= 0:
                    j = a
            if i < j:
                self._text(s[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            c = s[i + 1:i + 2]
            if s[i] == '<':
                if _alpha(c):
                    k = self.parse_starttag(i)
                elif c == '/':
                    k = self.parse_endtag(i)
                elif s.startswith('!--', i + 1):
                    k = self.parse_comment(i)
                elif c == '?':
                    k = self.parse_pi(i)
                elif c == '!':
                    k = self.parse_html_declaration(i)
                elif c:
                    self.handle_data('<')
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not end:
                        break
                    k = s.find('>', i + 1) + 1
                    if not k:
                        k = s.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    self._text(s[i:k])
                i = self.updatepos(i, k)
                continue
            k = -1
            if c == '#':
                # '&#' digits, or '&#x' hex digits, then a non-hex character
                j = i + 2
                d = '0123456789'
                if s[j:j + 1] in ('x', 'X'):
                    j += 1
                    d = _HEX
                k = j
                while k < n and s[k] in d:
                    k += 1
                if k == j or k == n or s[k] in _HEX:
                    if s.find(';', i) >= 0:
                        self.handle_data('&#')
                        i = self.updatepos(i, i + 2)
                    break
                self.handle_charref(s[i + 2:k])
            elif _alpha(c):
                # '&' name, then a character that cannot continue it
                k = i + 2
                while k < n and (_alnum(s[k]) or s[k] in '-.'):
                    k += 1
                if k == n:
                    # at the end the name gives back a last '-' or '.'
                    k = max(s.rfind('-', i + 2, k), s.rfind('.', i + 2, k))
                    if k < 0:
                        if end and i + 2 == n:
                            i = self.updatepos(i, i + 1)
                        break
                self.handle_entityref(s[i + 1:k])
            elif c:
                self.handle_data('&')
                k = i + 1
                c = ''
            else:
                break
            i = self.updatepos(i, k + 1 if c and s[k:k + 1] == ';' else k)
        if end and i < n and not self.cdata_elem:
            self._text(s[i:n])
            i = self.updatepos(i, n)
        self.rawdata = s[i:]

    def parse_html_declaration(self, i):
        s = self.rawdata
        if s.startswith('<!--', i):
            return self.parse_comment(i)
        if s.startswith('<![', i):
            return self.parse_marked_section(i)
        if s[i + 2:i + 9].lower() == 'doctype':
            k = s.find('>', i + 9)
            if k < 0:
                return k
            self.handle_decl(s[i + 2:k])
            return k + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        s = self.rawdata
        k = s.find('>', i + 2)
        if k < 0:
            return k
        if report:
            self.handle_comment(s[i + 2:k])
        return k + 1

    def parse_pi(self, i):
        s = self.rawdata
        k = s.find('>', i + 2)
        if k < 0:
            return k
        self.handle_pi(s[i + 2:k])
        return k + 1

    def parse_starttag(self, i):
        self._starttag_text = None
        s = self.rawdata
        n = len(s)
        j = _name_end(s, i + 2)
        self.lasttag = tag = s[i + 1:j].lower()
        attrs = []
        while True:
            j = _skip(s, j)
            c = s[j:j + 1]
            if not c or c in '/>' or not (s[j - 1] in '\'"/' or s[j - 1].isspace()):
                break
            k = j + 1
            while k < n and s[k] not in '/=>' and not s[k].isspace():
                k += 1
            v, e = _value(s, k)
            if v and v[0] == v[-1] and v[0] in '\'"':
                v = v[1:-1]
            attrs.append((s[j:k].lower(), unescape(v) if v else v))
            j = e
        c = s[j:j + 1]
        if c == '>':
            k = j + 1
        elif c == '/':
            k = j + 2
        elif not c or c == '=' or _alpha(c):
            return -1
        else:
            self.handle_data(s[i:j])
            return j
        self._starttag_text = s[i:k]
        if c == '/':
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return k

    def parse_endtag(self, i):
        s = self.rawdata
        gt = s.find('>', i + 1) + 1
        if not gt:
            return -1
        j = _skipws(s, i + 2)
        k = j
        if _alpha(s[j]):
            k += 1
            while _alnum(s[k]) or s[k] in '-.:_':
                k += 1
        if k == j or _skipws(s, k) != gt - 1:
            if self.cdata_elem is not None:
                self.handle_data(s[i:gt])
                return gt
            if not _alpha(s[i + 2]):
                if s[i + 2] == '>':
                    return gt
                return self.parse_bogus_comment(i)
            self.handle_endtag(s[i + 2:_name_end(s, i + 3)].lower())
            return gt
        elem = s[j:k].lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(s[i:gt])
            return gt
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gt

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def _nop(self, *args):
        pass

    handle_starttag = handle_endtag = handle_charref = handle_entityref = _nop
    handle_data = handle_comment = handle_decl = handle_pi = unknown_decl = _nop
