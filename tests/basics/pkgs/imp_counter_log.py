# helper module: records how often imp_counter's body runs
runs = []
