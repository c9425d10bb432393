namespace FatSharp.Interpreter.Objects;

/// <summary>
/// A node's memory of where one attribute name sits in up to two <see cref="InstanceKeys"/> lists, so a site that
/// sees instances of two classes (a method inherited by a subclass) does not look the name up again each time.
/// </summary>
public struct InstanceSlotCache
{
    internal InstanceKeys? Keys0, Keys1;
    internal int Index0, Index1;

    /// <summary>
    /// The index of <paramref name="key"/> in <paramref name="keys"/> if this cache knows it, or -1: remembered for
    /// that very list, or remembered for another list that has the name at the same index. Subclasses whose
    /// instances are set up by the same base <c>__init__</c> lay out those names alike, so a site that sees more
    /// than two such classes still answers without a search.
    /// </summary>
    internal readonly int Find(InstanceKeys keys, PyStr key)
    {
        if (ReferenceEquals(keys, Keys0)) return Index0;
        if (ReferenceEquals(keys, Keys1)) return Index1;
        if (Keys0 is not null && keys.Holds(Index0, key)) return Index0;
        if (Keys1 is not null && keys.Holds(Index1, key)) return Index1;
        return -1;
    }

    /// <summary>Remembers an index; the older entry makes room.</summary>
    internal void Remember(InstanceKeys keys, int index)
    {
        Keys1 = Keys0;
        Index1 = Index0;
        Keys0 = keys;
        Index0 = index;
    }
}
