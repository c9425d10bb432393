namespace FatSharp.Interpreter.Execution;

/// <summary>Binds call arguments to parameter slots with CPython's rules and messages.</summary>
internal static class ArgBinder
{
    public static void Bind(PyFunction f, PyCode code, PyObject?[] locals, PyObject? self, PyObject[] args, string[]? kwNames)
    {
        var nkw = kwNames?.Length ?? 0;
        var npos = args.Length - nkw + (self is null ? 0 : 1);
        var argcount = code.ArgCount;
        var hasVarArgs = (code.Flags & CodeFlags.VarArgs) != 0;
        var hasVarKw = (code.Flags & CodeFlags.VarKeywords) != 0;
        var total = argcount + code.KwOnlyArgCount;

        // Fast path: exact positional match, no keywords.
        if (nkw == 0 && npos == argcount && !hasVarArgs)
        {
            var j = 0;
            if (self is not null) ObjectArrays.Store(locals, j++, self);
            Array.Copy(args, 0, locals, j, args.Length);
            if (code.KwOnlyArgCount > 0) FillKwDefaults(f, code, locals);
            if (hasVarKw) ObjectArrays.Store(locals, total, new PyDict());
            return;
        }

        // Positional values only, fewer than the parameters: the rest from the defaults (f(x) for def f(x, y=1)).
        if (nkw == 0 && npos < argcount && !hasVarArgs && !hasVarKw)
        {
            var j = 0;
            if (self is not null) ObjectArrays.Store(locals, j++, self);
            for (var i = 0; i < args.Length; i++) ObjectArrays.Store(locals, j++, args[i]);
            // A parameter without a value: the general binding below (nothing filled beyond the values) raises.
            if (FillDefaults(f, code, locals, npos)) return;
        }

        var n = Math.Min(npos, argcount);
        var k = 0;
        if (self is not null && n > 0)
        {
            ObjectArrays.Store(locals, 0, self);
            k = 1;
        }
        for (; k < n; k++) ObjectArrays.Store(locals, k, args[k - (self is null ? 0 : 1)]);
        if (hasVarArgs)
        {
            var extra = Math.Max(0, npos - argcount);
            var rest = new PyObject[extra];
            for (var i = 0; i < extra; i++)
            {
                var src = argcount + i;
                rest[i] = self is not null ? (src == 0 ? self : args[src - 1]) : args[src];
            }
            ObjectArrays.Store(locals, total, PyTuple.Create(rest));
        }
        else if (npos > argcount)
        {
            throw TooManyPositional(f, code, npos, kwNames, locals);
        }
        PyDict? kwDict = null;
        if (hasVarKw)
        {
            kwDict = new PyDict();
            ObjectArrays.Store(locals, total + (hasVarArgs ? 1 : 0), kwDict);
        }
        for (var i = 0; i < nkw; i++)
        {
            var name = kwNames![i];
            var value = args[args.Length - nkw + i];
            var slot = Array.IndexOf(code.VarNames, name, code.PosOnlyArgCount, total - code.PosOnlyArgCount);
            if (slot < 0)
            {
                if (kwDict is null)
                {
                    if (Array.IndexOf(code.VarNames, name, 0, code.PosOnlyArgCount) >= 0)
                    {
                        var posOnly = kwNames.Where(n => Array.IndexOf(code.VarNames, n, 0, code.PosOnlyArgCount) >= 0);
                        throw PyErr.TypeError($"{f.Qualname}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", posOnly)}'");
                    }
                    throw PyErr.TypeError($"{f.Qualname}() got an unexpected keyword argument '{name}'");
                }
                if (kwDict.Storage.GetStr(name) is not null)
                    throw PyErr.TypeError($"{f.Qualname}() got multiple values for keyword argument '{name}'");
                kwDict.Storage.SetStr(name, value);
                continue;
            }
            if (locals[slot] is not null)
                throw PyErr.TypeError($"{f.Qualname}() got multiple values for argument '{name}'");
            ObjectArrays.Store(locals, slot, value);
        }
        // Defaults for missing positional parameters.
        var defaults = f.Defaults;
        var ndef = defaults?.Length ?? 0;
        List<string>? missing = null;
        for (var i = npos; i < argcount; i++)
        {
            if (locals[i] is not null) continue;
            var d = i - (argcount - ndef);
            if (d >= 0) ObjectArrays.Store(locals, i, defaults![d]);
            else (missing ??= []).Add(code.VarNames[i]);
        }
        if (missing is not null) throw Missing(f, missing, "positional");
        if (code.KwOnlyArgCount > 0) FillKwDefaults(f, code, locals);
    }

    /// <summary>
    /// Where the named keywords of a call go in <paramref name="code"/>'s slots when <paramref name="npos"/>
    /// positional values (the receiver included) come first, or null when the call needs the general binding
    /// (a <c>*args</c>/<c>**kwargs</c> parameter, too many positional values, an unknown or positional-only
    /// name, a name that a positional value already fills). The names are distinct (the compiler checks).
    /// </summary>
    public static int[]? KeywordSlots(PyCode code, int npos, string[] kwNames)
    {
        if ((code.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) != 0 || npos > code.ArgCount) return null;
        var total = code.ArgCount + code.KwOnlyArgCount;
        var slots = new int[kwNames.Length];
        for (var i = 0; i < kwNames.Length; i++)
        {
            var slot = Array.IndexOf(code.VarNames, kwNames[i], code.PosOnlyArgCount, total - code.PosOnlyArgCount);
            if (slot < npos) return null;
            slots[i] = slot;
        }
        return slots;
    }

    /// <summary>
    /// After a call site put <paramref name="given"/> positional values and its keywords straight into the slots of
    /// a code without <c>*args</c>/<c>**kwargs</c>: fills the other parameters from the defaults. False when a
    /// positional parameter has neither a value nor a default (the caller rebinds with <see cref="Bind"/>, which
    /// raises CPython's error); a missing keyword-only parameter raises here.
    /// </summary>
    public static bool FillDefaults(PyFunction f, PyCode code, PyObject?[] locals, int given)
    {
        var argcount = code.ArgCount;
        if (given < argcount)
        {
            var defaults = f.Defaults;
            var firstDefault = argcount - (defaults?.Length ?? 0);
            for (var i = given; i < argcount; i++)
            {
                if (locals[i] is not null) continue;
                if (i < firstDefault) return false;
                ObjectArrays.Store(locals, i, defaults![i - firstDefault]);
            }
        }
        if (code.KwOnlyArgCount > 0) FillKwDefaults(f, code, locals);
        return true;
    }

    /// <summary>
    /// The general binding of values a call site already put in the slots (<paramref name="npos"/> positional ones,
    /// the receiver included, then keywords at <paramref name="kwSlots"/>): used when <see cref="FillDefaults"/>
    /// found a parameter without a value, so that the error is CPython's.
    /// </summary>
    public static void Rebind(PyFunction f, PyCode code, PyObject?[] locals, int npos, int[]? kwSlots, string[]? kwNames)
    {
        var nkw = kwSlots?.Length ?? 0;
        var values = new PyObject[npos + nkw];
        for (var i = 0; i < npos; i++) values[i] = locals[i]!;
        for (var i = 0; i < nkw; i++) values[npos + i] = locals[kwSlots![i]]!;
        Array.Clear(locals);
        Bind(f, code, locals, null, values, nkw == 0 ? null : kwNames);
    }

    private static void FillKwDefaults(PyFunction f, PyCode code, PyObject?[] locals)
    {
        List<string>? missing = null;
        for (var i = code.ArgCount; i < code.ArgCount + code.KwOnlyArgCount; i++)
        {
            if (locals[i] is not null) continue;
            var name = code.VarNames[i];
            var d = f.KwDefaults?.Storage.GetStr(name);
            if (d is not null) ObjectArrays.Store(locals, i, d);
            else (missing ??= []).Add(name);
        }
        if (missing is not null) throw Missing(f, missing, "keyword-only");
    }

    private static PythonException Missing(PyFunction f, List<string> names, string kind)
    {
        var quoted = names.Select(n => $"'{n}'").ToList();
        string list = quoted.Count switch
        {
            1 => quoted[0],
            2 => $"{quoted[0]} and {quoted[1]}",
            _ => string.Join(", ", quoted.Take(quoted.Count - 1)) + ", and " + quoted[^1],
        };
        var s = names.Count == 1 ? "" : "s";
        return PyErr.TypeError($"{f.Qualname}() missing {names.Count} required {kind} argument{s}: {list}");
    }

    private static PythonException TooManyPositional(PyFunction f, PyCode code, int given, string[]? kwNames, PyObject?[] locals)
    {
        var argcount = code.ArgCount;
        var ndef = f.Defaults?.Length ?? 0;
        var kwGiven = 0;
        if (kwNames is not null)
            foreach (var k in kwNames)
                if (Array.IndexOf(code.VarNames, k, argcount, code.KwOnlyArgCount) >= 0) kwGiven++;
        string takes = ndef > 0 ? $"from {argcount - ndef} to {argcount}" : argcount.ToString();
        var plural = argcount == 1 && ndef == 0 ? "" : "s";
        var was = given == 1 ? "was" : "were";
        var kwPart = kwGiven > 0 ? $" positional argument{(given == 1 ? "" : "s")} (and {kwGiven} keyword-only argument{(kwGiven == 1 ? "" : "s")}) were given" : $" {was} given";
        if (kwGiven > 0)
            return PyErr.TypeError($"{f.Qualname}() takes {takes} positional argument{plural} but {given}{kwPart}");
        return PyErr.TypeError($"{f.Qualname}() takes {takes} positional argument{plural} but {given}{kwPart}");
    }
}
