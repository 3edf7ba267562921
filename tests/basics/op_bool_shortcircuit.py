# and/or evaluate lazily and return an operand
log = []
def t(v):
    log.append(v)
    return v
print(t(0) and t(1), log)
log.clear()
print(t(2) and t(3), log)
log.clear()
print(t(0) or t(4), log)
log.clear()
print(t(5) or t(6), log)
log.clear()
print(t('') or t([]) or t(None), log)
log.clear()
print(t(1) and t(0) or t(7), log)
