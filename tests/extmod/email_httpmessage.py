# http.client.HTTPMessage is an email.message.Message (made on first use).
import io
import http.client
import email.message
from http.client import HTTPMessage

m = http.client.parse_headers(io.BytesIO(b'Content-Type: text/html; charset=UTF-8\r\n'
                                         b'Set-Cookie: a=1\r\nset-cookie: b=2\r\nContent-Length: 3\r\n\r\nabc'))
print(type(m).__name__, isinstance(m, email.message.Message), type(m) is HTTPMessage)
print(m.items(), m['content-length'], m.get_all('SET-COOKIE'))
print(m.get_content_type(), m.get_content_charset(), m.get_param('charset'), m.getallmatchingheaders('x'))
print(repr(str(m)))
e = http.client.parse_headers(io.BytesIO(b'\r\n'))
print(type(e) is type(m), len(e), e.get_content_type())


class Mine(HTTPMessage):
    pass


print(type(http.client.parse_headers(io.BytesIO(b'A: b\n\n'), _class=Mine)).__name__)
