# email.charset: Charset knows how a charset's headers and bodies are
# encoded (us-ascii: as they are; iso-8859-*: quoted-printable; others, such
# as utf-8: base64 bodies, headers in the shorter of base64 and Q).
import binascii

QP, BASE64, SHORTEST = 1, 2, 3
ALIASES = {'ascii': 'us-ascii', 'latin_1': 'iso-8859-1', 'latin-1': 'iso-8859-1'}


class Charset:
    def __init__(self, input_charset='us-ascii'):
        c = input_charset
        try:
            if isinstance(c, bytes):
                c = str(c, 'ascii')
            c.encode('ascii')
        except UnicodeError:
            from email.errors import CharsetError
            raise CharsetError(c)
        c = c.lower()
        c = self.input_charset = self.output_charset = ALIASES.get(c, c)
        self.input_codec = self.output_codec = self.header_encoding = self.body_encoding = None
        if c != 'us-ascii':
            self.input_codec = self.output_codec = c
            self.header_encoding, self.body_encoding = (QP, QP) if c[:9] == 'iso-8859-' or c == 'windows-1252' else (SHORTEST, BASE64)

    def __repr__(self):
        return self.input_charset

    def __eq__(self, other):
        return str(self) == str(other).lower()

    def get_body_encoding(self):
        b = self.body_encoding
        if b:
            return 'quoted-printable' if b == QP else 'base64'
        from email.encoders import encode_7or8bit
        return encode_7or8bit

    def get_output_charset(self):
        return self.output_charset

    def header_encode(self, string):
        c = self.output_codec or 'us-ascii'
        b = string.encode(c)
        h = self.header_encoding
        if not h or not b:
            return string if not h else ''
        # RFC 2047 Q encoding.
        q = ''.join(chr(x) if x < 128 and chr(x).isalnum() or x in b'-!*+/' else '_' if x == 32 else '=%02X' % x for x in b)
        if h == SHORTEST:
            h = BASE64 if (len(b) + 2) // 3 * 4 < len(q) else QP
        return '=?%s?%s?%s?=' % (c, 'bq'[h == QP], q if h == QP else binascii.b2a_base64(b, newline=False).decode())

    def body_encode(self, string):
        b = self.body_encoding
        if not string:
            return string
        if isinstance(string, str):
            string = string.encode(self.output_charset)
        if b == BASE64:
            import base64
            return base64.encodebytes(string).decode()
        if b:
            return binascii.b2a_qp(string.replace(b'\r\n', b'\n')).decode().replace('=2E', '.')
        return string.decode('ascii')
