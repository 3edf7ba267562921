# -m also runs a module frozen into the binary (lib/) as __main__: here
# http.server (as `python3 -m http.server`), stopped by its argument parser,
# which needs no network. sys.argv[0] names the module as tracebacks do.
# cmdline: -m http.server --bogus
