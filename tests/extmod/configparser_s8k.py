# configparser: parsing, access, interpolation, writing and error messages
import configparser
import io

SRC = """
# a comment
[DEFAULT]
base = /srv
Debug = yes

[paths]
home = %(base)s/home
data: %(home)s/data
pct = 100%%
multi = first line
    second line

    after blank
empty =

[Numbers]
n = 42
f = 2.5
flag = off
"""

cp = configparser.ConfigParser()
cp.read_string(SRC)
print(cp.sections(), cp.has_section('paths'), cp.has_section('nope'))
print(cp.options('paths'))
print(cp.get('paths', 'data'), cp.get('paths', 'data', raw=True))
print(repr(cp.get('paths', 'multi')), repr(cp['paths']['empty']), cp['paths']['pct'])
print(cp.getint('Numbers', 'n'), cp.getfloat('Numbers', 'f'), cp.getboolean('Numbers', 'flag'))
print(cp.getboolean('paths', 'debug'), cp.getint('Numbers', 'zz', fallback=7))
print(cp.get('nosuch', 'x', fallback='fb'), cp.get('paths', 'home', vars={'base': '/opt'}))
print(cp.items('Numbers'))
print(cp.items('paths', raw=True)[:2])
print([k for k in cp], len(cp), 'paths' in cp, 'DEFAULT' in cp)
sec = cp['Numbers']
print(sec, sec.name, sec['N'], 'n' in sec, sec.getint('n'), sec.getboolean('flag'),
      sec.get('missing'), sec.get('missing', 'dflt'), sec.getfloat('zz', 1.5))
print(sorted(sec.keys()), len(sec))
sec['new'] = 'v'
del sec['new']
print(cp.has_option('Numbers', 'new'), cp.has_option('Numbers', 'base'), cp.has_option('DEFAULT', 'base'))
print(cp.remove_option('Numbers', 'n'), cp.remove_option('Numbers', 'n'))
print(cp.remove_section('Numbers'), cp.remove_section('Numbers'))
cp.add_section('Added')
cp.set('Added', 'Key', 'val %% x')
cp['Dict'] = {'a': 1, 'b': 'two'}
out = io.StringIO()
cp.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue().splitlines()[:3])

def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, '|', e, '|', e.args)

err(cp.get, 'nope', 'x')
err(cp.get, 'paths', 'nope')
err(cp.add_section, 'paths')
err(cp.add_section, 'DEFAULT')
err(cp.add_section, 3)
err(cp.set, 'paths', 'x', 3)
err(cp.set, 'nope', 'x', '1')
err(cp.set, 'paths', 'x', 'bad % here')
err(cp.getboolean, 'paths', 'home')
err(cp.getint, 'paths', 'home')
err(lambda: cp['nope'])
err(lambda: cp.__delitem__('DEFAULT'))

p = configparser.ConfigParser()
err(p.read_string, '[a]\nx=1\n[a]\n')
err(p.read_string, '[b]\nx=1\nX=2\n', 'myfile')
err(configparser.ConfigParser().read_string, 'x=1\n')
err(configparser.ConfigParser().read_string, '[s]\nok=1\njunk line\nmore junk\n')
err(configparser.ConfigParser().read_dict, {'s': {'a': 1, 'A': 2}})

p = configparser.ConfigParser()
p.read_string('[s]\na=%(b)s\nb=%(a)s\nc=%(zz)s\nd=%x\ne=%(bad\n')
for o in 'abcde':
    err(p.get, 's', o)

# non-strict: duplicates merge, later wins
p = configparser.ConfigParser(strict=False)
p.read_string('[a]\nx=1\n[a]\nx=2\n')
print(p.get('a', 'x'))

# raw parser, no interpolation; allow_no_value; custom delimiters and comments
p = configparser.RawConfigParser(allow_no_value=True, delimiters=('->',),
                                 comment_prefixes=('//',), inline_comment_prefixes=(';',))
p.read_string('[s]\nkey -> v %(x)s ; trailing\nflag\n// comment\nsemi->a;b\n')
print(p.items('s'))
p.set('s', 'raw', '%(nope)s')
print(p.get('s', 'raw'))
out = io.StringIO()
p.write(out)
print(out.getvalue())

# extended interpolation
e = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
e.read_string('[common]\nroot=/usr\nlib=${root}/lib\n[app]\npath=${common:lib}/app\ncost=$$5\n'
              'bad=${nosec:x}\nbad2=${a:b:c}\nbad3=$x\n')
print(e.get('app', 'path'), e.get('app', 'cost'), e['common']['lib'])
for o in ('bad', 'bad2', 'bad3'):
    err(e.get, 'app', o)
err(e.set, 'app', 'q', 'a$b')

# defaults, optionxform, read_file, read_dict, no interpolation
p = configparser.ConfigParser({'Shared': 'x%y'}, interpolation=None)
p.optionxform = str
p.read_file(io.StringIO('[S]\nMixed = Case\n'), 'src')
print(p.items('S'), p.defaults())
p.read_dict({'T': {'n': 5}})
print(p.items('T'), list(p['T']))
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
print(issubclass(configparser.MissingSectionHeaderError, configparser.ParsingError),
      issubclass(configparser.InterpolationDepthError, configparser.InterpolationError),
      issubclass(configparser.NoOptionError, configparser.Error))

# popitem()/clear() keep DEFAULT
c = configparser.ConfigParser({'d': '1'})
c.read_string('[s1]\na=1\n[s2]\nb=2\n')
k, v = c.popitem()
print(k, v.name, c.sections(), dict(c['DEFAULT']))

# read(): missing files are skipped
print(configparser.ConfigParser().read(['/nonexistent/file.ini']))
