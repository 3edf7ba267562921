# f-strings: fields, conversions, format specs, nesting, debugging '='.
name = "world"
a = f"hello {name}"
b = f'{a}{b}{c}'
c = f"{x!r} {x!s} {x!a}"
d = f"{x:>10} {x:{width}} {x:{width}.{prec}f} {x:{'>' if r else '<'}10}"
e = f"{{literal}} {{{x}}} }}{{"
f_ = f"{x=}" f"{x = }" f"{x=!s}" f"{x=:>5}" f"{ x =!r:^9}"
g = f"{'nested'} {'other'!r}" if False else f'{"double"} {x["key"]}'
h = F"upper" rf"\d{x}\n" fR'{x}\t' Rf"{x}"
i = f"""triple {x
} quoted
{y}"""
j = 'plain ' f'{x}' " tail"
k = f"{x:}" f"{x!r:}" f""
l = f"{x:{y}}" f"{x:a{y}b{z}c}"
m = f"{3.14:.2f} {1+2} {[1, 2][0]} {f(a, b=1)} {a if b else c} {lambda_: 1}"
n = f"{x, y}" f"{(x, y)}" f"{x:=5}" f"{(y := 10)}"
o = f'{d["a"]}' f"{d['b']}"
p = f"escapes \t \n \x41 \u00e9 {x} \\ end"
q = f"{x!r:{'>'}{w}}"
r = f"{ x }" f"{x  }" f"{  x}"
s = f"{a}" "" f"{b}"
t = (f"{x}", b"")
u = f"{x == y} {x != y} {x <= y} {x >= y}"
v = f"{'{'} {'}'}"
w = f"{d[0]:{'^'}10}"
x = f"{x!r}" f"{x}" 'lit'
y = f'''{f"{x}"}'''
z = f"{yield_}"
