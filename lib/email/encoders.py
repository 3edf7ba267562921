# email.encoders: set a message's payload to a transfer encoding of itself
# and say so in its Content-Transfer-Encoding header.
import binascii


def _set(msg, s, cte):
    msg.set_payload(s)
    msg['Content-Transfer-Encoding'] = cte


def encode_base64(msg):
    import base64
    _set(msg, base64.encodebytes(msg.get_payload(decode=True)).decode(), 'base64')


def encode_quopri(msg):
    _set(msg, binascii.b2a_qp(msg.get_payload(decode=True), True).replace(b' ', b'=20'), 'quoted-printable')


def encode_7or8bit(msg):
    b = msg.get_payload(decode=True)
    msg['Content-Transfer-Encoding'] = '7bit' if b is None or b.isascii() else '8bit'


def encode_noop(msg):
    pass
