namespace FatSharp.Interpreter.Modules.Fat;

/// <summary>Copies of code objects for fat: a specialized version, and a version with its constants mapped.</summary>
internal static class CodeCopies
{
    /// <summary>
    /// A copy of <paramref name="code"/> with its own execution tree (built at its first run). Nested code objects
    /// are shared, as the nested constants of a CPython code object are.
    /// </summary>
    public static PyCode Copy(PyCode code, string name, int firstLine, PyDict? constantMapping)
    {
        var copy = new PyCode(name, code.Filename, firstLine, code.Ast, code.Scope, code.Compiler)
        {
            Qualname = code.Qualname,
            ArgCount = code.ArgCount,
            PosOnlyArgCount = code.PosOnlyArgCount,
            KwOnlyArgCount = code.KwOnlyArgCount,
            Flags = code.Flags,
            VarNames = code.VarNames,
            CellVars = code.CellVars,
            FreeVars = code.FreeVars,
            CellParamSlots = code.CellParamSlots,
            NLocals = code.NLocals,
            Docstring = code.Docstring,
            ConstantMapping = constantMapping,
        };
        return copy;
    }

    /// <summary>
    /// The mapping of a <c>replace_consts(code, mapping)</c> result: constants of <paramref name="code"/> that an
    /// earlier replace_consts already mapped go through both mappings.
    /// </summary>
    public static PyDict ComposeMapping(PyCode code, PyDict mapping)
    {
        var result = new PyDict(mapping.Storage.Copy());
        if (code.ConstantMapping is { } earlier)
        {
            foreach (var kv in earlier.Storage.Items())
                result.SetItem(kv.Key, mapping.Storage.Get(kv.Value) ?? kv.Value);
        }
        return result;
    }
}
