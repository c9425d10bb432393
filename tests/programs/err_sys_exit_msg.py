# sys.exit('message') prints the message to stderr and exits with status 1.
import sys
print("argv tail:", sys.argv[1:])
try:
    sys.exit("first message")
except SystemExit as e:
    print("caught:", e.code, e.args)
def cleanup():
    try:
        sys.exit("fatal: configuration missing")
    finally:
        print("finally runs before exit")
cleanup()
