from typing import Any, Dict, List, Tuple, Union, Optional
def summarise(data: Dict[str, List[int]], extra: Optional[Any] = None) -> Tuple[int, int]:
    return len(data), sum(len(v) for v in data.values())
def pick(x: Union[int, str]) -> str:
    return str(x)
Mapping_t = Dict[str, int]
print(summarise({"a": [1, 2], "b": []}))
print(pick(3), pick("s"))
values: List[float] = [1.5, 2.5]
print(sum(values))
