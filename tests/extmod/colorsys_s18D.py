# colorsys: each conversion and its inverse over a grid of colours, the
# documented corner values, clipping in yiq_to_rgb and hue wrap-around.
import colorsys


def show(name, t):
    # 9 decimals hide last-bit differences in the arithmetic; + 0.0 folds -0.0
    print(name, ' '.join('%.9f' % (round(x, 9) + 0.0) for x in t))


steps = [0.0, 0.2, 0.45, 0.5, 0.8, 1.0]
for r in steps:
    for g in steps:
        for b in steps:
            for fwd, back in (('rgb_to_yiq', 'yiq_to_rgb'), ('rgb_to_hls', 'hls_to_rgb'),
                              ('rgb_to_hsv', 'hsv_to_rgb')):
                t = getattr(colorsys, fwd)(r, g, b)
                show(fwd, t)
                show(back, getattr(colorsys, back)(*t))

# out of range input: YIQ clips, hues wrap around the circle
for yiq in [(1, 1, 1), (0, -1, -1), (0.5, 0.6, -0.5), (2, 0, 0), (-1, 0, 0)]:
    show('yiq_to_rgb', colorsys.yiq_to_rgb(*yiq))
for h in [-0.25, 1.0, 1.5, 2.0 / 3, 5.99 / 6]:
    show('hls_to_rgb', colorsys.hls_to_rgb(h, 0.4, 0.7))
    show('hls_to_rgb', colorsys.hls_to_rgb(h, 0.6, 0.3))
    show('hsv_to_rgb', colorsys.hsv_to_rgb(h, 0.5, 0.9))
show('rgb_to_hls', colorsys.rgb_to_hls(0.9999999999999999, 1, 1))
show('rgb_to_hls', colorsys.rgb_to_hls(1, 0.9999999999999999, 0.9999999999999999))
show('rgb_to_hsv', colorsys.rgb_to_hsv(2, 1, 0))
show('rgb_to_hls', colorsys.rgb_to_hls(1, 2, 3))
# integer input works too, grey has hue 0 and saturation 0
show('rgb_to_hsv', colorsys.rgb_to_hsv(3, 3, 3))
show('rgb_to_hls', colorsys.rgb_to_hls(0, 0, 0))
print(type(colorsys.rgb_to_hsv(1, 1, 1)[0]).__name__, type(colorsys.hsv_to_rgb(0, 0, 1)[0]).__name__)
print(sorted(colorsys.__all__))
ns = {}
exec('from colorsys import *', ns)
print(sorted(k for k in ns if k != '__builtins__'))
try:
    colorsys.rgb_to_hsv('a', 0, 0)
except TypeError:
    print('TypeError')
