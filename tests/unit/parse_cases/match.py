# Every pattern kind, nested, with guards and positions across lines.
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] if direction in dirs:
        pass
    case ["drop", *objects]:
        pass
    case ["drop", *_]:
        pass
    case _:
        pass

match point:
    case Point(x=0, y=0):
        print("Origin")
    case Point(0, y=yy) | Point(yy, 0):
        pass
    case Point(x, y) as p if x == y:
        pass
    case mod.sub.Cls():
        pass

match value:
    case None:
        pass
    case True | False:
        pass
    case 0 | -1 | 1.5 | -2j | 3 + 4j | -5 - 6j:
        pass
    case "text" "joined" | b"bytes":
        pass
    case Color.RED:
        pass
    case {"key": v, 1: [a, (b, c)], **rest}:
        pass
    case {}:
        pass
    case []:
        pass
    case ():
        pass
    case (x):
        pass
    case (x,):
        pass
    case [*head, last]:
        pass
    case (
        {"multi": [1, 2]}
        | [3, 4]
    ):
        pass
    case str() | bytes():
        pass
    case [x, y, *rest] if (
        x > y
    ):
        pass

match a, b:
    case 1, 2:
        pass
    case *xs, 3:
        pass

match = 1
case = 2
match[0] = 3
print(match, case)
match v:
    case (a), b:
        pass
    case (1 | 2) as x:
        pass
    case ([a] | b):
        pass
    case (a) | (b) as c:
        pass
    case *r, (x):
        pass
