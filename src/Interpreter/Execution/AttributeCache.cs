using System.Runtime.CompilerServices;

namespace FatSharp.Interpreter.Execution;

/// <summary>
/// A node's cache of class attribute lookups (<see cref="PyType.Lookup(PyStr)"/>) for up to four receiver types, so
/// call sites that see several classes (virtual dispatch over subclasses) stay cached. Each entry is valid while
/// its type's version is unchanged; a miss replaces the entries in turn.
/// </summary>
internal struct AttributeCache
{
    private PyType? type0, type1, type2, type3;
    private ulong version0, version1, version2, version3;
    private PyObject? value0, value1, value2, value3;
    private int next;

    // Inlined into each attribute node: a hit is two compares, without a call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject? Lookup(PyType t, PyStr key)
    {
        if (ReferenceEquals(t, type0) && t.Version == version0) return value0;
        if (ReferenceEquals(t, type1) && t.Version == version1) return value1;
        if (ReferenceEquals(t, type2) && t.Version == version2) return value2;
        if (ReferenceEquals(t, type3) && t.Version == version3) return value3;
        return Miss(t, key);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private PyObject? Miss(PyType t, PyStr key)
    {
        var version = t.Version;
        var value = t.Lookup(key);
        // An entry of the same type with an old version is refreshed in place, otherwise the next slot is replaced.
        var slot = ReferenceEquals(t, type0) ? 0 : ReferenceEquals(t, type1) ? 1 : ReferenceEquals(t, type2) ? 2 : ReferenceEquals(t, type3) ? 3 : next++ & 3;
        switch (slot)
        {
            case 0: type0 = t; version0 = version; value0 = value; break;
            case 1: type1 = t; version1 = version; value1 = value; break;
            case 2: type2 = t; version2 = version; value2 = value; break;
            default: type3 = t; version3 = version; value3 = value; break;
        }
        return value;
    }
}
