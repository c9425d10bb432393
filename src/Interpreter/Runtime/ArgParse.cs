namespace FatSharp.Interpreter.Runtime;

/// <summary>Argument checking for builtins, with CPython's messages.</summary>
public static class ArgParse
{
    public static int Positional(PyObject[] args, string[]? kwNames) => args.Length - (kwNames?.Length ?? 0);

    /// <summary>Checks the positional count and that no keywords were given.</summary>
    public static void Exact(string name, PyObject[] args, string[]? kwNames, int min, int max)
    {
        if (kwNames is { Length: > 0 }) throw PyErr.TypeError($"{name}() takes no keyword arguments");
        Count(name, args.Length, min, max);
    }

    public static void Count(string name, int n, int min, int max)
    {
        if (n >= min && n <= max) return;
        if (min == max)
        {
            if (min == 0) throw PyErr.TypeError($"{name}() takes no arguments ({n} given)");
            if (min == 1) throw PyErr.TypeError($"{name}() takes exactly one argument ({n} given)");
            throw PyErr.TypeError($"{name} expected {min} arguments, got {n}");
        }
        if (n < min) throw PyErr.TypeError($"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {n}");
        throw PyErr.TypeError($"{name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {n}");
    }

    /// <summary>Splits keyword arguments out; rejects names not in <paramref name="allowed"/>.</summary>
    public static Dictionary<string, PyObject> Keywords(string fname, PyObject[] args, string[]? kwNames, params string[] allowed)
    {
        var d = new Dictionary<string, PyObject>();
        if (kwNames is null) return d;
        var np = args.Length - kwNames.Length;
        for (var i = 0; i < kwNames.Length; i++)
        {
            if (Array.IndexOf(allowed, kwNames[i]) < 0)
                throw PyErr.TypeError($"'{kwNames[i]}' is an invalid keyword argument for {fname}()");
            d[kwNames[i]] = args[np + i];
        }
        return d;
    }

    public static PyObject[] PositionalOnly(PyObject[] args, string[]? kwNames) =>
        kwNames is null ? args : args[..(args.Length - kwNames.Length)];

    public static string Str(PyObject o, string fname, string what = "argument")
    {
        if (o is PyStr s) return s.Value;
        throw PyErr.TypeError($"{fname}() {what} must be str, not {o.Type.Name}");
    }
}
