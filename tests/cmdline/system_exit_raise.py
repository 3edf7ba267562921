# raise SystemExit(code) behaves as sys.exit(code), also from a nested call;
# an except Exception clause does not catch it.
def leave():
    raise SystemExit(4)


try:
    leave()
except Exception:
    print("wrongly caught")
