# colorsys: conversions between RGB and the YIQ, HLS and HSV colour spaces,
# all coordinates floats in [0, 1] (I and Q are signed), as CPython's module.
# YIQ uses the NTSC weights: Y = .30R + .59G + .11B, I = .74(R-Y) - .27(B-Y),
# Q = .48(R-Y) + .41(B-Y); going back, R, G and B are clipped to [0, 1].

__all__ = ['rgb_to_yiq', 'yiq_to_rgb', 'rgb_to_hls', 'hls_to_rgb', 'rgb_to_hsv', 'hsv_to_rgb']

ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0


def rgb_to_yiq(r, g, b):
    y = 0.30 * r + 0.59 * g + 0.11 * b
    ry = r - y
    by = b - y
    return (y, 0.74 * ry - 0.27 * by, 0.48 * ry + 0.41 * by)


def yiq_to_rgb(y, i, q):
    # invert the 2x2 I/Q matrix (its determinant is .74*.41 + .27*.48 = .433)
    ry = (0.41 * i + 0.27 * q) / 0.433
    by = (0.74 * q - 0.48 * i) / 0.433
    r = y + ry
    b = y + by
    g = y - (0.30 * ry + 0.11 * by) / 0.59
    return (_clip(r), _clip(g), _clip(b))


def _clip(x):
    return 0.0 if x < 0.0 else 1.0 if x > 1.0 else x


# the hue shared by HLS and HSV, from the largest and smallest component
def _hue(r, g, b, hi, lo):
    span = hi - lo
    if r == hi:
        h = (g - b) / span
    elif g == hi:
        h = 2.0 + (b - r) / span
    else:
        h = 4.0 + (r - g) / span
    return (h / 6.0) % 1.0


def rgb_to_hls(r, g, b):
    hi = max(r, g, b)
    lo = min(r, g, b)
    l = (hi + lo) / 2.0
    if hi == lo:
        return (0.0, l, 0.0)
    span = hi - lo
    # 2 - hi - lo in this order: 2 - (hi + lo) loses it when hi + lo rounds to 2
    s = span / (hi + lo) if l <= 0.5 else span / (2.0 - hi - lo)
    return (_hue(r, g, b, hi, lo), l, s)


def hls_to_rgb(h, l, s):
    if s == 0.0:
        return (l, l, l)
    top = l * (1.0 + s) if l <= 0.5 else l + s - l * s
    bottom = 2.0 * l - top
    return (_part(bottom, top, h + ONE_THIRD), _part(bottom, top, h),
            _part(bottom, top, h - ONE_THIRD))


# one RGB component of an HLS colour: a trapezoid over the hue circle
def _part(bottom, top, h):
    h %= 1.0
    if h < ONE_SIXTH:
        return bottom + (top - bottom) * h * 6.0
    if h < 0.5:
        return top
    if h < TWO_THIRD:
        return bottom + (top - bottom) * (TWO_THIRD - h) * 6.0
    return bottom


def rgb_to_hsv(r, g, b):
    hi = max(r, g, b)
    lo = min(r, g, b)
    if hi == lo:
        return (0.0, 0.0, hi)
    return (_hue(r, g, b, hi, lo), (hi - lo) / hi, hi)


def hsv_to_rgb(h, s, v):
    if s == 0.0:
        return (v, v, v)
    sector = int(h * 6.0)
    f = h * 6.0 - sector
    p = v * (1.0 - s)
    q = v * (1.0 - s * f)
    t = v * (1.0 - s * (1.0 - f))
    return ((v, t, p), (q, v, p), (p, v, t), (p, q, v), (t, p, v), (v, p, q))[sector % 6]
