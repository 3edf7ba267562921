# email.parser: headers (folded, unix-from), bodies, multipart splitting.
import io
import email
from email.parser import Parser, HeaderParser, BytesParser
from email import policy

src = ('From nobody Mon Jan  1 00:00:00 2001\n'
       'Subject: a folded\n'
       '  subject line\n'
       'To: x@example.com\n'
       'Content-Type: text/plain; charset=utf-8\n'
       '\n'
       'Hello\n'
       'World\n')
m = email.message_from_string(src)
print(m.get_unixfrom(), m.items())
print(repr(m['subject']), repr(m.get_payload()), m.defects)
print(m.as_string() == src[src.index('\n') + 1:], m.as_string(unixfrom=True) == src)
m = email.message_from_string(src, policy=policy.default)
print(type(m).__name__, repr(m['subject']))

h = HeaderParser().parsestr('A: 1\nB: 2\n\nbody\n')
print(h.items(), repr(h.get_payload()))
print(Parser().parsestr('A: 1\n\nbody', headersonly=True).get_payload())
print(Parser().parse(io.StringIO('K: v\n\nx')).items())

b = email.message_from_bytes(b'Subject: bytes\r\nX: y\r\n\r\nline1\r\nline2\r\n')
print(b.items(), repr(b.get_payload()), b.as_bytes())
b = BytesParser().parse(io.BytesIO(b'A: 1\n\nbody'))
print(b.items(), b.get_payload())
b = email.message_from_binary_file(io.BytesIO(b'Content-Type: text/plain; charset=utf-8\n\ncaf\xc3\xa9\n'))
print(repr(b.get_payload()), b.get_payload(decode=True))

s = ('Content-Type: multipart/mixed; boundary="b"\n'
     '\n'
     'preamble\n'
     '--b\n'
     'Content-Type: text/plain\n'
     '\n'
     'body1\n'
     '--b\n'
     '\n'
     'body2\n'
     '\n'
     '--b--\n'
     'epi\n')
m = email.message_from_string(s)
print(m.is_multipart(), repr(m.preamble), repr(m.epilogue), m.defects)
for p in m.get_payload():
    print(p.items(), repr(p.get_payload()), p.get_content_type())
print(m.as_string() == s)

m = email.message_from_string('Content-Type: multipart/mixed; boundary="b"\n\n--b\n\nx\n--b--')
print(repr(m.preamble), repr(m.epilogue), repr(m.as_string()))
m = email.message_from_string('Content-Type: multipart/mixed; boundary="b"\n\n--b\n\nx\n')
print(repr(m.preamble), repr(m.epilogue), [type(d).__name__ for d in m.defects], len(m.get_payload()))
m = email.message_from_string('Content-Type: multipart/mixed\n\nno boundary\n')
print([type(d).__name__ for d in m.defects], repr(m.get_payload()))

m = email.message_from_string('Content-Type: multipart/digest; boundary=d\n\n--d\n\nA: 1\n\nx\n--d--\n')
p = m.get_payload(0)
print(p.get_content_type(), p.is_multipart(), p.get_payload(0).items())

m = email.message_from_string('Content-Type: message/rfc822\n\nSubject: inner\n\nbody\n')
print(m.is_multipart(), m.get_payload(0)['subject'], repr(m.as_string()))

m = email.message_from_string('A: 1\nnot a header\n\nbody\n')
print(m.items(), [type(d).__name__ for d in m.defects], repr(m.get_payload()))
m = email.message_from_string('')
print(m.items(), repr(m.get_payload()))
m = email.message_from_string('A: 1\r\nB:  2\r\n\r\nbody\r\n')
print(m.items(), repr(m.get_payload()))
