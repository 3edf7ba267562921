# -c with a real multi-line program (newlines inside the argument) runs as a
# module: __name__ is '__main__' and names defined at the top level are global.
# cmdline: -c "def f(x):\n    return x * 2\n\nprint(__name__, f(21))\n"
