# A `from __future__ import annotations` typed at the REPL holds for the
# inputs after it (annotations stay strings), as in CPython's REPL.
# cmdline: -i {script}
# stdin: x: undefined_a = 1\nfrom __future__ import annotations\ndef f(a: undefined_b) -> u'r': pass\n\nprint(f.__annotations__)\ny: 1e400\nprint(__annotations__['y'])\n
