using System.Runtime.CompilerServices;

namespace FatSharp.Interpreter.Objects;

/// <summary>
/// The attribute names shared by the instances of one class (CPython's shared keys): an instance that adds its
/// attributes in this order keeps their values in a plain array indexed like this list and needs no dict. The list
/// only grows, so an index once found for a name stays valid; a node caches it per list.
/// </summary>
public sealed class InstanceKeys
{
    /// <summary>More names than this and new attributes go to a dict (CPython's limit for shared keys).</summary>
    public const int MaxCount = 30;

    private PyStr[] names = new PyStr[4];
    // One bit per name, chosen by its hash: a name whose bit is clear is absent without a scan. Method lookups
    // through an instance (self.area()) ask for names the instance never has, on every call.
    private ulong filter;

    public int Count { get; private set; }

    public PyStr this[int index] => names[index];

    /// <summary>False when <paramref name="key"/> is certainly not in the list (its filter bit is clear).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(PyStr key) => (filter & (1UL << (int)key.PyHash())) != 0;

    /// <summary>Index of <paramref name="key"/>, or -1. The names are interned: identity decides for an interned key.</summary>
    public int IndexOf(PyStr key)
    {
        if (!MayContain(key)) return -1;
        var n = names;
        var c = Count;
        for (var i = 0; i < c; i++)
            if (ReferenceEquals(n[i], key)) return i;
        if (key.IsInterned) return -1;
        for (var i = 0; i < c; i++)
            if (n[i].Value == key.Value) return i;
        return -1;
    }

    /// <summary>Appends <paramref name="key"/> (not present yet) and returns its index, or -1 when the list is full.</summary>
    public int Add(PyStr key)
    {
        if (Count == MaxCount) return -1;
        if (Count == names.Length) Array.Resize(ref names, Math.Min(names.Length * 2, MaxCount));
        names[Count] = key.IsInterned ? key : PyStr.Intern(key.Value);
        filter |= 1UL << (int)key.PyHash();
        return Count++;
    }
}
