# base64: the RFC 4648 encodings (base64, base32, base16) and the two
# base85 flavours (Ascii85 and the git/Mercurial alphabet), written for this
# interpreter after the documented behaviour of CPython 3.11. Base64 and
# base16 lean on the C binascii module; the others are done here with
# integer arithmetic on fixed-size groups.

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes',
           'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'b85encode', 'b85decode', 'a85encode', 'a85decode',
           'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray)

# line layout of encodebytes(): 76 output characters from 57 input bytes
MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _decodable(data):
    # Decoders take ASCII str as well as any bytes-like object.
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII '
                             'characters')
    if isinstance(data, bytes_types):
        return bytes(data)
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII '
                        'string, not %r' % type(data).__name__) from None


def _as_bytes(data):
    if isinstance(data, bytes_types):
        return bytes(data)
    return memoryview(data).tobytes()


def _two_chars(alt):
    if len(alt) != 2:
        raise AssertionError(repr(alt))
    return alt


# ---- base64 --------------------------------------------------------------

def b64encode(s, altchars=None):
    out = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return out
    return out.translate(bytes.maketrans(b'+/', _two_chars(altchars)))


def b64decode(s, altchars=None, validate=False):
    data = _decodable(s)
    if altchars is not None:
        alt = _two_chars(_decodable(altchars))
        data = data.translate(bytes.maketrans(alt, b'+/'))
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, b'-_')


def urlsafe_b64decode(s):
    return b64decode(_decodable(s).translate(bytes.maketrans(b'-_', b'+/')))


def _check_byte_buffer(s):
    # encodebytes/decodebytes accept only 1-D byte buffers, not str
    try:
        view = memoryview(s)
    except TypeError:
        raise TypeError('expected bytes-like object, not %s'
                        % type(s).__name__) from None
    fmt = getattr(view, 'format', 'B')
    if fmt not in ('c', 'b', 'B'):
        raise TypeError('expected single byte elements, not %r from %s'
                        % (fmt, type(s).__name__))
    if view.ndim != 1:
        raise TypeError('expected 1-D data, not %d-D data from %s'
                        % (view.ndim, type(s).__name__))
    return view


def encodebytes(s):
    _check_byte_buffer(s)
    data = _as_bytes(s)
    lines = [binascii.b2a_base64(data[i:i + MAXBINSIZE])
             for i in range(0, len(data), MAXBINSIZE)]
    return b''.join(lines)


def decodebytes(s):
    _check_byte_buffer(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    # file to file, one full line of 57 bytes at a time
    while True:
        block = input.read(MAXBINSIZE)
        if not block:
            return
        while len(block) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(block))
            if not more:
                break
            block += more
        output.write(binascii.b2a_base64(block))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            return
        output.write(binascii.a2b_base64(line))


# ---- base32 --------------------------------------------------------------

_B32_STD = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32_HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# output characters kept for a final group of 1..4 input bytes
_B32_KEEP = (0, 2, 4, 5, 7)
# trailing '=' count allowed in input, mapped to the bytes it leaves
_B32_PAD_BYTES = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}
_b32_lookup = {}


def _b32_encode_with(alphabet, s):
    data = _as_bytes(s)
    out = bytearray()
    for start in range(0, len(data), 5):
        group = data[start:start + 5]
        used = len(group)
        value = int.from_bytes(group + bytes(5 - used), 'big')
        chars = bytearray(8)
        for k in range(7, -1, -1):
            chars[k] = alphabet[value & 31]
            value >>= 5
        if used < 5:
            keep = _B32_KEEP[used]
            chars[keep:] = b'=' * (8 - keep)
        out += chars
    return bytes(out)


def _b32_decode_with(alphabet, s, casefold, map01):
    data = _decodable(s)
    if len(data) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        target = _decodable(map01)
        if len(target) != 1:
            raise AssertionError(repr(target))
        data = data.translate(bytes.maketrans(b'01', b'O' + target))
    if casefold:
        data = data.upper()
    table = _b32_lookup.get(alphabet)
    if table is None:
        table = {}
        for pos in range(32):
            table[alphabet[pos]] = pos
        _b32_lookup[alphabet] = table
    body = data.rstrip(b'=')
    pad = len(data) - len(body)
    out = bytearray()
    for start in range(0, len(body), 8):
        value = 0
        group = body[start:start + 8]
        for c in group:
            digit = table.get(c)
            if digit is None:
                raise binascii.Error('Non-base32 digit found')
            value = (value << 5) | digit
        value <<= 5 * (8 - len(group))
        out += value.to_bytes(5, 'big')
    if pad not in _B32_PAD_BYTES:
        raise binascii.Error('Incorrect padding')
    if pad and out:
        del out[len(out) - 5 + _B32_PAD_BYTES[pad]:]
    return bytes(out)


def b32encode(s):
    return _b32_encode_with(_B32_STD, s)


def b32decode(s, casefold=False, map01=None):
    return _b32_decode_with(_B32_STD, s, casefold, map01)


def b32hexencode(s):
    return _b32_encode_with(_B32_HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32_decode_with(_B32_HEX, s, casefold, None)


# ---- base16 --------------------------------------------------------------

def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    data = _decodable(s)
    if casefold:
        data = data.upper()
    for c in data:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(data)


# ---- base85 family -------------------------------------------------------

_A85_DIGITS = bytes(range(33, 118))
_B85_DIGITS = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
               b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_b85_values = None


def _85_words(data, digits, pad, zero_char, space_char):
    # Shared encoder: each 4-byte big-endian word becomes 5 digits, most
    # significant first; a short final word is zero-filled, and unless pad
    # is set the digits standing for the fill are dropped again.
    fill = -len(data) % 4
    data = data + bytes(fill)
    out = []
    for start in range(0, len(data), 4):
        word = int.from_bytes(data[start:start + 4], 'big')
        if zero_char and word == 0:
            out.append(zero_char)
            continue
        if space_char and word == 0x20202020:
            out.append(space_char)
            continue
        five = bytearray(5)
        for k in range(4, -1, -1):
            five[k] = digits[word % 85]
            word //= 85
        out.append(bytes(five))
    if fill and not pad and out:
        last = out[-1]
        if last == zero_char:
            last = digits[:1] * 5
        out[-1] = last[:5 - fill]
    return b''.join(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    text = _85_words(_as_bytes(b), _A85_DIGITS, pad, b'z',
                     b'y' if foldspaces else None)
    if adobe:
        text = b'<~' + text
    if wrapcol:
        width = max(wrapcol, 2 if adobe else 1)
        lines = [text[i:i + width] for i in range(0, len(text), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        text = b'\n'.join(lines)
    if adobe:
        text += b'~>'
    return text


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    data = _decodable(b)
    if adobe:
        if not data.endswith(b'~>'):
            raise ValueError("Ascii85 encoded byte sequences must end with "
                             "b'~>'")
        data = data[2:-2] if data.startswith(b'<~') else data[:-2]
    out = bytearray()
    group = []

    def flush(values):
        value = 0
        for v in values:
            value = value * 85 + v
        if value > 0xFFFFFFFF:
            raise ValueError('Ascii85 overflow')
        out.extend(value.to_bytes(4, 'big'))

    for c in data:
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                flush(group)
                group = []
        elif c == 122:
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out.extend(b'\0\0\0\0')
        elif foldspaces and c == 121:
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out.extend(b'    ')
        elif c in ignorechars:
            pass
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    if group:
        # a short final group stands for fewer bytes: complete it with the
        # highest digit and cut as many bytes as digits were added
        missing = 5 - len(group)
        flush(group + [84] * missing)
        del out[len(out) - missing:]
    return bytes(out)


def b85encode(b, pad=False):
    return _85_words(_as_bytes(b), _B85_DIGITS, pad, None, None)


def b85decode(b):
    global _b85_values
    if _b85_values is None:
        _b85_values = {}
        for pos in range(85):
            _b85_values[_B85_DIGITS[pos]] = pos
    data = _decodable(b)
    missing = -len(data) % 5
    data = data + b'~' * missing
    out = bytearray()
    for start in range(0, len(data), 5):
        value = 0
        for k in range(start, start + 5):
            digit = _b85_values.get(data[k])
            if digit is None:
                raise ValueError('bad base85 character at position %d' % k)
            value = value * 85 + digit
        if value > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d'
                             % start)
        out.extend(value.to_bytes(4, 'big'))
    if missing:
        del out[len(out) - missing:]
    return bytes(out)
