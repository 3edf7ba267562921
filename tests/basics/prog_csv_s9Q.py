# CSV-ish parsing, aggregation and report formatting
import csv, io

DATA = """name,dept,salary,start
Alice,Engineering,120000,2015-03-01
Bob,Engineering,95000,2018-07-15
"Carol, Jr.",Marketing,70000,2019-01-10
Dan,Marketing,65000,2020-11-30
Eve,Sales,55000,2021-05-05
Frank,Sales,60500.50,2017-09-09
"Grace ""G"" Hopper",Engineering,150000,2010-12-09
"""

rows = list(csv.DictReader(io.StringIO(DATA)))
print(len(rows))
for r in rows:
    print(r["name"], "|", r["dept"], "|", r["salary"])

def parse_line(line):
    # hand-written parser for quoted fields
    out, cur, q, i = [], "", False, 0
    while i < len(line):
        ch = line[i]
        if q:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    cur += '"'
                    i += 1
                else:
                    q = False
            else:
                cur += ch
        elif ch == '"':
            q = True
        elif ch == ",":
            out.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    out.append(cur)
    return out

manual = [parse_line(l) for l in DATA.strip().split("\n")]
print(manual[0], manual[3], manual[-1])
print(all(list(r.values()) == m for r, m in zip(rows, manual[1:])))

by_dept = {}
for r in rows:
    by_dept.setdefault(r["dept"], []).append(float(r["salary"]))
print("%-12s %5s %12s %12s" % ("dept", "n", "total", "mean"))
for d in sorted(by_dept):
    s = by_dept[d]
    print("%-12s %5d %12.2f %12.2f" % (d, len(s), sum(s), sum(s) / len(s)))
print("{:-^40}".format(" done "))

years = sorted({int(r["start"][:4]) for r in rows})
print(years, years[-1] - years[0])
for r in sorted(rows, key=lambda r: tuple(map(int, r["start"].split("-")))):
    y, m, d = r["start"].split("-")
    print(f"{d}/{m}/{y} {r['name']!s:>20}")

out = io.StringIO()
w = csv.writer(out)
w.writerow(["a", "b,c", 'd"e', 3, 4.5, None])
w.writerows([[1, 2], ["x y", ""]])
print(repr(out.getvalue()))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["k", "v"])
dw.writeheader()
dw.writerow({"k": "one", "v": 1})
print(repr(out.getvalue()))
r = csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")
print(list(r))

# fixed-width formatting
table = [("x", 1, 2.5), ("long name", 1234, -0.001), ("z", -7, 1e10)]
for name, n, f in table:
    print("[%8s][%-6d][%+.3g][%010.3f]" % (name, n, f, f))
    print("[{:>8}][{:<6}][{:+.3g}][{:010.3f}]".format(name, n, f, f))
    print(f"[{name:^9}][{n:^+6}][{f:g}][{f:e}]")
print("%s %r %a" % ("é", "é", "é"))
print("%5.1f%%" % 12.345, "%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("{0}{1}{0}".format("ab", "cd"), "{x[1]} {y.real}".format(x=[5, 6], y=3))
print("{:,}".format(1234567), "{:_}".format(12345678), "{:08.2f}".format(-3.14159))
