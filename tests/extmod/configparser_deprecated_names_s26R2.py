# configparser: Python 3.11 still has readfp() and SafeConfigParser for old
# programs; each warns with a DeprecationWarning, then works as read_file()
# and ConfigParser.
import configparser, io, warnings

text = "[s]\nopt = %(x)s-1\nx = v\n"
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    p = configparser.ConfigParser()
    p.readfp(io.StringIO(text), "f.ini")
    q = configparser.SafeConfigParser()
    q.readfp(io.StringIO(text))
    r = configparser.RawConfigParser()
    r.readfp(io.StringIO(text))
print([c.__name__ for c in [x.category for x in w]])
print([x.filename == __file__ for x in w])
print(p["s"]["opt"], q["s"]["opt"], r["s"]["opt"], len(p), isinstance(q, configparser.ConfigParser))
print(issubclass(configparser.SafeConfigParser, configparser.ConfigParser))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    try:
        p.readfp(io.StringIO("[s]\n[s]\n"), "dup.ini")
    except configparser.DuplicateSectionError as e:
        print("DuplicateSectionError", e.source, e.lineno)
