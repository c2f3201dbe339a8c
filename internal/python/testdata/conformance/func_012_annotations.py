from typing import List, Dict, Optional
def f(x: int, y: "List[str]" = None) -> dict:
    return {"x": x, "y": y}
print(f(1))
print(f(2, ["a"]))
def g(a: Dict[str, List[int]], b: Optional[int] = None) -> List[int]:
    return [v for vals in a.values() for v in vals]
print(g({"k": [1, 2], "j": [3]}))
count: int = 5
label: str
print(count)
