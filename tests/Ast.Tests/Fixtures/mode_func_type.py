(int, *str, **dict) -> list[int]
