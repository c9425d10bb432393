# Imported by lang_modules_basic as a module, and also run on its own as a program.
counter = 0
print("lang_modules_helper executing as", __name__)


def bump():
    global counter
    counter += 1
    return counter


class Greeter:
    def greet(self, who):
        return "hello " + who


if __name__ == "__main__":
    print("only when run directly")
