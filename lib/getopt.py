# getopt: Unix-style command line option parsing (getopt, gnu_getopt).
import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    def __init__(self, msg, opt=""):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long(opts, arg, longopts, rest):
    name, eq, val = arg.partition("=")
    cands = [o for o in longopts if o.startswith(name)]
    if name in cands:
        takes = False
    elif name + "=" in cands:
        takes = True
    elif len(cands) == 1:
        takes = cands[0].endswith("=")
        name = cands[0].rstrip("=")
    elif cands:
        raise GetoptError("option --%s not a unique prefix" % name, name)
    else:
        raise GetoptError("option --%s not recognized" % name, name)
    if takes:
        if not eq:
            if not rest:
                raise GetoptError("option --%s requires argument" % name, name)
            val = rest.pop(0)
    elif eq:
        raise GetoptError("option --%s must not have an argument" % name, name)
    opts.append(("--" + name, val))


def _short(opts, arg, shortopts, rest):
    while arg:
        c, arg = arg[0], arg[1:]
        i = shortopts.find(c) if c != ":" else -1
        if i < 0:
            raise GetoptError("option -%s not recognized" % c, c)
        if shortopts.startswith(":", i + 1):
            if not arg:
                if not rest:
                    raise GetoptError("option -%s requires argument" % c, c)
                arg = rest.pop(0)
            opts.append(("-" + c, arg))
            return
        opts.append(("-" + c, ""))


def _parse(args, shortopts, longopts, gnu):
    if isinstance(longopts, str):
        longopts = [longopts]
    else:
        longopts = list(longopts)
    first = not gnu
    if shortopts.startswith("+"):
        shortopts = shortopts[1:]
        first = True
    elif gnu and os.getenv("POSIXLY_CORRECT"):
        first = True
    opts = []
    left = []
    rest = list(args)
    while rest:
        a = rest.pop(0)
        if a == "--":
            left += rest
            break
        if a.startswith("--"):
            _long(opts, a[2:], longopts, rest)
        elif a.startswith("-") and a != "-":
            _short(opts, a[1:], shortopts, rest)
        elif first:
            left.append(a)
            left += rest
            break
        else:
            left.append(a)
    return opts, left


def getopt(args, shortopts, longopts=[]):
    return _parse(args, shortopts, longopts, False)


def gnu_getopt(args, shortopts, longopts=[]):
    return _parse(args, shortopts, longopts, True)
