using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FatSharp.Interpreter.Runtime;

/// <summary>
/// Stores into arrays of <see cref="PyObject"/> without the covariance check. <c>array[i] = value</c> on an array
/// of a non-sealed class calls into the runtime to verify that the value fits the array's actual element type;
/// the interpreter's frame slots and list buffers are always created as exactly <c>PyObject?[]</c>, so the check
/// can never fail and only costs a call on every local store and every append.
/// </summary>
internal static class ObjectArrays
{
    /// <summary><c>array[index] = value</c> for an array created as <c>new PyObject?[n]</c>, bounds-checked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(PyObject?[] array, int index, PyObject? value)
    {
        if ((uint)index >= (uint)array.Length) ThrowIndexOutOfRange();
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), index) = value;
    }

    private static void ThrowIndexOutOfRange() => throw new IndexOutOfRangeException();
}
