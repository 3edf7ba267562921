# configparser: converters (ConverterMapping), LegacyInterpolation, the
# interpolation type check, RawConfigParser's raw defaults, _default_dict
import configparser
import io
import warnings

cfg = configparser.ConfigParser(converters={'len': len})
cfg.read_string("[s]\na = hello\nb = 1 2 3\nn = 7\n")
print(sorted(cfg.converters), len(cfg.converters), cfg.converters['int'])
print(cfg.getlen('s', 'a'), cfg['s'].getlen('a'), cfg['s'].getlen('zz'), cfg.getlen('s', 'zz', fallback=-1))
cfg.converters['list'] = str.split
print(cfg.getlist('s', 'b'), cfg['s'].getlist('b'), cfg.getint('s', 'n'), cfg['s'].getint('n'))
cfg.add_section('t')
cfg['t']['b'] = 'x y'
print(cfg['t'].getlist('b'))
del cfg.converters['list']
print('list' in cfg.converters, hasattr(cfg, 'getlist'), hasattr(cfg['s'], 'getlist'))
for bad in ('', None):
    try:
        cfg.converters[bad] = len
    except ValueError:
        print('ValueError', repr(bad))
    try:
        del cfg.converters[bad]
    except KeyError:
        print('KeyError', repr(bad))

class P(configparser.ConfigParser):
    label = 'not a getter'
    def getdouble(self, section, option, **kw):
        return 2 * self.getint(section, option, **kw)
p = P()
print(sorted(p.converters), p.converters['double'])

for bad in (configparser.ExtendedInterpolation, 42, 'str'):
    try:
        configparser.ConfigParser(interpolation=bad)
    except TypeError:
        print('TypeError', type(bad).__name__)
print(configparser.ConfigParser(interpolation=None).get is not None)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    li = configparser.LegacyInterpolation()
    c = configparser.ConfigParser(interpolation=li)
    c.read_file(io.StringIO('[x]\na = 1\nb = %(a)s-%%\nc = 50%%\nd = %(b)s/%(A)s\ne = %(nope)s\n'))
    print([x.category.__name__ for x in w])
print(c.get('x', 'b'), c.get('x', 'c'), c.get('x', 'd'))
try:
    c.get('x', 'e')
except configparser.InterpolationMissingOptionError as e:
    print('missing', e.reference)

raw = configparser.RawConfigParser(defaults={'A': 5.5})
print(raw['DEFAULT']['a'], raw.defaults())
try:
    configparser.RawConfigParser(defaults={1: 2})
except AttributeError:
    print('AttributeError')
print(configparser.ConfigParser(defaults={'A': 5.5})['DEFAULT']['a'])
print(configparser.RawConfigParser()._dict is configparser._default_dict)

