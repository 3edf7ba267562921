# a small template engine: variables, filters, loops, conditionals; plus a markdown-ish renderer
import re, html

class TemplateError(Exception):
    pass

FILTERS = {
    "upper": str.upper, "lower": str.lower, "title": str.title, "len": len,
    "escape": html.escape, "reverse": lambda v: v[::-1], "join": lambda v: ", ".join(map(str, v)),
    "money": lambda v: "${:,.2f}".format(v), "default": lambda v: v if v else "-",
}
TOKEN = re.compile(r"({{.*?}}|{%.*?%})", re.S)

def lookup(expr, ctx):
    expr = expr.strip()
    if expr.startswith(("'", '"')):
        return expr[1:-1]
    if expr.lstrip("-").isdigit():
        return int(expr)
    parts = expr.split(".")
    try:
        val = ctx[parts[0]]
    except KeyError:
        raise TemplateError("undefined variable %r" % parts[0]) from None
    for p in parts[1:]:
        if isinstance(val, dict):
            val = val[p]
        elif p.isdigit():
            val = val[int(p)]
        else:
            val = getattr(val, p)
    return val() if callable(val) and not isinstance(val, type) else val

def evaluate(expr, ctx):
    expr, *filters = expr.split("|")
    m = re.fullmatch(r"\s*(.+?)\s*(==|!=|>=|<=|>|<)\s*(.+?)\s*", expr)
    if m:
        a, op, b = lookup(m.group(1), ctx), m.group(2), lookup(m.group(3), ctx)
        val = {"==": a == b, "!=": a != b, ">": a > b, "<": a < b, ">=": a >= b, "<=": a <= b}[op]
    elif expr.strip().startswith("not "):
        val = not lookup(expr.strip()[4:], ctx)
    else:
        val = lookup(expr, ctx)
    for f in filters:
        f = f.strip()
        if f not in FILTERS:
            raise TemplateError("unknown filter %r" % f)
        val = FILTERS[f](val)
    return val

def parse(tokens, i=0, end=()):
    nodes = []
    while i < len(tokens):
        tok = tokens[i]
        if tok.startswith("{%"):
            words = tok[2:-2].split()
            if words[0] in end:
                return nodes, i, words[0]
            if words[0] == "for":
                body, i, _ = parse(tokens, i + 1, ("endfor",))
                nodes.append(("for", words[1], " ".join(words[3:]), body))
            elif words[0] == "if":
                body, i, stop = parse(tokens, i + 1, ("else", "endif"))
                other = []
                if stop == "else":
                    other, i, _ = parse(tokens, i + 1, ("endif",))
                nodes.append(("if", " ".join(words[1:]), body, other))
            else:
                raise TemplateError("unknown tag %r" % words[0])
        elif tok.startswith("{{"):
            nodes.append(("var", tok[2:-2]))
        elif tok:
            nodes.append(("text", tok))
        i += 1
    if end:
        raise TemplateError("missing %s" % end[-1])
    return nodes, i, None

def render(nodes, ctx):
    out = []
    for n in nodes:
        if n[0] == "text":
            out.append(n[1])
        elif n[0] == "var":
            out.append(str(evaluate(n[1], ctx)))
        elif n[0] == "for":
            seq = list(evaluate(n[2], ctx))
            for idx, item in enumerate(seq):
                loop = {"index": idx + 1, "first": idx == 0, "last": idx == len(seq) - 1}
                out.append(render(n[3], {**ctx, n[1]: item, "loop": loop}))
        elif n[0] == "if":
            out.append(render(n[2] if evaluate(n[1], ctx) else n[3], ctx))
    return "".join(out)

def template(src, **ctx):
    nodes, _, _ = parse(TOKEN.split(src))
    return render(nodes, ctx)

class User:
    def __init__(self, name, admin=False):
        self.name, self.admin = name, admin
    def initials(self):
        return "".join(p[0] for p in self.name.split())

src = """Hello {{ user.name|title }} ({{ user.initials }})!
{% if user.admin %}You are an admin.{% else %}Regular user.{% endif %}
Orders ({{ orders|len }}):
{% for o in orders %}  {{ loop.index }}. {{ o.item|upper }} x{{ o.qty }} = {{ o.total|money }}{% if loop.last %} <- last{% endif %}
{% endfor %}Tags: {{ tags|join }} / {{ empty|default }} / {{ "a&b"|escape }}
{% if orders.2 %}big spender{% endif %}{% if not empty %} nothing empty{% endif %}"""
orders = [{"item": "pen", "qty": 2, "total": 3.5}, {"item": "ink", "qty": 1, "total": 12.25}, {"item": "desk", "qty": 1, "total": 1499}]
print(template(src, user=User("ada lovelace", True), orders=orders, tags=["a", "b"], empty=""))
print(template("{% for c in word|reverse %}[{{ c }}]{% endfor %}", word="abc"))
print(template("{% for r in rows %}{% for c in r %}{{ c }}{% if not loop.last %},{% endif %}{% endfor %};{% endfor %}", rows=[[1, 2], [3]]))
for bad in ["{{ nope }}", "{{ x|bogus }}", "{% for a in b %}", "{% wat %}"]:
    try:
        template(bad, x=1, b=[])
    except TemplateError as e:
        print("TemplateError:", e)

def markdown(text):
    out, in_list = [], False
    for line in text.splitlines():
        m = re.match(r"(#{1,6})\s+(.*)", line)
        if line.startswith("- "):
            if not in_list:
                out.append("<ul>"); in_list = True
            out.append("  <li>%s</li>" % inline(line[2:]))
            continue
        if in_list:
            out.append("</ul>"); in_list = False
        if m:
            out.append("<h%d>%s</h%d>" % (len(m.group(1)), inline(m.group(2)), len(m.group(1))))
        elif line.strip():
            out.append("<p>%s</p>" % inline(line))
    if in_list:
        out.append("</ul>")
    return "\n".join(out)
def inline(s):
    s = html.escape(s, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"\*(.+?)\*", r"<em>\1</em>", s)
    s = re.sub(r"`([^`]+)`", r"<code>\1</code>", s)
    return re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', s)
print(markdown("""# Title *here*
Some **bold** and *em* text with `code <x>` & a [link](http://x.y/?a=1&b=2).

## List
- one
- **two**
After list.
###### tiny"""))
