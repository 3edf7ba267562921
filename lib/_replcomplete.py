# Tab completion for the REPL on a terminal, as MicroPython's: readline.c
# (ports/unix) passes the line up to the cursor; the dotted name at its end is
# completed from the names of __main__ and builtins, or from dir() of what the
# part before the last dot names. Names starting with "_" match only a prefix
# that does.
import builtins
import sys


def complete(line):
    # The text to insert, or the candidates laid out in rows (starting with a
    # newline) when they share no more than the prefix.
    i = len(line)
    while i and (line[i - 1].isalnum() or line[i - 1] in "_." or line[i - 1] > "\x7f"):
        i -= 1
    if i == len(line):
        return " " * (4 - i % 4)  # no name: Tab indents
    *path, prefix = line[i:].split(".")
    ns = sys.modules["__main__"].__dict__
    try:
        if path:
            obj = ns[path[0]] if path[0] in ns else getattr(builtins, path[0])
            for name in path[1:]:
                obj = getattr(obj, name)
            names = dir(obj)
        else:
            names = [*ns, *dir(builtins)]
    except Exception:
        return ""
    names = sorted({n for n in names if isinstance(n, str) and n.startswith(prefix)
                    and (n[:1] != "_" or prefix[:1] == "_")})
    if not names:
        return ""
    first, last = names[0], names[-1]
    n = len(prefix)
    while n < len(first) and first[n] == last[n:n + 1]:
        n += 1
    if n > len(prefix) or len(names) == 1:
        return first[len(prefix):n]
    # Columns 16 wide (a wider name takes more), rows up to 80.
    out = ""
    col = 0
    for name in names:
        pad = 16 - col % 16
        if not col or col + pad + len(name) > 80:
            out += "\n"
            col = pad = 0
        out += " " * pad + name
        col += pad + len(name)
    return out + "\n"
