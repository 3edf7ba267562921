# textwrap: line wrapping and indentation helpers with the public API and
# output of CPython's module (wrap, fill, shorten, dedent, indent and the
# TextWrapper class with its documented attributes and override hooks).
# Words are cut into chunks by a small hand-written scanner instead of a
# regular expression, so that the frozen module does not depend on re.

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace separates words, as in CPython.
_SPACES = '\t\n\x0b\x0c\r '


def _wordish(c):
    return c.isalnum() or c == '_'


def _letter(c):
    return _wordish(c) and not c.isdigit()


def _punctish(c):
    # a character after which a run of dashes counts as an em-dash
    return _wordish(c) or c in '!"\'&.,?'


def _dash_run_at(s, i):
    # s[i:] is two or more '-' followed by a word character
    j = i
    while j < len(s) and s[j] == '-':
        j += 1
    return j - i >= 2 and j < len(s) and _wordish(s[j])


def _hyphen_break_after(s, j):
    # May a word be cut just after the '-' at s[j]?  Needs letters around
    # it: "ab-c", "ab-cd", "a-b-cd"...
    if s[j] != '-' or j + 1 >= len(s) or not _letter(s[j + 1]):
        return False
    k = j + 2
    if k < len(s) and s[k] == '-':
        k += 1
    if k >= len(s) or not _letter(s[k]):
        return False
    if j >= 2 and _letter(s[j - 1]) and _letter(s[j - 2]):
        return True
    return j >= 3 and _letter(s[j - 1]) and s[j - 2] == '-' and _letter(s[j - 3])


def _scan(text, hyphens):
    pieces = []
    n = len(text)
    pos = 0
    while pos < n:
        stop = pos
        if text[pos] in _SPACES:
            while stop < n and text[stop] in _SPACES:
                stop += 1
        elif hyphens and pos > 0 and _punctish(text[pos - 1]) and _dash_run_at(text, pos):
            while text[stop] == '-':
                stop += 1
        else:
            while True:
                stop += 1
                if stop >= n or text[stop] in _SPACES:
                    break
                if hyphens:
                    if _hyphen_break_after(text, stop):
                        stop += 1
                        break
                    if _punctish(text[stop - 1]) and _dash_run_at(text, stop):
                        break
        pieces.append(text[pos:stop])
        pos = stop
    return pieces


def _ends_sentence(chunk):
    # lower-case letter, then . ! or ?, then at most one quote
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        # every option is a public attribute that may be changed later
        self.width, self.tabsize = width, tabsize
        self.initial_indent, self.subsequent_indent = initial_indent, subsequent_indent
        self.max_lines, self.placeholder = max_lines, placeholder
        self.expand_tabs, self.replace_whitespace = expand_tabs, replace_whitespace
        self.drop_whitespace, self.fix_sentence_endings = drop_whitespace, fix_sentence_endings
        self.break_long_words, self.break_on_hyphens = break_long_words, break_on_hyphens

    # -- hooks a subclass may override (same names as CPython's) --

    def _munge_whitespace(self, text):
        flat = text.expandtabs(self.tabsize) if self.expand_tabs else text
        if not self.replace_whitespace:
            return flat
        return ''.join(' ' if c in _SPACES else c for c in flat)

    def _split(self, text):
        return _scan(text, self.break_on_hyphens)

    def _fix_sentence_endings(self, chunks):
        k = 0
        while k + 1 < len(chunks):
            if chunks[k + 1] == ' ' and _ends_sentence(chunks[k]):
                chunks[k + 1] = '  '
                k += 2
            else:
                k += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        room = width - cur_len if width >= 1 else 1
        if not self.break_long_words:
            # keep the word whole, on a line of its own
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        word = reversed_chunks[-1]
        cut = room
        if self.break_on_hyphens and len(word) > room:
            dash = word.rfind('-', 0, room)
            # cut after a hyphen, unless only hyphens precede it
            if dash > 0 and word[:dash].strip('-'):
                cut = dash + 1
        cur_line.append(word[:cut])
        reversed_chunks[-1] = word[cut:]

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        limit = self.max_lines
        if limit is not None:
            first = self.subsequent_indent if limit > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        todo = list(chunks)
        todo.reverse()
        out = []
        blank = lambda s: not s.strip()
        while todo:
            lead = self.subsequent_indent if out else self.initial_indent
            room = self.width - len(lead)
            if out and self.drop_whitespace and blank(todo[-1]):
                todo.pop()
            line = []
            used = 0
            while todo and used + len(todo[-1]) <= room:
                used += len(todo[-1])
                line.append(todo.pop())
            if todo and len(todo[-1]) > room:
                if todo[-1]:
                    self._handle_long_word(todo, line, used, room)
                    used = sum(len(p) for p in line)
                else:
                    # the empty end of a word cut where an indent leaves no
                    # room: CPython 3.11 loops for ever on it
                    todo.pop()
            if line and self.drop_whitespace and blank(line[-1]):
                used -= len(line[-1])
                line.pop()
            if not line:
                continue
            rest_is_blank = not todo or (self.drop_whitespace and len(todo) == 1 and blank(todo[0]))
            if limit is None or len(out) + 1 < limit or (rest_is_blank and used <= room):
                out.append(lead + ''.join(line))
                continue
            # Out of lines: end this one with the placeholder, dropping
            # trailing pieces until it fits.
            self._finish_truncated(out, line, used, room, lead)
            break
        return out

    def _finish_truncated(self, out, line, used, room, lead):
        mark = self.placeholder
        while line:
            if line[-1].strip() and used + len(mark) <= room:
                out.append(lead + ''.join(line) + mark)
                return
            used -= len(line[-1])
            line.pop()
        if out:
            prev = out[-1].rstrip()
            if len(prev) + len(mark) <= self.width:
                out[-1] = prev + mark
                return
        out.append(lead + mark.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- public methods --

    def wrap(self, text):
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    squeezed = ' '.join(text.strip().split())
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(squeezed)


def dedent(text):
    rows = text.split('\n')
    common = None
    for k, row in enumerate(rows):
        body = row.lstrip(' \t')
        if not body:
            rows[k] = ''
            continue
        lead = row[:len(row) - len(body)]
        if common is None:
            common = lead
        else:
            n = 0
            top = min(len(common), len(lead))
            while n < top and common[n] == lead[n]:
                n += 1
            common = common[:n]
    if common:
        cut = len(common)
        rows = [row[cut:] for row in rows]
    return '\n'.join(rows)


def indent(text, prefix, predicate=None):
    if predicate is None:
        predicate = str.strip
    return ''.join(prefix + row if predicate(row) else row for row in text.splitlines(True))
