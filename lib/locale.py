# locale: the POSIX "C" locale only. Text is always UTF-8 here and numbers
# are always formatted the C way, so setlocale() accepts just "C"/"POSIX"/""
# and raises Error for any other locale; the formatting helpers behave as
# CPython's do under the C locale. normalize() knows the common names.
import sys

CHAR_MAX = 127

if sys.platform == 'darwin':
    LC_ALL, LC_COLLATE, LC_CTYPE, LC_MONETARY, LC_NUMERIC, LC_TIME, LC_MESSAGES = range(7)
else:
    LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL = range(7)


class Error(Exception):
    pass


def setlocale(category, locale=None):
    if locale is not None and not isinstance(locale, type('')):
        try:
            lang, enc = locale
        except (TypeError, ValueError):
            raise TypeError('Locale must be None, a string, or an iterable of two strings '
                            '-- language code, encoding.')
        locale = 'C' if lang is None else lang + '.' + enc if enc else lang
    if category not in range(7) or locale not in (None, '', 'C', 'POSIX'):
        raise Error('unsupported locale setting')
    return 'C'


def getlocale(category=LC_CTYPE):
    return (None, None)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import os
    for var in envvars:
        name = os.getenv(var)
        if name:
            code = normalize(name.split(':')[0]).split('@')[0]
            if code == 'C':
                break
            if '.' not in code:
                raise ValueError('unknown locale: ' + name)
            return tuple(code.split('.', 1))
    return (None, None)


def getpreferredencoding(do_setlocale=True):
    return 'UTF-8'


def getencoding():
    return 'UTF-8'


def localeconv():
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '', 'negative_sign': '',
            'int_frac_digits': 127, 'frac_digits': 127, 'p_cs_precedes': 127, 'p_sep_by_space': 127,
            'n_cs_precedes': 127, 'n_sep_by_space': 127, 'p_sign_posn': 127, 'n_sign_posn': 127,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


# The C locale has no digit grouping and '.' as its decimal point, so these
# leave their text as it is.
def format_string(f, val, grouping=False, monetary=False):
    return f % val


def localize(string, grouping=False, monetary=False):
    return string


def delocalize(string):
    return string


def atof(string, func=float):
    return func(string)


def atoi(string):
    return int(string)


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def strcoll(a, b):
    return (a > b) - (a < b)


def strxfrm(string):
    return string


# Locales whose usual encoding is not ISO8859-1.
_USUAL = {'ja_JP': 'eucJP', 'ko_KR': 'eucKR', 'zh_CN': 'gb2312', 'zh_TW': 'big5', 'ru_RU': 'UTF-8'}


# Knows language_TERRITORY names (any case), the C locale and the common
# spellings of UTF-8 and ISO8859-n; anything else is returned as it is.
def normalize(localename):
    code, _, mod = localename.lower().partition('@')
    code, dot, enc = code.partition('.')
    enc = enc.replace('-', '')
    if code in ('c', 'posix'):
        return 'C.UTF-8' if enc == 'utf8' else 'C'
    if len(code) != 5 or code[2] != '_':
        return localename
    code = code[:3] + code[3:].upper()
    if enc == 'utf8':
        enc = 'UTF-8'
    elif enc in ('latin1', 'ascii'):
        enc = 'ISO8859-1'
    elif enc[:7] == 'iso8859':
        enc = 'ISO8859-' + enc[7:]
    elif dot:
        return localename
    else:
        enc = 'ISO8859-15' if mod == 'euro' else _USUAL.get(code, 'ISO8859-1')
    return code + '.' + enc + ('@' + mod if mod and mod != 'euro' else '')


# Defined last: inside this module `str` is this function from here on.
def str(val):
    return '%.12g' % val
