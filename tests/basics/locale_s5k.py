# locale in the C locale: setlocale's accepted names and errors, localeconv,
# the number helpers, currency's error, normalize() on common names and
# getdefaultlocale() from chosen variables. CPython starts in the user's
# locale, so the test switches it to "C" first.
import locale as L
import os
import warnings

warnings.simplefilter('ignore')  # getdefaultlocale is deprecated in CPython

print(L.setlocale(L.LC_ALL, 'C'))
print(L.setlocale(L.LC_ALL), L.setlocale(L.LC_NUMERIC), L.setlocale(L.LC_NUMERIC, 'POSIX'))
print(type(L.setlocale(L.LC_CTYPE, '')))
print(L.setlocale(L.LC_ALL, 'C'))
for args in [(L.LC_ALL, 'xx_YY'), (L.LC_TIME, 'tlh_KX.UTF-8'), (99, 'C'), (L.LC_ALL, 5),
             (L.LC_ALL, (1, 2, 3))]:
    try:
        print(L.setlocale(*args))
    except L.Error as e:
        print('Error', e)
    except TypeError:
        print('TypeError')
print(L.setlocale(L.LC_ALL, (None, None)), L.setlocale(L.LC_ALL, L.getlocale()))
# getpreferredencoding(False) is CPython's ASCII in the C locale; text is always UTF-8 here.
print(L.getlocale(), L.getlocale(L.LC_NUMERIC), L.getpreferredencoding().upper())
print(L.localeconv())
print(L.localeconv()['decimal_point'], L.localeconv()['grouping'], L.CHAR_MAX)
try:
    L.currency(1.5)
except ValueError as e:
    print('ValueError', e)
print(L.str(1.0 / 3), L.str(2.5), L.str(1e20), L.atof('1.5'), L.atoi('12'), L.atof('7', int))
print(L.format_string('%d %s %.2f', (1234567, 'a', 2.5), grouping=True), L.format_string('%(x)s', {'x': 1}),
      L.format_string('%5.1f', 3.14159))
print(L.delocalize('1,234.5'), L.localize('1234.5', True))
print(L.strcoll('a', 'b') < 0, L.strcoll('b', 'b'), L.strcoll('c', 'b') > 0, L.strxfrm('abc'))
print(issubclass(L.Error, Exception), L.Error.__name__)
print(sorted(set([L.LC_ALL, L.LC_CTYPE, L.LC_NUMERIC, L.LC_TIME, L.LC_COLLATE, L.LC_MONETARY,
                  L.LC_MESSAGES])) == list(range(7)))
for n in ('C POSIX c C.ascii en_US en_US.utf8 en_US.UTF-8 EN_US.UTF8 de_DE de_DE@euro fr_FR@euro '
          'de_DE.UTF-8@euro en_US.UTF-8@foo en_GB.ISO-8859-1 en_US.iso88591 en_US.latin1 ja_JP ko_KR '
          'zh_CN zh_TW ru_RU it_IT es_ES pt_BR nl_NL xx en_US.foo de_DE.cp1252 ja_JP.utf8').split():
    print(n, L.normalize(n))

print(L.getdefaultlocale(('K_NO_SUCH_VAR',)))
for v in ('de_DE.UTF-8', 'fr_FR', 'C', 'POSIX', 'ja_JP.eucJP', 'en_US.utf8'):
    os.environ['K_LOCALE_VAR'] = v
    print(v, L.getdefaultlocale(('K_NO_SUCH_VAR', 'K_LOCALE_VAR')))
os.environ['K_LOCALE_VAR'] = 'xx'
try:
    L.getdefaultlocale(('K_LOCALE_VAR',))
except ValueError as e:
    print('ValueError', e)
