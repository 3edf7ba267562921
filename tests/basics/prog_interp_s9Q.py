# a tokenizer, recursive-descent parser and tree-walking interpreter for a tiny language
import re

TOKEN = re.compile(r"\s*(?:(\d+\.\d*|\d+)|([A-Za-z_]\w*)|(==|!=|<=|>=|&&|\|\||[-+*/%()<>=!{};,]))")
KEYWORDS = {"let", "if", "else", "while", "print", "fn", "return"}

def tokenize(src):
    pos, out = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise SyntaxError("bad char %r at %d" % (src[pos], pos))
        num, name, op = m.groups()
        if num:
            out.append(("num", float(num) if "." in num else int(num)))
        elif name:
            out.append(("kw" if name in KEYWORDS else "name", name))
        else:
            out.append(("op", op))
        pos = m.end()
    out.append(("eof", None))
    return out

class Parser:
    PREC = [("||",), ("&&",), ("==", "!="), ("<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]
    def __init__(self, toks):
        self.toks, self.i = toks, 0
    def peek(self):
        return self.toks[self.i]
    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t
    def expect(self, v):
        t = self.next()
        if t[1] != v:
            raise SyntaxError("expected %r got %r" % (v, t[1]))
        return t
    def program(self):
        stmts = []
        while self.peek()[0] != "eof":
            stmts.append(self.stmt())
        return ("block", stmts)
    def block(self):
        self.expect("{")
        stmts = []
        while self.peek()[1] != "}":
            stmts.append(self.stmt())
        self.expect("}")
        return ("block", stmts)
    def stmt(self):
        k, v = self.peek()
        if v == "let":
            self.next(); name = self.next()[1]; self.expect("="); e = self.expr(0); self.expect(";")
            return ("let", name, e)
        if v == "if":
            self.next(); self.expect("("); c = self.expr(0); self.expect(")"); a = self.block(); b = None
            if self.peek()[1] == "else":
                self.next(); b = self.block()
            return ("if", c, a, b)
        if v == "while":
            self.next(); self.expect("("); c = self.expr(0); self.expect(")")
            return ("while", c, self.block())
        if v == "print":
            self.next(); args = [self.expr(0)]
            while self.peek()[1] == ",":
                self.next(); args.append(self.expr(0))
            self.expect(";")
            return ("print", args)
        if v == "fn":
            self.next(); name = self.next()[1]; self.expect("("); params = []
            while self.peek()[1] != ")":
                params.append(self.next()[1])
                if self.peek()[1] == ",":
                    self.next()
            self.expect(")")
            return ("fn", name, params, self.block())
        if v == "return":
            self.next(); e = self.expr(0); self.expect(";")
            return ("return", e)
        if k == "name" and self.toks[self.i + 1][1] == "=":
            name = self.next()[1]; self.next(); e = self.expr(0); self.expect(";")
            return ("set", name, e)
        e = self.expr(0); self.expect(";")
        return ("expr", e)
    def expr(self, level):
        if level == len(self.PREC):
            return self.unary()
        left = self.expr(level + 1)
        while self.peek()[1] in self.PREC[level] and self.peek()[0] == "op":
            op = self.next()[1]
            left = ("bin", op, left, self.expr(level + 1))
        return left
    def unary(self):
        if self.peek()[1] in ("-", "!"):
            return ("un", self.next()[1], self.unary())
        return self.atom()
    def atom(self):
        k, v = self.next()
        if k == "num":
            return ("num", v)
        if k == "name":
            if self.peek()[1] == "(":
                self.next(); args = []
                while self.peek()[1] != ")":
                    args.append(self.expr(0))
                    if self.peek()[1] == ",":
                        self.next()
                self.expect(")")
                return ("call", v, args)
            return ("var", v)
        if v == "(":
            e = self.expr(0); self.expect(")")
            return e
        raise SyntaxError("unexpected %r" % (v,))

class ReturnSignal(Exception):
    def __init__(self, value):
        self.value = value

OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b if isinstance(a, float) or isinstance(b, float) else a // b,
       "%": lambda a, b: a % b, "<": lambda a, b: int(a < b), ">": lambda a, b: int(a > b), "<=": lambda a, b: int(a <= b),
       ">=": lambda a, b: int(a >= b), "==": lambda a, b: int(a == b), "!=": lambda a, b: int(a != b)}

class Env(dict):
    def __init__(self, parent=None):
        super().__init__()
        self.parent = parent
    def find(self, k):
        e = self
        while e is not None:
            if k in e:
                return e
            e = e.parent
        raise NameError("undefined " + k)

def run(node, env, out):
    kind = node[0]
    if kind == "block":
        for s in node[1]:
            run(s, env, out)
    elif kind == "let":
        env[node[1]] = ev(node[2], env)
    elif kind == "set":
        env.find(node[1])[node[1]] = ev(node[2], env)
    elif kind == "if":
        if ev(node[1], env):
            run(node[2], Env(env), out)
        elif node[3]:
            run(node[3], Env(env), out)
    elif kind == "while":
        while ev(node[1], env):
            run(node[2], Env(env), out)
    elif kind == "print":
        out.append(" ".join(str(ev(a, env)) for a in node[1]))
    elif kind == "fn":
        env[node[1]] = (node[2], node[3], env)
    elif kind == "return":
        raise ReturnSignal(ev(node[1], env))
    elif kind == "expr":
        ev(node[1], env)

def ev(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        return env.find(node[1])[node[1]]
    if kind == "un":
        v = ev(node[2], env)
        return -v if node[1] == "-" else int(not v)
    if kind == "bin":
        op = node[1]
        if op == "&&":
            return ev(node[2], env) and ev(node[3], env)
        if op == "||":
            return ev(node[2], env) or ev(node[3], env)
        return OPS[op](ev(node[2], env), ev(node[3], env))
    if kind == "call":
        params, body, cenv = env.find(node[1])[node[1]]
        local = Env(cenv)
        for p, a in zip(params, node[2]):
            local[p] = ev(a, env)
        try:
            run(body, local, OUT)
        except ReturnSignal as r:
            return r.value
        return 0

OUT = []
PROGRAM = """
fn fact(n) { if (n <= 1) { return 1; } return n * fact(n - 1); }
fn fib(n) { let a = 0; let b = 1; while (n > 0) { let t = a + b; a = b; b = t; n = n - 1; } return a; }
fn gcd(a, b) { while (b != 0) { let t = b; b = a % b; a = t; } return a; }
fn make_adder(k) { fn add(x) { return x + k; } return 0; }
let i = 0;
while (i < 5) { print i, fact(i * 5), fib(i * 10); i = i + 1; }
print gcd(1071, 462), 7 / 2, 7.0 / 2, -3 % 5, !0, !5, 1 && 0 || 3;
if (fact(20) > 1000000 && 1) { print 1; } else { print 0; }
print (1 + 2) * 3 - -4, 2 * 3 + 4 * 5 == 26, 10 - 2 - 3;
"""
ast = Parser(tokenize(PROGRAM)).program()
run(ast, Env(), OUT)
print("\n".join(OUT))
print(len(ast[1]), ast[1][0][0], ast[1][-1][1][0])
for bad in ["let = 5;", "print 1 +;", "let x = 1 $ 2;", "print (1;"]:
    try:
        Parser(tokenize(bad)).program()
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
try:
    run(Parser(tokenize("print y;")).program(), Env(), [])
except NameError as e:
    print("NameError:", e)
