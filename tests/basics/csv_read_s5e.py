# csv readers: quoted fields across lines, doubled and escaped quotes, blank
# lines, CR/LF handling, strict mode, QUOTE_NONNUMERIC/QUOTE_NONE,
# skipinitialspace, line_num, errors, DictReader.
import csv, io

def r(text, **kw):
    lines = text if isinstance(text, list) else io.StringIO(text, newline="")
    rd = csv.reader(lines, **kw)
    out = []
    try:
        for row in rd:
            out.append(row)
        print(out, rd.line_num)
    except (csv.Error, ValueError) as e:
        print(out, type(e).__name__, e, rd.line_num)

r("a,b,c\r\n1,2,3\r\n")
r("a,b\n\n,\nx,\n,y\n")
r('"a,b","c""d",e\n"multi\nline","x"\n')
r('"unterminated\nstill')
r('"unterminated\nstill', strict=True)
r('a,"b"c,d\n')
r('a,"b"c,d\n', strict=True)
r('"a" ,b\n')
r('a"b,c\n')
r(["a\rb\n"])
r(["a\r", "b\n"])
r(["a,b\r", "c,d\r"])
r("a,b")
r(["a,b", "c,d"])
r(["a,b\n", "c\r\n", "\r\n", "", "d"])
r("a\\,b,c\\\nd,e\n", escapechar="\\")
r('"a\\"b",c\n', escapechar="\\", doublequote=False)
r('"a""b"\n', doublequote=False)
r("a, b,  c\n", skipinitialspace=True)
r('a, "b,c"\n', skipinitialspace=True)
r('1,2.5,"3",,x\n', quoting=csv.QUOTE_NONNUMERIC)
r('1,"2"\n', quoting=csv.QUOTE_NONNUMERIC)
r('a,"b,c"\n', quoting=csv.QUOTE_NONE)
r("a;'b;c';d\n", delimiter=";", quotechar="'")
r("a\tb\n", dialect="excel-tab")
r('"x"\n', dialect="unix")
r("é,ü\n")
r([b"a,b\n"])
r(['a,"b', 'c"d,e'])
r('a,"b\r\nc"\r\n')
r('"a\\\nb"\n', escapechar="\\")
r("a\\\n", escapechar="\\")
r("ab\\", escapechar="\\")
r("x" * 20 + "\n")
old = csv.field_size_limit(10)
r("x" * 20 + "\n")
r('"' + "y" * 20 + '"\n')
print(old, csv.field_size_limit(old))
rd = csv.reader(["a"])
print(rd.dialect.delimiter, iter(rd) is rd)

text = "name,age,city\r\nann,30,x\r\n\r\nbob,25\r\ncid,1,y,extra,more\r\n"
dr = csv.DictReader(io.StringIO(text, newline=""))
print(dr.fieldnames, dr.line_num)
for row in dr:
    print(sorted(row.items(), key=lambda kv: str(kv[0])), dr.line_num)
dr = csv.DictReader(io.StringIO(text, newline=""), fieldnames=list("abc"), restkey="rest", restval="-")
for row in dr:
    print(sorted(row.items()))
print(csv.DictReader(io.StringIO("")).fieldnames)
print(list(csv.DictReader(io.StringIO("h1;h2\n1;2\n"), delimiter=";")))
