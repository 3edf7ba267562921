# email.mime, email.encoders and email.charset: messages built as smtplib
# users build them, written out (fixed boundaries, so the text is the same
# every run) and parsed back.
import email
from email.mime.base import MIMEBase
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.audio import MIMEAudio
from email.mime.message import MIMEMessage
from email import encoders
from email.charset import Charset, QP, BASE64, SHORTEST
from email.message import Message


def show(m):
    s = m.as_string()
    print(s)
    print(m.as_bytes() == s.encode())
    for p in email.message_from_string(s).walk():
        print('part', p.get_content_type(), p.get_content_charset(), p.get_filename(), p.is_multipart(),
              None if p.is_multipart() else p.get_payload(decode=True))


# Plain text, us-ascii and utf-8 (chosen from the text), and an explicit charset.
show(MIMEText('hello\nFrom here\n'))
t = MIMEText('caf\xe9 \u20ac ' * 12, 'html')
show(t)
print(t.get_charset(), t.get_content_charset(), t.get_payload(decode=True).decode('utf-8') == 'caf\xe9 \u20ac ' * 12)
show(MIMEText('caf\xe9 = cr\xe8me  \n' + 'x' * 80 + '\n', _charset='iso-8859-1'))
show(MIMEText('ascii text', 'plain', 'utf-8'))
try:
    MIMEText('caf\xe9', _charset='us-ascii')
except UnicodeError as e:
    print('UnicodeError')

# A multipart message with headers, a text part and attachments.
m = MIMEMultipart(boundary='===============0123456789==')
m['Subject'] = 'Report'
m['From'] = 'a@example.com'
m['To'] = 'b@example.com, c@example.com'
m.preamble = 'This is a MIME message.'
m.epilogue = 'the end'
m.attach(MIMEText('See the attachments.\n'))
a = MIMEApplication(bytes(range(256)) * 2, Name='data.bin')
a['Content-Disposition'] = 'attachment; filename="data.bin"'
m.attach(a)
b = MIMEBase('application', 'pdf')
b.set_payload(b'%PDF-1.4 fake\x00\xff')
encoders.encode_base64(b)
b.add_header('Content-Disposition', 'attachment', filename='r.pdf')
m.attach(b)
show(m)
print(m.is_multipart(), len(m.get_payload()), m.get_boundary(), [p.get_content_type() for p in m.walk()])

# Nested multipart/alternative inside multipart/mixed; set_boundary later.
alt = MIMEMultipart('alternative', _subparts=[MIMEText('plain'), MIMEText('<b>html</b>', 'html')])
alt.set_boundary('ALT')
outer = MIMEMultipart('mixed', 'OUT', [alt])
outer.attach(MIMEApplication(b'PK\x03\x04zip', 'zip'))
show(outer)
e = MIMEMultipart()
e.set_boundary('EMPTY')
show(e)

# A message as an attachment.
inner = MIMEText('forwarded body\n')
inner['Subject'] = 'inner'
mm = MIMEMessage(inner)
show(mm)
print(mm.get_default_type(), mm.get_payload(0)['Subject'])
fwd = MIMEMultipart(boundary='FWD')
fwd.attach(MIMEText('see below'))
fwd.attach(mm)
show(fwd)
try:
    MIMEMessage('not a message')
except TypeError as e:
    print('TypeError', e)

# Non-multipart parts refuse subparts.
try:
    MIMEText('x').attach(MIMEText('y'))
except TypeError as e:
    print(type(e).__name__, e)
try:
    MIMEApplication(b'x', None)
except TypeError as e:
    print('TypeError', e)

# Images and audio: explicit or guessed subtypes; data it cannot guess.
png = b'\x89PNG\r\n\x1a\n' + b'\x00' * 20
for d in (png, b'GIF89a....', b'\xff\xd8\xff\xe0\x00\x10JFIF\x00', b'BM' + b'\x00' * 10,
          b'RIFF\x00\x00\x00\x00WEBPVP8 '):
    print(MIMEImage(d).get_content_type())
show(MIMEImage(png, 'png', filename='a.png'))
print(MIMEImage(b'??', 'x-custom').get_content_type())
for d in (b'RIFF\x00\x00\x00\x00WAVEfmt ' + b'\x00' * 20, b'.snd' + b'\x00' * 20,
          b'FORM\x00\x00\x00\x00AIFF' + b'\x00' * 10):
    print(MIMEAudio(d).get_content_type())
print(MIMEAudio(b'xx', 'mpeg').get_content_type(), isinstance(MIMEAudio(b'x', 'mpeg'), MIMEImage))
for cls in (MIMEImage, MIMEAudio):
    try:
        cls(b'no magic here')
    except TypeError as e:
        print('TypeError', e)

# The encoders.
for enc in (encoders.encode_base64, encoders.encode_quopri, encoders.encode_7or8bit, encoders.encode_noop):
    for data in (b'plain text', b'tab\tand space \xe9=\n' + b'y' * 90):
        p = MIMEBase('application', 'x-test')
        p.set_payload(data)
        enc(p)
        # (Raw bytes are held as text differently from CPython: compare the bytes.)
        q = p.get_payload()
        print(enc.__name__, p['Content-Transfer-Encoding'], repr(q) if q.isascii() else len(q),
              p.get_payload(decode=True) == data)
x = MIMEApplication(b'raw', _encoder=encoders.encode_noop)
show(x)

# email.charset.
for name in ('us-ascii', 'ascii', 'utf-8', 'UTF-8', 'iso-8859-1', 'latin_1', 'iso-8859-15'):
    c = Charset(name)
    print(name, c, repr(c), c.input_charset, c.output_charset, c.input_codec, c.output_codec,
          c.header_encoding, c.body_encoding, c.get_output_charset())
    b = c.get_body_encoding()
    print(b if isinstance(b, str) else b.__name__)
    print(c.header_encode('hello world'), c.body_encode('hello\n'), c == name, c == 'x')
print(QP, BASE64, SHORTEST, Charset() == 'us-ascii', Charset('utf-8') == Charset('UTF-8'))
u = Charset('utf-8')
print(u.header_encode('caf\xe9 world'), u.header_encode('\u20ac\u20ac\u20ac'), u.header_encode(''))
print(Charset('iso-8859-1').header_encode('caf\xe9 a+b=c?'))
print(repr(u.body_encode('caf\xe9\n' * 30)))
print(repr(Charset('iso-8859-1').body_encode('caf\xe9 = x \n.\nend')))

# set_payload/set_charset on a plain Message.
for cs in ('us-ascii', 'utf-8', 'iso-8859-1', Charset('utf-8'), None):
    n = Message()
    n.set_payload('d\xe9j\xe0' if cs not in ('us-ascii',) else 'plain', cs)
    print(n.as_string(), n.get_charset())
n = Message()
n['Content-Type'] = 'text/html'
n.set_payload('x\u20ac')
n.set_charset('utf-8')
print(n.as_string())
n.set_charset(None)
print(n.items())
print(Charset(b'UTF-8'), Charset(''), repr(str(Charset(''))))
for bad in ('caf\xe9', b'\xff'):
    try:
        Charset(bad)
    except Exception as e:
        print(type(e).__name__)

# What smtplib's send_message writes: bytes with CRLF line ends.
import io
from email.generator import BytesGenerator, Generator
buf = io.BytesIO()
BytesGenerator(buf).flatten(m, linesep='\r\n')
print(buf.getvalue())
sio = io.StringIO()
Generator(sio).flatten(MIMEText('From me\nto you\n'))
print(sio.getvalue())
# Parsed back from bytes: the attachments' decoded payloads are the bytes sent.
r = email.message_from_bytes(buf.getvalue())
print([(p.get_content_type(), p.get_filename(), len(p.get_payload(decode=True) or b'')) for p in r.walk()])
print(r.get_payload(1).get_payload(decode=True) == bytes(range(256)) * 2, r.preamble, r.epilogue)

# email.utils.formataddr encodes a non-ASCII name with the charset's header encoding.
from email.utils import formataddr
for cs in ('utf-8', 'iso-8859-1', Charset('utf-8')):
    print(formataddr(('H\xe4ns W\xfcrst', 'person@dom.ain'), cs))
print(formataddr(('\u20ac', 'a@b')))

# Non-ASCII header text is written as an RFC 2047 encoded word (compat32).
h = MIMEText('hi')
h['Subject'] = 'Gr\xfc\xdfe aus K\xf6ln'
h['From'] = 'J\xf6rg <j@x.de>'
h['X-Q'] = 'mostly ascii text with one \xe9'
print(h.as_string())
print(email.message_from_string(h.as_string())['subject'])

# Charset aliases and objects as MIMEText's charset.
show(MIMEText('caf\xe9', _charset='latin-1'))
show(MIMEText('caf\xe9 \u20ac', 'plain', 'iso-8859-15'))
show(MIMEText('caf\xe9', _charset=Charset('utf-8')))
show(MIMEBase('text', 'plain', charset='utf-8', format='flowed'))
