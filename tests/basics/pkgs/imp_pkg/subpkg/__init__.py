from .deep import deep_value
