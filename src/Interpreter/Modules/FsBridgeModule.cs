using System.Runtime.InteropServices;

namespace FatSharp.Interpreter.Modules;

/// <summary>
/// <c>_fsbridge</c>: the file-system and process-environment calls that <c>os</c> and <c>posixpath</c> (written in
/// Python) build on. <c>stat</c> asks the C library on Linux x64 (real st_ino/st_dev/st_nlink/uid/gid); elsewhere it
/// reads .NET file information and reports st_ino, st_dev, st_uid and st_gid as 0.
/// </summary>
public static class FsBridgeModule
{
    private const int EntryNotFound = 2;

    private static PyType? statResultType;

    public static PyType StatResultType => statResultType ??= StructSequence.NewType("os", "stat_result",
        "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime");

    public static PyModule Create(PythonRuntime rt)
    {
        var m = new PyModule("_fsbridge");
        var d = m.ModuleDict;
        ModuleRegistry.Def(d, "stat", (_, a, k) =>
        {
            var kw = ArgParse.Keywords("stat", a, k, "path", "follow_symlinks");
            var pos = ArgParse.PositionalOnly(a, k);
            var path = PathArg(pos.Length > 0 ? pos[0] : kw.GetValueOrDefault("path") ?? throw PyErr.TypeError("stat() missing required argument 'path'"));
            var follow = pos.Length > 1 ? Ops.IsTrue(pos[1]) : !kw.TryGetValue("follow_symlinks", out var f) || Ops.IsTrue(f);
            return Stat(path, follow);
        });
        ModuleRegistry.Def(d, "getcwd", (_, a, k) => new PyStr(Directory.GetCurrentDirectory()));
        ModuleRegistry.Def(d, "chdir", (_, a, k) =>
        {
            ArgParse.Exact("chdir", a, k, 1, 1);
            var path = PathArg(a[0]);
            Wrap(path, () => Directory.SetCurrentDirectory(path));
            return PyNone.Value;
        });
        ModuleRegistry.Def(d, "getenv", (_, a, k) =>
        {
            ArgParse.Exact("getenv", a, k, 1, 1);
            return Environment.GetEnvironmentVariable(Ops.Str(a[0])) is { } v ? new PyStr(v) : PyNone.Value;
        });
        ModuleRegistry.Def(d, "putenv", (_, a, k) =>
        {
            ArgParse.Exact("putenv", a, k, 2, 2);
            Environment.SetEnvironmentVariable(Ops.Str(a[0]), a[1] is PyNone ? null : Ops.Str(a[1]));
            return PyNone.Value;
        });
        ModuleRegistry.Def(d, "environ", (_, a, k) =>
        {
            var env = new PyDict();
            foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
                env.SetItem(new PyStr((string)e.Key), new PyStr((string?)e.Value ?? ""));
            return env;
        });
        ModuleRegistry.Def(d, "listdir", (_, a, k) =>
        {
            ArgParse.Exact("listdir", a, k, 1, 1);
            var path = PathArg(a[0]);
            return Wrap(path, () => new PyList(Directory.EnumerateFileSystemEntries(path).Select(p => (PyObject)new PyStr(Path.GetFileName(p))).ToArray()));
        });
        ModuleRegistry.Def(d, "mkdir", (_, a, k) =>
        {
            ArgParse.Exact("mkdir", a, k, 1, 1);
            var path = PathArg(a[0]);
            if (Path.Exists(path)) throw OsError(Builtins.Exceptions["FileExistsError"], 17, "File exists", path);
            var parent = Path.GetDirectoryName(Path.GetFullPath(path));
            if (parent is not null && !Directory.Exists(parent)) throw OsError(Builtins.FileNotFoundError, EntryNotFound, "No such file or directory", path);
            Wrap(path, () => Directory.CreateDirectory(path));
            return PyNone.Value;
        });
        ModuleRegistry.Def(d, "rmdir", (_, a, k) =>
        {
            ArgParse.Exact("rmdir", a, k, 1, 1);
            var path = PathArg(a[0]);
            if (!Directory.Exists(path)) throw OsError(Builtins.FileNotFoundError, EntryNotFound, "No such file or directory", path);
            if (Directory.EnumerateFileSystemEntries(path).Any()) throw OsError(Builtins.OSError, 39, "Directory not empty", path);
            Wrap(path, () => Directory.Delete(path));
            return PyNone.Value;
        });
        ModuleRegistry.Def(d, "remove", (_, a, k) =>
        {
            ArgParse.Exact("remove", a, k, 1, 1);
            var path = PathArg(a[0]);
            if (Directory.Exists(path)) throw OsError(Builtins.Exceptions["IsADirectoryError"], 21, "Is a directory", path);
            if (!File.Exists(path) && new FileInfo(path).LinkTarget is null) throw OsError(Builtins.FileNotFoundError, EntryNotFound, "No such file or directory", path);
            Wrap(path, () => File.Delete(path));
            return PyNone.Value;
        });
        ModuleRegistry.Def(d, "rename", (_, a, k) =>
        {
            ArgParse.Exact("rename", a, k, 2, 2);
            var src = PathArg(a[0]);
            var dst = PathArg(a[1]);
            if (!Path.Exists(src)) throw OsError(Builtins.FileNotFoundError, EntryNotFound, "No such file or directory", src, dst);
            Wrap(src, () =>
            {
                if (Directory.Exists(src)) Directory.Move(src, dst);
                else File.Move(src, dst, true);
            });
            return PyNone.Value;
        });
        d.SetItem("UnsupportedOperation", BinaryFileMethods.UnsupportedOperation);
        ModuleRegistry.Def(d, "getpid", (_, a, k) => PyInt.FromLong(Environment.ProcessId));
        ModuleRegistry.Def(d, "cpu_count", (_, a, k) => PyInt.FromLong(Environment.ProcessorCount));
        return m;
    }

    private static string PathArg(PyObject o) => o switch
    {
        PyStr s => s.Value,
        PyBytes b => System.Text.Encoding.UTF8.GetString(b.Span),
        _ => throw PyErr.TypeError($"expected str, bytes or os.PathLike object, not {o.Type.Name}"),
    };

    public static PythonException OsError(PyType type, int errno, string message, string path, string? path2 = null)
    {
        PyObject[] args = path2 is null
            ? [PyInt.FromLong(errno), new PyStr(message), new PyStr(path)]
            : [PyInt.FromLong(errno), new PyStr(message), new PyStr(path), PyInt.Zero, new PyStr(path2)];
        return new PythonException(new PyBaseException(type, new PyTuple(args)));
    }

    private static T Wrap<T>(string path, Func<T> action)
    {
        try { return action(); }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw OsError(Builtins.FileNotFoundError, EntryNotFound, "No such file or directory", path);
        }
        catch (UnauthorizedAccessException)
        {
            throw OsError(Builtins.Exceptions["PermissionError"], 13, "Permission denied", path);
        }
        catch (IOException e)
        {
            throw OsError(Builtins.OSError, 5, e.Message, path);
        }
    }

    private static void Wrap(string path, Action action) => Wrap(path, () =>
    {
        action();
        return 0;
    });

    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    private static extern int NativeStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);

    [DllImport("libc", EntryPoint = "lstat", SetLastError = true)]
    private static extern int NativeLstat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);

    private static bool nativeUnavailable;

    private static PyObject Stat(string path, bool follow)
    {
        if (!nativeUnavailable && OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64)
        {
            try
            {
                // struct stat of x86-64 Linux: dev@0 ino@8 nlink@16 mode@24 uid@28 gid@32 size@48 atime@72 mtime@88 ctime@104.
                var buf = new byte[256];
                if ((follow ? NativeStat(path, buf) : NativeLstat(path, buf)) != 0)
                {
                    var errno = Marshal.GetLastPInvokeError();
                    throw errno == EntryNotFound
                        ? OsError(Builtins.FileNotFoundError, errno, "No such file or directory", path)
                        : OsError(Builtins.OSError, errno, Marshal.GetPInvokeErrorMessage(errno), path);
                }
                double Time(int offset) => BitConverter.ToInt64(buf, offset) + BitConverter.ToInt64(buf, offset + 8) / 1e9;
                return new PyTuple([
                    PyInt.FromLong(BitConverter.ToUInt32(buf, 24)), PyInt.FromBig(BitConverter.ToUInt64(buf, 8)),
                    PyInt.FromBig(BitConverter.ToUInt64(buf, 0)), PyInt.FromLong(BitConverter.ToInt64(buf, 16)),
                    PyInt.FromLong(BitConverter.ToUInt32(buf, 28)), PyInt.FromLong(BitConverter.ToUInt32(buf, 32)),
                    PyInt.FromLong(BitConverter.ToInt64(buf, 48)), new PyFloat(Time(72)), new PyFloat(Time(88)), new PyFloat(Time(104)),
                ], StatResultType);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                nativeUnavailable = true;
            }
        }
        return ManagedStat(path, follow);
    }

    private static PyObject ManagedStat(string path, bool follow)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (follow && info.LinkTarget is not null) info = info.ResolveLinkTarget(true) ?? info;
        if (!info.Exists && info.LinkTarget is null) throw OsError(Builtins.FileNotFoundError, EntryNotFound, "No such file or directory", path);
        var kind = info.LinkTarget is not null && !follow ? 0xA000 : info is DirectoryInfo ? 0x4000 : 0x8000;
        var mode = kind | (OperatingSystem.IsWindows() ? 0x1B6 : (int)info.UnixFileMode);
        static double Seconds(DateTime t) => (t.ToUniversalTime() - DateTime.UnixEpoch).TotalSeconds;
        return new PyTuple([
            PyInt.FromLong(mode), PyInt.Zero, PyInt.Zero, PyInt.FromLong(1), PyInt.Zero, PyInt.Zero,
            PyInt.FromLong(info is FileInfo fi && fi.Exists ? fi.Length : 4096), new PyFloat(Seconds(info.LastAccessTime)),
            new PyFloat(Seconds(info.LastWriteTime)), new PyFloat(Seconds(info.CreationTime)),
        ], StatResultType);
    }
}
