from enum import Enum, IntEnum, auto
from typing import Any, Dict, List, Optional, Tuple, Union, Callable, cast, TYPE_CHECKING
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    ALIAS = 1
    _private = 5
    def describe(self):
        return f"{self.name} is {self.value}"
    @property
    def lower(self):
        return self.name.lower()
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color.RED.describe())
print(list(Color), len(Color), Color(2), Color["BLUE"], Color.ALIAS is Color.RED, Color.RED == Color.RED, Color.RED == 1)
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED).__name__, repr(Color), Color.GREEN.lower)
print({Color.RED: "r"}[Color.RED], [c.name for c in Color], f"{Color.BLUE}")
class Codelists(Enum):
    ASTHMA = ("codelists/asthma.csv", "code")
    COPD = ("codelists/copd.csv", "ctv3")
    def __init__(self, path, column):
        self.path = path
        self.column = column
print(Codelists.ASTHMA.path, Codelists.COPD.column, Codelists.ASTHMA.value, [c.path for c in Codelists])
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE == 1, Num.TWO > Num.ONE, Num.TWO + 0 if False else int(Num.TWO), repr(Num.ONE))
class A(Enum):
    X = auto()
    Y = auto()
print(A.X.value, A.Y.value)
def tr(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
tr(lambda: Color(7))
tr(lambda: Color["PINK"])
def f(x: Dict[str, List[int]], y: Optional[int] = None) -> Tuple[int, ...]:
    return cast(Tuple[int, ...], (1,))
def g(a: Union[int, str], b: Callable[[int], str], c: Any) -> List[Dict[str, Any]]:
    return []
print(f({}), g(1, str, 2), TYPE_CHECKING, cast(int, "x"))
