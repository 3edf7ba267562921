# inventory with __slots__, class hierarchies, properties and validation
class Base:
    __slots__ = ("id",)
    _next = 1
    def __init__(self):
        self.id = Base._next
        Base._next += 1

class Product(Base):
    __slots__ = ("name", "_price", "stock")
    def __init__(self, name, price, stock=0):
        super().__init__()
        self.name = name
        self.price = price
        self.stock = stock
    @property
    def price(self):
        return self._price
    @price.setter
    def price(self, v):
        if v < 0:
            raise ValueError("price must be >= 0")
        self._price = round(v, 2)
    @price.deleter
    def price(self):
        raise AttributeError("cannot delete price")
    def __repr__(self):
        return "%s#%d(%r, %.2f, %d)" % (type(self).__name__, self.id, self.name, self.price, self.stock)

class Perishable(Product):
    __slots__ = ("days",)
    def __init__(self, name, price, stock, days):
        super().__init__(name, price, stock)
        self.days = days
    @property
    def price(self):
        p = Product.price.fget(self)
        return p * 0.5 if self.days <= 1 else p
    @price.setter
    def price(self, v):
        Product.price.fset(self, v)

class Flexible(Product):
    pass  # no __slots__: gets a __dict__

items = [Product("hammer", 12.499, 5), Perishable("milk", 1.2, 20, 1), Perishable("cheese", 7.5, 3, 10), Flexible("gift", 0, 1)]
for it in items:
    print(it, it.price)
items[2].price = 8.005
items[1].days = 5
print(items[1].price, items[2].price, items[2]._price)
try:
    items[0].price = -1
except ValueError as e:
    print("ValueError:", e)
try:
    del items[0].price
except AttributeError as e:
    print("AttributeError:", e)
try:
    items[0].color = "red"
except AttributeError:
    print("AttributeError: no color slot")
items[3].color = "blue"
print(items[3].color, hasattr(items[0], "__dict__"), hasattr(items[3], "__dict__"), items[3].__dict__)
try:
    items[0].stock2 = 1
except AttributeError:
    print("no stock2")
p = Product("x", 1)
try:
    p.days
except AttributeError:
    print("AttributeError days")
print(Product.__slots__, Perishable.__slots__, sorted(Product.__dict__.keys() & {"name", "stock", "price"}))
print(type(Product.__dict__["name"]).__name__ in ("member_descriptor", "getset_descriptor"), Product.price.__class__.__name__)
try:
    class Bad:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print("ValueError", e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
del w.a
try:
    w.a
except AttributeError:
    print("AttributeError deleted slot")

# inventory operations
class Inventory:
    def __init__(self):
        self._items = {}
        self.log = []
    def add(self, product):
        if product.name in self._items:
            raise KeyError("duplicate %s" % product.name)
        self._items[product.name] = product
        return self
    def sell(self, name, qty):
        try:
            prod = self._items[name]
        except KeyError:
            self.log.append("unknown " + name)
            return 0
        if qty > prod.stock:
            self.log.append("short %s: wanted %d have %d" % (name, qty, prod.stock))
            qty = prod.stock
        prod.stock -= qty
        total = round(qty * prod.price, 2)
        self.log.append("sold %d %s for %.2f" % (qty, name, total))
        return total
    def __getitem__(self, name):
        return self._items[name]
    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda p: (-p.stock, p.name)))
    def __len__(self):
        return len(self._items)
    def value(self):
        return round(sum(p.price * p.stock for p in self), 2)
inv = Inventory()
for it in items:
    inv.add(it)
try:
    inv.add(Product("milk", 1))
except KeyError as e:
    print("KeyError", e)
print(inv.sell("hammer", 2), inv.sell("milk", 25), inv.sell("caviar", 1), inv.sell("cheese", 1))
print("\n".join(inv.log))
print(list(inv), len(inv), inv.value(), inv["milk"].stock)
print(sorted(p.name for p in inv if isinstance(p, Perishable)), [type(p).__name__ for p in inv])
