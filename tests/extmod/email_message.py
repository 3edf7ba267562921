# email.message.Message: the header mapping, MIME parameters and payloads.
from email.message import Message, EmailMessage

m = Message()
m['To'] = 'a@example.com'
m['Received'] = 'one'
m['received'] = 'two'
m['Content-Type'] = 'text/HTML; charset="UTF-8"; format=flowed'
print(len(m), m.keys(), m.values())
print(m['to'], m.get('TO'), m.get('nope'), m.get('nope', 'dflt'), m['missing'])
print(m.get_all('RECEIVED'), m.get_all('x'), m.get_all('x', []))
print('to' in m, 'cc' in m, list(m), m.items())
print(m.get_content_type(), m.get_content_maintype(), m.get_content_subtype())
print(m.get_content_charset(), m.get_param('format'), m.get_param('FORMAT'), m.get_param('x', 'no'))
print(m.get_params())
print(m.get_params(unquote=False))
del m['received']
print(m.keys())
del m['not-there']
m.replace_header('to', 'b@example.com')
print(m.items())
try:
    m.replace_header('cc', 'x')
except KeyError as e:
    print('KeyError', e)

m = Message()
print(m.get_content_type(), m.get_params(), m.get_content_charset('dflt'), m.get_filename())
m['Content-Type'] = 'bogus'
print(m.get_content_type())
m.set_default_type('message/rfc822')
print(m.get_default_type())

m = Message()
m.add_header('Content-Disposition', 'attachment', filename='bud get.xls', size='12')
m.add_header('X-Flag', 'v', empty=None, with_underscore='1')
m.add_header('X-Only', None, a='b')
print(m.items())
print(m.get_filename(), m.get_content_disposition(), m.get_param('size', header='content-disposition'))
m.set_param('charset', 'us-ascii')
print(m['content-type'])
m.set_param('charset', 'utf-8')
print(m['content-type'])
m.del_param('charset')
print(m['content-type'])
m.set_param("x", "1", header="X-Flag")
print(m.items())

m = Message()
m['Subject'] = 'hello'
m.set_payload('body\nline 2\n')
print(m.is_multipart(), repr(m.get_payload()), repr(m.as_string()))
print(repr(str(m)), m.as_bytes())
try:
    m.get_payload(0)
except TypeError as e:
    print('TypeError')
try:
    m.attach(Message())
except TypeError as e:
    print('TypeError', e)

m = Message()
m['Content-Transfer-Encoding'] = 'base64'
m.set_payload('aGVsbG8g\nd29ybGQ=\n')
print(m.get_payload(decode=True))
m = Message()
m['Content-Transfer-Encoding'] = 'quoted-printable'
m.set_payload('caf=C3=A9 =\nsoft\nhard=3D\n')
print(m.get_payload(decode=True))
m = Message()
m.set_payload('plain')
print(m.get_payload(decode=True))

outer = Message()
outer['Content-Type'] = 'multipart/mixed; boundary="XYZ"'
outer.preamble = 'preamble'
for t in ('one', 'two'):
    p = Message()
    p['Content-Type'] = 'text/plain'
    p.set_payload(t + '\n')
    outer.attach(p)
print(outer.is_multipart(), len(outer.get_payload()), outer.get_payload(1).get_payload())
print(outer.get_boundary(), [x.get_content_type() for x in outer.walk()])
print(repr(outer.as_string()))
print(outer.get_payload(decode=True))
print(outer.get_charsets())

e = EmailMessage()
e['Subject'] = 'hi'
e.set_content('text body')
print(e.items(), repr(e.get_content()))
print(e.is_attachment(), repr(e.as_string()))
m = Message()
m['Content-Type'] = 'text/plain; charset=ascii; a="b c"'
m.set_payload('x', None)
m.del_param('charset')
print(m.items(), m.get_charset())
m.set_charset('utf-8')
print(m.items())
m = Message()
m.set_payload('caf\xe9 text', 'utf-8')
print(m.items(), repr(m.get_payload()), m.get_payload(decode=True))
