# helper module: counts how often its body runs
import imp_counter_log
imp_counter_log.runs.append(1)
