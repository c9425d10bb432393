using System.Runtime.CompilerServices;

namespace FatSharp.Interpreter.Runtime;

/// <summary>
/// <c>__slots__</c>: each listed name becomes a member descriptor on the class that stores the value in a per-instance
/// array; without "__dict__" among the slots (here and in every base) instances get no attribute dict.
/// </summary>
public static class Slots
{
    // Slot arrays of instances whose C# layout has no field for them (subclasses of builtin types).
    private static readonly ConditionalWeakTable<PyObject, PyObject?[]> Foreign = new();

    internal static void SetUp(PyType cls, PyDict ns)
    {
        var offset = 0;
        foreach (var b in cls.Bases) offset = Math.Max(offset, b.SlotCount);
        if (ns.GetItem("__slots__") is not { } slots)
        {
            cls.SlotCount = offset;
            return;
        }
        var names = slots is PyStr single
            ? [single.Value]
            : Ops.ToArray(slots).Select(x => x is PyStr xs ? xs.Value : throw PyErr.TypeError($"__slots__ items must be strings, not '{x.Type.Name}'")).ToArray();
        var hasDict = false;
        foreach (var name in names)
        {
            if (name == "__dict__")
            {
                hasDict = true;
                continue;
            }
            var mangled = Execution.NameMangling.Mangle(cls.Name, name);
            // A class without a docstring has __doc__ = None in its namespace: that is no conflict.
            if (ns.GetItem(mangled) is { } existing && !(mangled == "__doc__" && existing is PyNone))
                throw PyErr.ValueError($"'{name}' in __slots__ conflicts with class variable");
            if (name == "__weakref__")
            {
                cls.TypeDict.Storage.SetStr("__weakref__", new PyGetSetDescriptor(cls, "__weakref__", _ => PyNone.Value));
                continue;
            }
            var index = offset++;
            var attr = mangled;
            var descriptor = new PyGetSetDescriptor(cls, attr,
                o => Array(o, false)?[index] ?? throw PyErr.AttributeError($"'{o.Type.Name}' object has no attribute '{attr}'"),
                (o, v) =>
                {
                    var values = Array(o, true)!;
                    if (v is null && values[index] is null) throw PyErr.AttributeError(attr);
                    values[index] = v;
                }) { Type = Builtins.MemberDescriptor, SlotIndex = index };
            cls.TypeDict.Storage.SetStr(attr, descriptor);
        }
        cls.SlotCount = offset;
        cls.NoInstanceDict = !hasDict && cls.Bases.All(b => ReferenceEquals(b, Builtins.Object) || b.NoInstanceDict);
        cls.Modified();
    }

    private static PyObject?[]? Array(PyObject o, bool create)
    {
        var size = o.Type.SlotCount;
        if (o is PyInstance inst)
        {
            if (inst.SlotValues is null || inst.SlotValues.Length < size)
            {
                if (!create) return inst.SlotValues;
                var grown = new PyObject?[size];
                inst.SlotValues?.CopyTo(grown, 0);
                inst.SlotValues = grown;
            }
            return inst.SlotValues;
        }
        if (Foreign.TryGetValue(o, out var values) && values.Length >= size) return values;
        if (!create) return values;
        var fresh = new PyObject?[size];
        values?.CopyTo(fresh, 0);
        Foreign.AddOrUpdate(o, fresh);
        return fresh;
    }
}
