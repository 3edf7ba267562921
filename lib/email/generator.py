# email.generator: Generator writes a Message as text, the same as CPython's
# for messages whose headers need no folding.
import re

_nl = re.compile(r'\r\n|\r|\n')


class Generator:
    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, *, policy=None):
        self._fp = outfp
        self.policy = policy
        self._mangle = mangle_from_

    def write(self, s):
        self._fp.write(s)

    def flatten(self, msg, unixfrom=False, linesep=None):
        policy = self.policy or msg.policy
        nl = linesep or policy.linesep
        mangle = policy.mangle_from_ if self._mangle is None else self._mangle
        out = []
        if unixfrom:
            uf = msg.get_unixfrom()
            if not uf:
                import time
                uf = 'From nobody ' + time.ctime(time.time())
            out.append(uf + nl)
        self._msg(msg, out, nl, mangle)
        s = ''.join(out)
        if self._fp is not None:
            self._fp.write(s)
        return s

    def _lines(self, text, out, nl, mangle):
        if mangle:
            text = re.sub(r'(?m)^From ', '>From ', text)
        lines = _nl.split(text)
        for line in lines[:-1]:
            out.append(line + nl)
        if lines[-1]:
            out.append(lines[-1])

    def _msg(self, msg, out, nl, mangle):
        parts = msg._payload
        texts = None
        if parts is None and msg.get_content_maintype() == 'multipart':
            parts = []
        if isinstance(parts, list):
            texts = []
            for p in parts:
                o = []
                self._msg(p, o, nl, mangle)
                texts.append(''.join(o))
            if msg.get_content_maintype() == 'multipart' and not msg.get_boundary():
                import random
                all = nl.join(texts)
                while True:
                    b = '=' * 15 + '%019d' % random.randrange(10 ** 19) + '=='
                    if b not in all:
                        break
                msg.set_boundary(b)
        # compat32 writes non-ASCII text as one RFC 2047 word (utf-8), as
        # CPython does when it need not fold; text from bytes stays raw.
        # The other policies, unless utf8 is set, write the words from a
        # non-ASCII one to the last non-ASCII one before an address delimiter
        # as one word: Q, unless base64 is 5 or more shorter (as CPython).
        p = self.policy or msg.policy
        b8 = getattr(msg, '_b8', 0)
        c = getattr(p, '_compat', 1)
        for h, v in msg._headers:
            out.append('%s: ' % h)
            v = str(v)
            if not (v.isascii() or b8 or p.utf8):
                from email.charset import Charset, QP, BASE64
                ch = Charset('utf-8')
                if c:
                    v = ch.header_encode(v)
                else:
                    w = v.split(' ')
                    o, i = [], 0
                    while i < len(w):
                        k = j = i
                        while j < len(w) and not (w[j].isascii() and set(w[j]) & set('<>@,;:"()')):
                            if not w[j].isascii():
                                k = j
                            j += 1
                        if w[i].isascii():
                            o.append(w[i])
                            i += 1
                            continue
                        t = ' '.join(w[i:k + 1])
                        ch.header_encoding = QP
                        q = ch.header_encode(t)
                        ch.header_encoding = BASE64
                        b = ch.header_encode(t)
                        o.append(q if len(q) - len(b) < 5 else b)
                        i = k + 1
                    v = ' '.join(o)
            self._lines(v, out, nl, False)
            out.append(nl)
        out.append(nl)
        if texts is None:
            if parts is not None:
                if not isinstance(parts, str):
                    raise TypeError('string payload expected: %s' % type(parts))
                self._lines(parts, out, nl, mangle)
            return
        if msg.get_content_maintype() != 'multipart':
            out.extend(texts)
            return
        b = msg.get_boundary()
        if msg.preamble is not None:
            self._lines(msg.preamble, out, nl, mangle)
            out.append(nl)
        out.append('--' + b + nl)
        out.append((nl + '--' + b + nl).join(texts))
        out.append(nl + '--' + b + '--' + nl)
        if msg.epilogue is not None:
            self._lines(msg.epilogue, out, nl, mangle)


class BytesGenerator(Generator):
    def write(self, s):
        self._fp.write(s.encode('utf-8'))

    def flatten(self, msg, unixfrom=False, linesep=None):
        fp, self._fp = self._fp, None
        s = super().flatten(msg, unixfrom, linesep)
        self._fp = fp
        if fp is not None:
            try:
                fp.write(s.encode('ascii'))
            except UnicodeError:
                fp.write(s.encode('latin-1' if getattr(msg, '_b8', 0) else 'utf-8'))
        return s
