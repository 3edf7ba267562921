# str.format, format(), % formatting and f-strings: specs, big ints, errors
def t(f):
    try:
        r = f()
        print(repr(r)[:200])
    except Exception as e:
        print(type(e).__name__)
# format
t(lambda: "{}-{}".format(1, 2)); t(lambda: "{1}{0}".format(1, 2)); t(lambda: "{0}{}".format(1, 2)); t(lambda: "{}{1}".format(1, 2)); t(lambda: "{".format()); t(lambda: "}".format()); t(lambda: "{{}}".format()); t(lambda: "{:}".format(1)); t(lambda: "{!r}".format("a")); t(lambda: "{!s}".format("a")); t(lambda: "{!a}".format("é")); t(lambda: "{!x}".format(1)); t(lambda: "{a}".format(a=1)); t(lambda: "{a}".format(1)); t(lambda: "{0}".format()); t(lambda: "{0.real}".format(3)); t(lambda: "{0[1]}".format([5,6])); t(lambda: "{0[a]}".format({'a':7})); t(lambda: "{0[1][0]}".format([5,[8]])); t(lambda: "{:{}}".format(3, 5)); t(lambda: "{:{w}.{p}f}".format(3.14159, w=8, p=2)); t(lambda: "{0!r:>10}".format("x"))
for fmt in ["d","5d","<5d","^5d",">5d","=5d","+d","-d"," d","05d","x","X","#x","#o","o","b","#b","c","n",",","_","_x","_b","+05d","#010x","e","f","g","%"]:
    for v in [0, 42, -42, 123456789]:
        try: print(fmt, repr(format(v, fmt)))
        except Exception as e: print(fmt, type(e).__name__)
for fmt in ["", "f","e","E","g","G",".0f",".3e","10.2f","<10.2f","^10.2f","+.1f","%",".1%","#.0f","010.3f","-10.2f"," .2f",",.2f","_.2f",".10g","n","#g","g","=+10.2f","*^12.3f","x","d"]:
    for v in [0.0, 1.5, -1234.5678, 1e20, 1e-7, float('inf'), float('-nan')]:
        try: print(fmt, repr(format(v, fmt)))
        except Exception as e: print(fmt, type(e).__name__)
for fmt in ["", "s", "10", "<10", ">10", "^10", ".2", "10.2", "*^9", "d", "x", "=10"]:
    try: print(fmt, repr(format("abc", fmt)))
    except Exception as e: print(fmt, type(e).__name__)
t(lambda: "{:c}".format(0x1f600)); t(lambda: "{:c}".format(-1)); t(lambda: "{:c}".format(0x110000)); t(lambda: "{:s}".format(1)); t(lambda: "{:d}".format(1.5)); t(lambda: "{:f}".format(5)); t(lambda: "{:.2f}".format(True)); t(lambda: "{:d}".format(True)); t(lambda: "{}".format(True)); t(lambda: "{:5}".format(True))
t(lambda: "{:,d}".format(1234567)); t(lambda: "{:,}".format(-1234567.891)); t(lambda: "{:_}".format(10**20)); t(lambda: "{:x}".format(2**70)); t(lambda: "{:,.3f}".format(1234.5)); t(lambda: "{:.3}".format(1234.5)); t(lambda: "{:10.3s}".format("abcdef")); t(lambda: "{:=10}".format("a"))
t(lambda: "{:,s}".format("a")); t(lambda: "{:+s}".format("a")); t(lambda: "{:#s}".format("a")); t(lambda: "{:0>5}".format("a")); t(lambda: "{:05}".format("a")); t(lambda: "{:=5}".format(1.5)); t(lambda: "{:,x}".format(1)); t(lambda: "{:.2d}".format(1)); t(lambda: "{:.0}".format(1.0)); t(lambda: "{:.0}".format(0.5))
class A:
    def __format__(self, spec): return "A[" + spec + "]"
t(lambda: "{:xyz}".format(A())); t(lambda: f"{A():abc}"); t(lambda: format(A())); t(lambda: "{}".format(A()) .startswith("A"))
class B: pass
t(lambda: format(B(), "")[:3]); t(lambda: format(B(), "x"))
t(lambda: "{0[0]".format([1])); t(lambda: "{0]".format([1])); t(lambda: "{!}".format(1)); t(lambda: "{:<<}".format(1)); t(lambda: "{0.}".format(1)); t(lambda: "{0[]}".format(1)); t(lambda: "{:".format(1)); t(lambda: "{!r".format(1)); t(lambda: "{0!rr}".format(1)); t(lambda: "x}y".format()); t(lambda: "{0[-1]}".format({'-1':3})); t(lambda: "{0[1]}".format("abc")); t(lambda: "{0[10]}".format("abc"))
t(lambda: "{:>{}}".format("a", 4)); t(lambda: "{:{}{}}".format("a", ">", 4)); t(lambda: "{:{}}".format("a", "{"))
t(lambda: "%d %s" % (1, "a")); t(lambda: "%s" % "x"); t(lambda: "%s" % (1,2)); t(lambda: "%s %s" % (1,)); t(lambda: "%" % ()); t(lambda: "%z" % 1); t(lambda: "%(a)s %(b)d" % {'a':1,'b':2}); t(lambda: "%(a)s" % 1); t(lambda: "%s" % {'a':1}); t(lambda: "%5.2f|%-5d|%05d|%+d|% d" % (1.234, 3, -4, 5, 6)); t(lambda: "%x %X %o %#x %#o %#X" % (255,255,8,255,8,255)); t(lambda: "%c%c" % (65, "b")); t(lambda: "%c" % "ab"); t(lambda: "%c" % 1.0); t(lambda: "%r %a" % ("é","é")); t(lambda: "%e %E %g %G" % (1.5,1.5,1e20,1e-20)); t(lambda: "%*d|%-*d" % (5,1,4,2)); t(lambda: "%.*f" % (2, 3.14159)); t(lambda: "%%") ; t(lambda: "%%" % ()); t(lambda: "%d" % 1.9); t(lambda: "%d" % "1"); t(lambda: "%x" % 1.0); t(lambda: "%i" % 3); t(lambda: "%u" % 3); t(lambda: "%s" % []); t(lambda: "%s" % ([],)); t(lambda: "%.2s" % "abc"); t(lambda: "%10.1s|" % "abc"); t(lambda: "%d" % True); t(lambda: "%f" % 10**20); t(lambda: "%d" % 10**30); t(lambda: "%x" % -255); t(lambda: "%#o" % 0); t(lambda: "%(a)" % {'a':1}); t(lambda: "%(a" % {'a':1}); t(lambda: "a" % ()); t(lambda: "a" % 1); t(lambda: "a" % []); t(lambda: "a" % {}); t(lambda: "%s" % ()); t(lambda: "%-05d" % 3); t(lambda: "%05s" % "a"); t(lambda: "%.3d" % 5); t(lambda: "%+.3x" % 5); t(lambda: "%#.3x" % 5); t(lambda: "%5%" % ()); t(lambda: "%s %*s" % (1, 2)); t(lambda: "%(x)*d" % {'x':1})
x = 5; y = "ab"
t(lambda: f"{x}{y!r:>6}{x*2:03d}"); t(lambda: f"{{}}{x}"); t(lambda: f"{x=}"); t(lambda: f"{x = }"); t(lambda: f"{x=:>4}"); t(lambda: f"{y=!s}"); t(lambda: f"{'a' 'b'}"); t(lambda: f"{x:{x}}"); t(lambda: f"""{x
}"""); t(lambda: f"{3.14159:.{x-3}f}"); t(lambda: f"{[1,2][0]}"); t(lambda: f"{ {'a':1}['a'] }"); t(lambda: f"{x:#x}" f"{x:b}"); t(lambda: rf"\n{x}"); t(lambda: f"{x!r:^7}")
big = 12345678901234567890123
for fmt in ["%d", "%x", "%X", "%o", "%#x", "%#o", "%30d", "%-30d|", "%+d", "% d", "%030d", "%-+#030x|", "%.40d", "%e", "%f", "%g", "%s", "%r", "%5d"]:
    for v in [big, -big, 0]:
        t(lambda: fmt % v)
for fmt in ["{:d}", "{:,}", "{:_x}", "{:#b}", "{:>40}", "{:<+40}", "{:=+40}", "{:^40}", "{:040}", "{:e}", "{:.3g}", "{:%}", "{:c}", "{:n}", "{:#X}", "{:#o}", "{:x<40d}"]:
    for v in [big, -big]:
        t(lambda: fmt.format(v))
x = 10; w = 6; s = "str"
t(lambda: f"{x!r:>{w}}"); t(lambda: f"a" "b" f"{x}" "c"); t(lambda: f'{"q"}'); t(lambda: f"{f'{x}'}"); t(lambda: f"{x:{'>'}{w}}"); t(lambda: f"{x=!r:^10}"); t(lambda: f"{s!a}"); t(lambda: f"{x if x else 0}"); t(lambda: f"{(lambda: 5)()}"); t(lambda: f"{x:0{w}d}"); t(lambda: f"{3+4=}"); t(lambda: f"{x  =  }"); t(lambda: f"{'{'}"); t(lambda: f"{x}}}"); t(lambda: f"{{{x}}}"); t(lambda: f"{x:}"); t(lambda: f"{x!s:}"); t(lambda: f"{x,}"); t(lambda: f"{x, x}"); t(lambda: f"{x:x>{w}}"); t(lambda: f"{[x for x in range(3)]}"); t(lambda: f"{'a' if 1 else 'b':>3}"); t(lambda: f"{x:{w}.{2}}"); t(lambda: f"{1.5:{w}.{2}}"); t(lambda: f"{-x:+}"); t(lambda: f"{dict(a=1)['a']}"); t(lambda: f"{ x }"); t(lambda: f"{x!r}" f"{x!s}")
for src in ['f"{}"', 'f"{ }"', 'f"{x!}"', 'f"{x!z}"', 'f"{x"', 'f"}"', 'f"{"', 'f"{x:{y:{z}}}"', "f'{a b}'", 'f"{x!r=}"', 'f"{=}"', 'f"{#}"', 'f"{x:{{}}>5}"', "f'{\\'a\\'}'", 'f"{lambda x:1}"', 'f"{yield}"', 'f"{*x}"', 'f"{x:=5}"', 'f"{(x:=5)}"']:
    try:
        print(src, repr(eval(src, {"x": 1, "y": 2, "z": 3})))
    except SyntaxError: print(src, "SyntaxError")
    except Exception as e: print(src, type(e).__name__)
