# helper module that fails while importing
value = 1
raise ValueError("imp_err")
