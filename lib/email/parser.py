# email.parser: text or bytes to a Message tree. One pass over the lines:
# headers (with folded continuations) up to the first blank line, then the
# body; multipart bodies are split at their boundary lines and each part is
# parsed the same way; message/rfc822 bodies become one sub-message. Bytes
# are decoded as latin-1 (CPython: ASCII with surrogateescape) so that they
# round-trip exactly.
import re
from email import errors
from email.policy import compat32

_header = re.compile(r'^(From |[\041-\071\073-\176]*:|[\t ])')
_eol = re.compile(r'(\r\n|\r|\n)$')


def _lines(text):
    out, i, n = [], 0, len(text)
    while i < n:
        j = i
        while j < n and text[j] not in '\r\n':
            j += 1
        if j < n:
            j += 2 if text[j:j + 2] == '\r\n' else 1
        out.append(text[i:j])
        i = j
    return out


def _chop(lines):
    if lines:
        lines[-1] = _eol.sub('', lines[-1])
    return ''.join(lines)


class Parser:
    def __init__(self, _class=None, *, policy=compat32):
        self._class = _class
        self.policy = policy
        self._b8 = False

    def parse(self, fp, headersonly=False):
        return self.parsestr(fp.read(), headersonly)

    def parsestr(self, text, headersonly=False):
        return self._parse(_lines(text), headersonly, 'text/plain')

    def _new(self):
        if self._class is not None:
            return self._class(policy=self.policy)
        if self.policy is compat32 or getattr(self.policy, '_compat', False):
            from email.message import Message
            return Message(self.policy)
        from email.message import EmailMessage
        return EmailMessage(self.policy)

    def _parse(self, lines, headersonly, deftype):
        msg = self._new()
        if self._b8:
            msg._b8 = True
        if deftype != 'text/plain':
            msg.set_default_type(deftype)
        i, n = 0, len(lines)
        last = None
        while i < n:
            line = lines[i]
            if not line.strip('\r\n'):
                i += 1
                break
            if not _header.match(line):
                msg.defects.append(errors.MissingHeaderBodySeparatorDefect())
                break
            i += 1
            if line[0] in ' \t':
                if last is None:
                    msg.defects.append(errors.FirstHeaderLineIsContinuationDefect(line))
                    continue
                last[1].append(line)
                continue
            if line.startswith('From '):
                if i == 1:
                    msg.set_unixfrom(_eol.sub('', line))
                else:
                    msg.defects.append(errors.MisplacedEnvelopeHeaderDefect(line))
                continue
            k = line.find(':')
            if k == 0:
                msg.defects.append(errors.InvalidHeaderDefect('Missing header name.'))
                continue
            last = (line[:k], [line[k + 1:].lstrip(' \t')])
            msg._headers.append(last)
        msg._headers = [(k, ''.join(v).rstrip('\r\n')) for k, v in msg._headers]
        body = lines[i:]
        ctype = msg.get_content_type()
        if headersonly:
            msg._payload = ''.join(body)
        elif ctype == 'message/rfc822':
            msg._payload = [self._parse(body, False, 'text/plain')]
        elif msg.get_content_maintype() == 'multipart':
            self._multipart(msg, body)
        else:
            msg._payload = ''.join(body)
        return msg

    def _multipart(self, msg, body):
        b = msg.get_boundary()
        if b is None:
            msg.defects += [errors.NoBoundaryInMultipartDefect(), errors.MultipartInvariantViolationDefect()]
            msg._payload = ''.join(body)
            return
        sep = re.compile('--' + re.escape(b) + r'(--)?[ \t]*(\r\n|\r|\n)?$')
        deftype = 'message/rfc822' if msg.get_content_subtype() == 'digest' else 'text/plain'
        cur, pre, parts = [], None, []
        closed = False
        for j, line in enumerate(body):
            m = sep.match(line)
            if not m:
                cur.append(line)
                continue
            if pre is None:
                pre = cur
            else:
                parts.append(cur)
            cur = []
            if m.group(1):
                closed = True
                msg.epilogue = ''.join(body[j + 1:])
                break
        if pre is None:
            msg.defects.append(errors.StartBoundaryNotFoundDefect())
            msg._payload = ''.join(body)
            return
        if not closed:
            msg.defects.append(errors.CloseBoundaryNotFoundDefect())
            parts.append(cur)
        msg.preamble = _chop(pre) if pre else None
        msg._payload = [self._parse(_lines(_chop(p)), False, deftype) for p in parts]


class HeaderParser(Parser):
    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


class BytesParser(Parser):
    def __init__(self, *args, **kw):
        Parser.__init__(self, *args, **kw)
        self._b8 = True

    def parse(self, fp, headersonly=False):
        return self.parsebytes(fp.read(), headersonly)

    def parsebytes(self, text, headersonly=False):
        return self.parsestr(bytes(text).decode('latin-1'), headersonly)


class BytesHeaderParser(BytesParser):
    def parsebytes(self, text, headersonly=True):
        return BytesParser.parsebytes(self, text, True)
