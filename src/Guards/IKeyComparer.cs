namespace FatSharp.Guards;

/// <summary>
/// Hashing and equality of dict keys. The interpreter implements it with Python's
/// <c>__hash__</c>/<c>__eq__</c>, which may run Python code and may throw: exceptions propagate
/// out of the dict operation unchanged, and a dict mutated by <see cref="Equal"/> restarts its
/// lookup (as CPython does). Keys that are the same object are equal without asking.
/// </summary>
public interface IKeyComparer<in TKey>
{
    /// <summary>Hash of the key; equal keys must hash alike. The dict caches it per entry.</summary>
    int Hash(TKey key);

    /// <summary>Whether <paramref name="stored"/> (a key in the dict) equals <paramref name="key"/>.</summary>
    bool Equal(TKey stored, TKey key);
}
