# The oracle for tests/unit/parse_test.c: prints CPython's AST of a file in the
# same s-expression form as parse_test's dump.
#   python3 ast_dump.py FILE [exec|single|eval]
#   python3 ast_dump.py --errors CASES   ("<n> <Type> <line>" or "<n> OK" per case)
import ast
import sys

OPS = {
    ast.Add: "Add", ast.Sub: "Sub", ast.Mult: "Mult", ast.MatMult: "MatMult", ast.Div: "Div",
    ast.Mod: "Mod", ast.Pow: "Pow", ast.LShift: "LShift", ast.RShift: "RShift",
    ast.BitOr: "BitOr", ast.BitXor: "BitXor", ast.BitAnd: "BitAnd", ast.FloorDiv: "FloorDiv",
    ast.Invert: "Invert", ast.Not: "Not", ast.UAdd: "UAdd", ast.USub: "USub", ast.And: "And",
    ast.Or: "Or", ast.Eq: "Eq", ast.NotEq: "NotEq", ast.Lt: "Lt", ast.LtE: "LtE", ast.Gt: "Gt",
    ast.GtE: "GtE", ast.Is: "Is", ast.IsNot: "IsNot", ast.In: "In", ast.NotIn: "NotIn",
    ast.Load: "Load", ast.Store: "Store", ast.Del: "Del",
}


def quote(data):
    out = ['"']
    for c in data:
        if 0x20 <= c < 0x7F and c not in (0x22, 0x5C):
            out.append(chr(c))
        else:
            out.append("\\x%02x" % c)
    out.append('"')
    return "".join(out)


def const(v):
    if v is None or v is True or v is False:
        return str(v)
    if v is Ellipsis:
        return "..."
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return "%.17g" % v
    if isinstance(v, complex) and v.real == 0:
        return "%.17gj" % v.imag
    if isinstance(v, str):
        return quote(v.encode("utf-8", "surrogatepass"))
    if isinstance(v, bytes):
        return "b" + quote(v)
    raise ValueError("unsupported constant %r" % (v,))


def lst(items, f):
    return "[" + " ".join("_" if x is None else dump(x, f) for x in items) + "]"


def opt(x, f):
    return "_" if x is None else dump(x, f)


def name(s):
    return "_" if s is None else s


def dump(n, f=False):
    kind = type(n).__name__
    head = "(" + kind
    if hasattr(n, "lineno") and not f:
        head += "@%d:%d" % (n.lineno, n.col_offset)
    t = type(n)
    if t in (ast.Module, ast.Interactive):
        parts = [lst(n.body, f)]
    elif t in (ast.Expression, ast.Expr, ast.Await, ast.Yield, ast.YieldFrom, ast.Return):
        parts = [opt(getattr(n, "body", None) if t is ast.Expression else n.value, f)]
    elif t in (ast.FunctionDef, ast.AsyncFunctionDef):
        parts = [n.name, dump(n.args, f), lst(n.body, f), lst(n.decorator_list, f), opt(n.returns, f)]
    elif t is ast.ClassDef:
        parts = [n.name, lst(n.bases, f), lst(n.keywords, f), lst(n.body, f), lst(n.decorator_list, f)]
    elif t is ast.Delete:
        parts = [lst(n.targets, f)]
    elif t is ast.Assign:
        parts = [lst(n.targets, f), opt(n.value, f)]
    elif t is ast.AugAssign:
        parts = [opt(n.target, f), OPS[type(n.op)], opt(n.value, f)]
    elif t is ast.AnnAssign:
        parts = [opt(n.target, f), opt(n.annotation, f), opt(n.value, f), str(n.simple)]
    elif t in (ast.For, ast.AsyncFor):
        parts = [opt(n.target, f), opt(n.iter, f), lst(n.body, f), lst(n.orelse, f)]
    elif t in (ast.While, ast.If):
        parts = [opt(n.test, f), lst(n.body, f), lst(n.orelse, f)]
    elif t in (ast.With, ast.AsyncWith):
        parts = [lst(n.items, f), lst(n.body, f)]
    elif t is ast.Raise:
        parts = [opt(n.exc, f), opt(n.cause, f)]
    elif t is ast.Assert:
        parts = [opt(n.test, f), opt(n.msg, f)]
    elif t is ast.Try:
        parts = [lst(n.body, f), lst(n.handlers, f), lst(n.orelse, f), lst(n.finalbody, f)]
    elif t is ast.Import:
        parts = [lst(n.names, f)]
    elif t is ast.ImportFrom:
        parts = [name(n.module), lst(n.names, f), str(n.level)]
    elif t in (ast.Global, ast.Nonlocal):
        parts = ["[" + " ".join(n.names) + "]"]
    elif t in (ast.Pass, ast.Break, ast.Continue):
        parts = []
    elif t is ast.BoolOp:
        parts = [OPS[type(n.op)], lst(n.values, f)]
    elif t is ast.NamedExpr:
        parts = [opt(n.target, f), opt(n.value, f)]
    elif t is ast.Lambda:
        parts = [dump(n.args, f), opt(n.body, f)]
    elif t is ast.BinOp:
        parts = [opt(n.left, f), OPS[type(n.op)], opt(n.right, f)]
    elif t is ast.UnaryOp:
        parts = [OPS[type(n.op)], opt(n.operand, f)]
    elif t is ast.IfExp:
        parts = [opt(n.test, f), opt(n.body, f), opt(n.orelse, f)]
    elif t is ast.Slice:
        parts = [opt(n.lower, f), opt(n.upper, f), opt(n.step, f)]
    elif t is ast.Dict:
        parts = [lst(n.keys, f), lst(n.values, f)]
    elif t is ast.Set:
        parts = [lst(n.elts, f)]
    elif t in (ast.ListComp, ast.SetComp, ast.GeneratorExp):
        parts = [opt(n.elt, f), lst(n.generators, f)]
    elif t is ast.DictComp:
        parts = [opt(n.key, f), opt(n.value, f), lst(n.generators, f)]
    elif t is ast.Compare:
        parts = [opt(n.left, f), "[" + " ".join(OPS[type(o)] for o in n.ops) + "]", lst(n.comparators, f)]
    elif t is ast.Call:
        parts = [opt(n.func, f), lst(n.args, f), lst(n.keywords, f)]
    elif t is ast.FormattedValue:
        parts = [opt(n.value, True), str(n.conversion), opt(n.format_spec, True)]
    elif t is ast.JoinedStr:
        parts = [lst(n.values, True)]
    elif t is ast.Constant:
        parts = [const(n.value)]
    elif t is ast.Attribute:
        parts = [opt(n.value, f), n.attr, OPS[type(n.ctx)]]
    elif t is ast.Subscript:
        parts = [opt(n.value, f), opt(n.slice, f), OPS[type(n.ctx)]]
    elif t is ast.Starred:
        parts = [opt(n.value, f), OPS[type(n.ctx)]]
    elif t is ast.Name:
        parts = [n.id, OPS[type(n.ctx)]]
    elif t in (ast.List, ast.Tuple):
        parts = [lst(n.elts, f), OPS[type(n.ctx)]]
    elif t is ast.arguments:
        parts = [lst(n.posonlyargs, f), lst(n.args, f), opt(n.vararg, f), lst(n.kwonlyargs, f),
                 lst(n.kw_defaults, f), opt(n.kwarg, f), lst(n.defaults, f)]
    elif t is ast.arg:
        parts = [n.arg, opt(n.annotation, f)]
    elif t is ast.keyword:
        parts = [name(n.arg), opt(n.value, f)]
    elif t is ast.alias:
        parts = [n.name, name(n.asname)]
    elif t is ast.withitem:
        parts = [opt(n.context_expr, f), opt(n.optional_vars, f)]
    elif t is ast.ExceptHandler:
        parts = [opt(n.type, f), name(n.name), lst(n.body, f)]
    elif t is ast.comprehension:
        parts = [opt(n.target, f), opt(n.iter, f), lst(n.ifs, f), str(n.is_async)]
    elif t is ast.Match:
        parts = [opt(n.subject, f), lst(n.cases, f)]
    elif t is ast.match_case:
        parts = [opt(n.pattern, f), opt(n.guard, f), lst(n.body, f)]
    elif t is ast.MatchValue:
        parts = [opt(n.value, f)]
    elif t is ast.MatchSingleton:
        parts = [const(n.value)]
    elif t in (ast.MatchSequence, ast.MatchOr):
        parts = [lst(n.patterns, f)]
    elif t is ast.MatchMapping:
        parts = [lst(n.keys, f), lst(n.patterns, f), name(n.rest)]
    elif t is ast.MatchClass:
        parts = [opt(n.cls, f), lst(n.patterns, f), "[" + " ".join(n.kwd_attrs) + "]",
                 lst(n.kwd_patterns, f)]
    elif t is ast.MatchStar:
        parts = [name(n.name)]
    elif t is ast.MatchAs:
        parts = [opt(n.pattern, f), name(n.name)]
    else:
        raise ValueError("unsupported node " + kind)
    return head + "".join(" " + p for p in parts) + ")"


def errors(path):
    with open(path, "rb") as fp:
        text = fp.read()
    if text.endswith(b"\n"):
        text = text[:-1]
    cases = []
    cur = None
    for line in text.split(b"\n"):
        if line.startswith(b"#### "):
            if cur is not None:
                cases.append(b"\n".join(cur))
            cur = []
        else:
            cur.append(line)
    if cur is not None:
        cases.append(b"\n".join(cur))
    for i, src in enumerate(cases):
        try:
            compile(src, "<test>", "exec", dont_inherit=True)
            print(i, "OK")
        except IndentationError as e:
            print(i, "IndentationError", e.lineno)
        except SyntaxError as e:
            # NUL bytes are reported without a line
            print(i, "SyntaxError", e.lineno or 1)


def main():
    if sys.argv[1] == "--errors":
        errors(sys.argv[2])
        return
    mode = sys.argv[2] if len(sys.argv) > 2 else "exec"
    with open(sys.argv[1], "rb") as fp:
        src = fp.read()
    tree = compile(src, sys.argv[1], mode, ast.PyCF_ONLY_AST, dont_inherit=True)
    print(dump(tree))


if __name__ == "__main__":
    main()
