# shlex: split, quote and join command lines the way a POSIX shell does.
# split() follows the POSIX rules (quotes, backslash escapes, optional '#'
# comments); the shlex class offers the same splitting as an iterator over
# tokens plus the attributes scripts usually touch.
import re

__all__ = ['shlex', 'split', 'quote', 'join']

_UNSAFE = re.compile(r'[^A-Za-z0-9_@%+=:,./-]')


def quote(s):
    if not s:
        return "''"
    if _UNSAFE.search(s) is None:
        return s
    # inside single quotes nothing is special except the quote itself, which
    # is closed, emitted in double quotes and reopened
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    return ' '.join([quote(arg) for arg in split_command])


class shlex:
    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str) or instream is None:
            self._text = instream or ''
            self.instream = None
        else:
            self._text = None
            self.instream = instream
        self.infile = infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = ('abcdfeghijklmnopqrstuvwxyz'
                          'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
        if posix:
            self.wordchars += ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                               'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.pushback = []
        if punctuation_chars is True:
            punctuation_chars = '();<>|&'
        elif not punctuation_chars:
            punctuation_chars = ''
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self.wordchars += '~-./*?='
            for ch in punctuation_chars:
                self.wordchars = self.wordchars.replace(ch, '')
        self._pos = 0

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def _getc(self):
        if self._text is None:
            self._text = self.instream.read()
        if self._pos >= len(self._text):
            return ''
        c = self._text[self._pos]
        self._pos += 1
        if c == '\n':
            self.lineno += 1
        return c

    def _ungetc(self, c):
        if c:
            self._pos -= 1
            if c == '\n':
                self.lineno -= 1

    def push_token(self, tok):
        self.pushback.insert(0, tok)

    def get_token(self):
        if self.pushback:
            return self.pushback.pop(0)
        return self.read_token()

    def read_token(self):
        # One token: returns self.eof at the end of input.
        word = []
        have_word = False      # true once a quote made even '' a token
        kind = None            # None, 'word', 'punct', or a quote char
        while True:
            c = self._getc()
            if kind is None:
                if not c:
                    return self.eof
                if c in self.whitespace:
                    continue
                if c in self.commenters:
                    self._skip_line()
                    continue
                if self.posix and c in self.escape:
                    nxt = self._getc()
                    if not nxt:
                        raise ValueError("No escaped character")
                    word.append(nxt)
                    kind = 'word'
                    continue
                if c in self.quotes:
                    if not self.posix:
                        word.append(c)
                    have_word = True
                    kind = c
                    continue
                if c in self.punctuation_chars:
                    word.append(c)
                    kind = 'punct'
                    continue
                if self.whitespace_split or c in self.wordchars:
                    word.append(c)
                    kind = 'word'
                    continue
                # any other character is a token of its own
                return c
            if kind == 'punct':
                if c and c in self.punctuation_chars:
                    word.append(c)
                    continue
                self._ungetc(c)
                return ''.join(word)
            if kind == 'word':
                if not c:
                    break
                if c in self.whitespace:
                    break
                if c in self.commenters:
                    self._skip_line()
                    if self.posix:
                        break
                    continue
                if self.posix and c in self.escape:
                    nxt = self._getc()
                    if not nxt:
                        raise ValueError("No escaped character")
                    word.append(nxt)
                    continue
                if self.posix and c in self.quotes:
                    have_word = True
                    kind = c
                    continue
                if c in self.punctuation_chars:
                    self._ungetc(c)
                    break
                if self.whitespace_split or c in self.wordchars or \
                        (not self.posix and c in self.quotes):
                    word.append(c)
                    continue
                self._ungetc(c)
                break
            # inside a quoted section; kind is the opening quote character
            if not c:
                raise ValueError("No closing quotation")
            if c == kind:
                if not self.posix:
                    word.append(c)
                    return ''.join(word)
                kind = 'word'
                continue
            if self.posix and c in self.escape and kind in self.escapedquotes:
                nxt = self._getc()
                if not nxt:
                    raise ValueError("No escaped character")
                if nxt != kind and nxt not in self.escape:
                    word.append(c)
                word.append(nxt)
                continue
            word.append(c)
        tok = ''.join(word)
        if self.posix and not tok and not have_word:
            return self.eof
        return tok

    def _skip_line(self):
        while True:
            c = self._getc()
            if not c or c == '\n':
                return

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok


def split(s, comments=False, posix=True):
    if s is None:
        raise ValueError("s argument must not be None")
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)
