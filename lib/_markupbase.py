# _markupbase: ParserBase, the shared base of html.parser.HTMLParser: the
# position count (getpos) and the constructs that start with '<!': comments
# and marked sections such as <![CDATA[...]]> and MS Office's <![if ...]>.
# (CPython's parse_declaration for SGML DTDs is not here: HTMLParser does
# not use it.) Written for this interpreter after CPython's documented
# behaviour.


def _skipws(s, i):
    n = len(s)
    while i < n and s[i].isspace():
        i += 1
    return i


def _find_close(s, i, brackets):
    # the end of the first ']' [ws ']'] ws '>' from i: (start, end) or None
    while True:
        i = s.find(']', i)
        if i < 0:
            return None
        j = i + 1
        if brackets:
            j = _skipws(s, j)
            if s[j:j + 1] != ']':
                i += 1
                continue
            j += 1
        j = _skipws(s, j)
        if s[j:j + 1] == '>':
            return i, j + 1
        i += 1


class ParserBase:
    def __init__(self):
        if self.__class__ is ParserBase:
            raise RuntimeError('_markupbase.ParserBase must be subclassed')

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        return self.lineno, self.offset

    def updatepos(self, i, j):
        if i >= j:
            return j
        s = self.rawdata
        nl = s.count('\n', i, j)
        if nl:
            self.lineno += nl
            self.offset = j - s.rindex('\n', i, j) - 1
        else:
            self.offset += j - i
        return j

    def parse_comment(self, i, report=1):
        s = self.rawdata
        if s[i:i + 4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        j = i + 4
        while True:
            j = s.find('--', j)
            if j < 0:
                return -1
            k = _skipws(s, j + 2)
            if s[k:k + 1] == '>':
                break
            j += 1
        if report:
            self.handle_comment(s[i + 4:j])
        return k + 1

    def _scan_name(self, i, declstartpos):
        s = self.rawdata
        n = len(s)
        if i == n:
            return None, -1
        j = i
        if s[i:i + 1].isascii() and s[i].isalpha():
            j += 1
            while j < n and (s[j].isascii() and s[j].isalnum() or s[j] in '-_.'):
                j += 1
        if j == i:
            self.updatepos(declstartpos, i)
            raise AssertionError('expected name token at %r' % s[declstartpos:declstartpos + 20])
        k = _skipws(s, j)
        if k == n:
            return None, -1
        return s[i:j].lower(), k

    def parse_marked_section(self, i, report=1):
        s = self.rawdata
        name, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if name in ('temp', 'cdata', 'ignore', 'include', 'rcdata'):
            m = _find_close(s, i + 3, True)
        elif name in ('if', 'else', 'endif'):
            m = _find_close(s, i + 3, False)
        else:
            raise AssertionError('unknown status keyword %r in marked section' % s[i + 3:j])
        if not m:
            return -1
        if report:
            self.unknown_decl(s[i + 3:m[0]])
        return m[1]

    def unknown_decl(self, data):
        pass
