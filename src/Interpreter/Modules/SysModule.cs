namespace FatSharp.Interpreter.Modules;

/// <summary>The sys module.</summary>
public static class SysModule
{
    public static PyModule Create(PythonRuntime rt, string[] argv)
    {
        var m = new PyModule("sys");
        var d = m.ModuleDict;
        d.SetItem("argv", new PyList(argv.Select(a => (PyObject)new PyStr(a)).ToArray()));
        d.SetItem("path", rt.Path);
        d.SetItem("modules", rt.Modules);
        d.SetItem("stdout", rt.Stdout);
        d.SetItem("stderr", rt.Stderr);
        d.SetItem("stdin", rt.Stdin);
        d.SetItem("__stdout__", rt.Stdout);
        d.SetItem("__stderr__", rt.Stderr);
        d.SetItem("__stdin__", rt.Stdin);
        d.SetItem("maxsize", PyInt.FromLong(long.MaxValue));
        d.SetItem("byteorder", new PyStr("little"));
        d.SetItem("platform", new PyStr("linux"));
        d.SetItem("implementation", new PyStr("fatsharp"));
        d.SetItem("version", new PyStr("3.11.7 (FatSharp)"));
        d.SetItem("version_info", new PyTuple([PyInt.FromLong(3), PyInt.FromLong(11), PyInt.FromLong(7), new PyStr("final"), PyInt.Zero],
            StructSequence.NewType("sys", "version_info", "major", "minor", "micro", "releaselevel", "serial")));
        d.SetItem("hexversion", PyInt.FromLong(0x030B07F0));
        d.SetItem("builtin_module_names", new PyTuple(ModuleRegistry.Names.Concat(["sys", "builtins"]).Select(n => (PyObject)new PyStr(n)).ToArray()));
        d.SetItem("executable", new PyStr("fatsharp"));
        d.SetItem("float_info", new PyTuple([new PyFloat(double.MaxValue), PyInt.FromLong(1024), PyInt.FromLong(308), new PyFloat(2.2250738585072014e-308), PyInt.FromLong(-1021), PyInt.FromLong(-307), PyInt.FromLong(15), PyInt.FromLong(53), new PyFloat(2.220446049250313e-16), PyInt.FromLong(2), PyInt.FromLong(1)],
            StructSequence.NewType("sys", "float_info", "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds")));
        d.SetItem("int_info", new PyTuple([PyInt.FromLong(30), PyInt.FromLong(4), PyInt.FromLong(4300), PyInt.FromLong(640)],
            StructSequence.NewType("sys", "int_info", "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold")));
        d.SetItem("hash_info", new PyTuple([PyInt.FromLong(64), PyInt.FromLong((1L << 61) - 1), PyInt.FromLong(314159), PyInt.Zero, PyInt.FromLong(1000003),
                new PyStr("siphash13"), PyInt.FromLong(64), PyInt.FromLong(128), PyInt.Zero],
            StructSequence.NewType("sys", "hash_info", "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff")));
        ModuleRegistry.Def(d, "getrecursionlimit", (_, a, k) =>
        {
            ArgParse.Exact("getrecursionlimit", a, k, 0, 0);
            return PyInt.FromLong(FunctionCalls.RecursionLimit);
        });
        ModuleRegistry.Def(d, "setrecursionlimit", (_, a, k) =>
        {
            ArgParse.Exact("setrecursionlimit", a, k, 1, 1);
            if (a[0] is not PyInt) throw PyErr.TypeError($"'{a[0].Type.Name}' object cannot be interpreted as an integer");
            var n = Ops.IndexToLong(a[0]);
            if (n < 1) throw PyErr.ValueError("recursion limit must be greater or equal than 1");
            if (n > 10_000_000) throw PyErr.OverflowError("Python int too large to convert to C int");
            FunctionCalls.RecursionLimit = (int)n;
            return PyNone.Value;
        });
        ModuleRegistry.Def(d, "exit", (_, a, k) =>
        {
            ArgParse.Exact("exit", a, k, 0, 1);
            throw new PythonException(new PyBaseException(Builtins.SystemExit, a.Length == 0 ? PyTuple.Empty : new PyTuple(a)));
        });
        ModuleRegistry.Def(d, "exc_info", (_, a, k) =>
        {
            var e = ExceptionState.Current;
            return e is null ? new PyTuple([PyNone.Value, PyNone.Value, PyNone.Value]) : new PyTuple([e.Type, e, e.TracebackValue()]);
        });
        ModuleRegistry.Def(d, "exception", (_, a, k) => (PyObject?)ExceptionState.Current ?? PyNone.Value);
        ModuleRegistry.Def(d, "getsizeof", (_, a, k) => PyInt.FromLong(64));
        ModuleRegistry.Def(d, "intern", (_, a, k) => a[0] is PyStr s ? PyStr.Intern(s.Value) : throw PyErr.TypeError("intern() argument must be str"));
        ModuleRegistry.Def(d, "getdefaultencoding", (_, a, k) => new PyStr("utf-8"));
        return m;
    }
}
