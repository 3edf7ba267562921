# complex.__format__, written in Python: py/objcomplex.c lists it as a stub
# that imports this module on its first call. Each part is formatted by
# float's format() with the spec's precision, type and '#'; the sign, 'z',
# grouping and the parentheses are added here, and fill, alignment and width
# apply to the whole, as CPython does. Errors are CPython's, checked in its
# order.

from math import copysign, isfinite


def _digits(v, d, kind, sign):
    a = abs(v)
    if kind == 'r':
        # repr without ".0"; '#' keeps a decimal point before any exponent
        s = repr(a)
        if s[-2:] == '.0':
            s = s[:-2]
        if d['#'] and isfinite(a) and '.' not in s:
            k = s.find('e')
            k = len(s) if k < 0 else k
            s = s[:k] + '.' + s[k:]
    else:
        p = d['prec']
        s = format(a, ('#' if d['#'] else '') + ('' if p is None else '.%d' % p) + kind)
    neg = copysign(1.0, v) < 0 and v == v
    if neg and d['z'] and isfinite(a):
        # 'z': a negative value that shows as zero loses its sign
        neg = s.split('e')[0].split('E')[0].strip('0.') != ''
    n = 0
    while n < len(s) and '0' <= s[n] <= '9':
        n += 1
    g = d['group']
    if g and isfinite(a):
        head = ''
        for k in range(n):
            if k and (n - k) % 3 == 0:
                head += g
            head += s[k]
        s = head + s[n:]
    return ('-' if neg else sign if sign in '+ ' else '') + s


def _number(spec, i):
    v = None
    while i < len(spec) and '0' <= spec[i] <= '9':
        v = (v or 0) * 10 + ord(spec[i]) - 48
        if v > 100000000:
            raise ValueError('Too many decimal digits in format string')
        i += 1
    return v, i


def __format__(z, *args):
    # (The count checked here: a C method's wording, as complex's in CPython.)
    if len(args) != 1:
        raise TypeError('complex.__format__() takes exactly one argument (%d given)' % len(args))
    spec = args[0]
    if not isinstance(spec, str):
        raise TypeError('__format__() argument must be str, not %s' % ('None' if spec is None else type(spec).__name__))
    if not spec:
        return str(z)
    i = 0
    fill = ' '
    align = '>'
    fill_given = len(spec) > 1 and spec[1] in '<>=^'
    if fill_given:
        fill = spec[0]
        align = spec[1]
        i = 2
    elif spec[0] in '<>=^':
        align = spec[0]
        i = 1
    d = {'sign': '-', 'z': False, '#': False, 'group': None}
    for flag in ('sign', 'z', '#'):
        if i < len(spec) and spec[i] in ('+- ' if flag == 'sign' else flag):
            d[flag] = spec[i] if flag == 'sign' else True
            i += 1
    zero = spec[i:i + 1] == '0'
    i += zero
    width, i = _number(spec, i)
    g = spec[i:i + 1]
    if g and g in ',_':
        d['group'] = g
        i += 1
        nxt = spec[i:i + 1]
        if nxt == g:
            raise ValueError("Cannot specify '%s' with '%s'." % (g, g))
        if nxt and nxt in ',_':
            raise ValueError("Cannot specify both ',' and '_'.")
    d['prec'] = None
    if spec[i:i + 1] == '.':
        d['prec'], i = _number(spec, i + 1)
        if d['prec'] is None:
            raise ValueError('Format specifier missing precision')
    if len(spec) - i > 1:
        raise ValueError("Invalid format specifier %r for object of type 'complex'" % spec)
    kind = spec[i:]
    g = d['group']
    if g and kind and kind not in 'defgEFG%' and not (g == '_' and kind in 'boxX'):
        raise ValueError("Cannot specify '%s' with '%s'." % (g, kind))
    if kind and kind not in 'eEfFgGn':
        if not ' ' < kind < '\x80':
            kind = '\\x%x' % ord(kind)
        raise ValueError("Unknown format code '%s' for object of type 'complex'" % kind)
    if (zero and not fill_given) or fill == '0':
        raise ValueError('Zero padding is not allowed in complex format specifier')
    if align == '=':
        raise ValueError("'=' alignment flag is not allowed in complex format specifier")
    re = z.real
    im = z.imag
    sign = d['sign']
    if kind == 'n':
        kind = 'g'
    # no type: like str(), parentheses and all (a precision switches to 'g')
    bare = not kind
    if bare:
        kind = 'r' if d['prec'] is None else 'g'
    if bare and re == 0 and copysign(1.0, re) > 0:
        body = _digits(im, d, kind, sign) + 'j'
    else:
        body = _digits(re, d, kind, sign) + _digits(im, d, kind, '+') + 'j'
        if bare:
            body = '(' + body + ')'
    pad = max(0, (width or 0) - len(body))
    left = 0 if align == '<' else pad // 2 if align == '^' else pad
    return fill * left + body + fill * (pad - left)
