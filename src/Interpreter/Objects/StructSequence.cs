using System.Runtime.CompilerServices;

namespace FatSharp.Interpreter.Objects;

/// <summary>
/// Named-tuple-like builtin types such as <c>sys.version_info</c> and <c>sys.float_info</c>: tuple subclasses whose
/// fields are also attributes and whose repr is <c>module.name(field=value, ...)</c>.
/// </summary>
public static class StructSequence
{
    private static readonly ConditionalWeakTable<PyType, string[]> FieldsByType = new();

    public static PyType NewType(string module, string name, params string[] fields)
    {
        var t = new PyType(Builtins.Type, name, [Builtins.Tuple], InstanceLayout.Tuple);
        t.TypeDict.SetItem("__module__", new PyStr(module));
        for (var i = 0; i < fields.Length; i++)
        {
            var index = i;
            TypeMethods.Getter(t, fields[i], s => ((PyTuple)s).Items[index]);
        }
        t.TypeDict.SetItem("n_fields", PyInt.FromLong(fields.Length));
        t.TypeDict.SetItem("n_sequence_fields", PyInt.FromLong(fields.Length));
        t.TypeDict.SetItem("_fields", new PyTuple(fields.Select(f => (PyObject)new PyStr(f)).ToArray()));
        FieldsByType.Add(t, fields);
        t.Modified();
        return t;
    }

    public static bool TryGetFields(PyType t, out string[] fields) => FieldsByType.TryGetValue(t, out fields!);

    public static string Repr(PyTuple t, string[] fields)
    {
        var module = t.Type.TypeDict.GetItem("__module__") is PyStr m ? m.Value + "." : "";
        return module + t.Type.Name + "(" + string.Join(", ", fields.Select((f, i) => f + "=" + Ops.Repr(t.Items[i]))) + ")";
    }
}
