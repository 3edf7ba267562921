# csv writers: quoting modes, escaping, doublequote, line terminators, None,
# numbers, single empty fields, dialects and their errors, DictWriter.
import csv, io

def w(rows, **kw):
    s = io.StringIO()
    try:
        wr = csv.writer(s, **kw)
        for r in rows:
            n = wr.writerow(r)
        print(repr(s.getvalue()), n)
    except Exception as e:
        print(type(e).__name__, e, repr(s.getvalue()))

row = ["a", "b,c", 'd"e', "f\ng", "h\r\ni", " j ", "", None, 1, 2.5, -0.0, True, 1e20, 3j]
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    w([row], quoting=q)
w([row], quoting=csv.QUOTE_NONE)
w([row], quoting=csv.QUOTE_NONE, escapechar="\\")
w([["a\\b", 'q"', "c,d"]], escapechar="\\")
w([['q"x']], doublequote=False)
w([['q"x', "y"]], doublequote=False, escapechar="\\")
w([["a", "b"]], delimiter=";", quotechar="'", lineterminator="\n")
w([["it's", "x;y"]], delimiter=";", quotechar="'")
w([["a\rb", "c\nd"]], lineterminator="\n")
w([["axb"]], lineterminator="x")
w([[""], [None], [], ["", ""]])
w([[""]], quoting=csv.QUOTE_NONE)
w([["", ""]], quoting=csv.QUOTE_NONE)
w([["a", "b"]], dialect="excel-tab")
w([["a", "b"]], dialect="unix")
w([["a", "b"]], dialect=csv.excel_tab, lineterminator="|")
w([["a b", " c"]], skipinitialspace=True)
w([("x", "y"), "xy", range(3)])
w([5])
w([["a"]], quoting=csv.QUOTE_NONE, quotechar=None)
w([["é", "ü,"]])
for kw in ({"delimiter": None}, {"delimiter": "ab"}, {"delimiter": 1}, {"delimiter": ""},
           {"quotechar": "ab"}, {"quoting": 7}, {"quoting": "a"}, {"escapechar": "ab"},
           {"lineterminator": None}, {"lineterminator": 3}, {"foo": 1}, {"dialect": "nope"}):
    w([["x"]], **kw)
s = io.StringIO()
wr = csv.writer(s)
wr.writerows([[1, 2], ["a", "b"]])
print(repr(s.getvalue()))
d = wr.dialect
print(d.delimiter, repr(d.quotechar), d.escapechar, repr(d.lineterminator), d.quoting, d.doublequote, d.skipinitialspace, d.strict)

s = io.StringIO()
dw = csv.DictWriter(s, ["name", "n", "x"], restval="?")
print(dw.writeheader())
dw.writerow({"name": "a,b", "n": 1})
dw.writerows([{"x": None}, {}])
try:
    dw.writerow({"name": 1, "bad": 2})
except ValueError as e:
    print("ValueError", e)
dw2 = csv.DictWriter(s, ["k"], extrasaction="ignore")
dw2.writerow({"k": 1, "z": 2})
print(repr(s.getvalue()), dw2.fieldnames)
try:
    csv.DictWriter(s, ["a"], extrasaction="bogus")
except ValueError as e:
    print("ValueError", e)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(sorted(csv.list_dialects()))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
w([["a", 1]], dialect="pipes")
print(csv.get_dialect("pipes").delimiter)
csv.unregister_dialect("pipes")
for f in (csv.get_dialect, csv.unregister_dialect):
    try:
        f("pipes")
    except csv.Error as e:
        print("Error", e)
class My(csv.Dialect):
    delimiter = ":"
    quotechar = "%"
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False
w([["a:b", "%"]], dialect=My)
w([["a:b", "%"]], dialect=My())
class Bad(csv.Dialect):
    delimiter = "::"
class Partial(csv.Dialect):
    delimiter = ","
for d in (Bad, Partial):
    try:
        d()
    except csv.Error as e:
        print("Error", e)
class Plain:
    delimiter = ";"
class NoEnd:
    delimiter = ";"
    lineterminator = None
w([["a", "b;"]], dialect=Plain)
w([["a"]], dialect=NoEnd)
print(issubclass(csv.Error, Exception), csv.excel.delimiter, csv.excel_tab.delimiter, repr(csv.unix_dialect.lineterminator))
