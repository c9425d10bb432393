# os: constants, os.path, directories and files, stat, environ, fspath, errors with errno and file name.
import os, os.path, sys
from os import path as p2
print(os.sep, os.pathsep, os.linesep == "\n", os.name, os.path is p2, sys.modules["os.path"] is os.path, os.curdir, os.pardir)
d = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_lib_os_scratch")
if os.path.exists(d):
    for root, dirs, files in list(os.walk(d, topdown=False)):
        for f in files: os.remove(os.path.join(root, f))
        for x in dirs: os.rmdir(os.path.join(root, x))
    os.rmdir(d)
os.makedirs(os.path.join(d, "a", "b"))
with open(os.path.join(d, "f.txt"), "w") as f:
    f.write("hello")
print(sorted(os.listdir(d)), os.path.isdir(d), os.path.isfile(os.path.join(d, "f.txt")), os.path.getsize(os.path.join(d, "f.txt")))
st = os.stat(os.path.join(d, "f.txt"))
print(st.st_size, oct(st.st_mode)[:4], type(st).__name__, st.st_ino > 0, os.path.samefile(d, d + "/a/.."))
os.rename(os.path.join(d, "f.txt"), os.path.join(d, "g.txt"))
print(sorted(os.listdir(d)), list(os.walk(d))[0][1:])
for bad in (lambda: os.stat("/nonexistent/x"), lambda: os.mkdir(d), lambda: os.rmdir(d), lambda: os.remove("/nonexistent"), lambda: os.fspath(3), lambda: os.listdir("/nonexistent")):
    try:
        bad()
    except (OSError, TypeError) as e:
        print(type(e).__name__, str(e).replace(d, "<d>"))
class P:
    def __fspath__(self): return "/x/y"
print(os.fspath(P()), os.fspath(b"b"), os.path.join(P(), "z"), os.fsencode("é"), os.fsdecode(b"x"))
os.environ["FATSHARP_T"] = "1"
print(os.environ["FATSHARP_T"], os.getenv("FATSHARP_T"), os.getenv("NOPE_NOT_SET", "dflt"), "PATH" in os.environ)
del os.environ["FATSHARP_T"]
print(os.getenv("FATSHARP_T"), os.getcwd() == os.path.abspath("."), isinstance(os.getpid(), int))
os.remove(os.path.join(d, "g.txt")); os.removedirs(os.path.join(d, "a", "b"))
print(os.path.exists(d))
