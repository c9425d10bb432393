using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FatSharp.Interpreter.Execution;

/// <summary>
/// Stores into <c>PyObject[]</c> arrays that are known to have been created with exactly that element type (frame
/// slots, list and tuple storage). A plain array store must check that the value fits the array's actual element
/// type, since C# arrays are covariant; for a value of a class derived from PyObject that check is a cast-cache
/// lookup on every store. Writing through the array's data reference skips it; the index is still bounds-checked.
/// </summary>
internal static class ObjectSlots
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(PyObject?[] slots, int index, PyObject? value)
    {
        if ((uint)index >= (uint)slots.Length) ThrowIndex();
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(slots), index) = value;
    }

    private static void ThrowIndex() => throw new IndexOutOfRangeException();
}
