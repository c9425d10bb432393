"""A small program: FatSharp parses it, optimizes it with -X fat, and runs it."""


def greeting(name):
    return "Hello, " + name.title() + "!" * len("ab")


def squares(n):
    return [i * i for i in range(n)]


if __name__ == "__main__":
    print(greeting("world"))
    print(squares(5))
