# -m with a module that does not exist: a message on stderr and status 1.
# cmdline: -m no_such_module_xyz
