namespace FatSharp.Interpreter.Objects;

/// <summary>
/// A node's memory of where one attribute name sits in up to two <see cref="InstanceKeys"/> lists, so a site that
/// sees instances of two classes (a method inherited by a subclass) does not look the name up again each time.
/// </summary>
public struct InstanceSlotCache
{
    internal InstanceKeys? Keys0, Keys1;
    internal int Index0, Index1;

    /// <summary>The index remembered for <paramref name="keys"/>, or -1.</summary>
    internal readonly int Find(InstanceKeys keys) =>
        ReferenceEquals(keys, Keys0) ? Index0 : ReferenceEquals(keys, Keys1) ? Index1 : -1;

    /// <summary>Remembers an index; the older entry makes room.</summary>
    internal void Remember(InstanceKeys keys, int index)
    {
        Keys1 = Keys0;
        Index1 = Index0;
        Keys0 = keys;
        Index0 = index;
    }
}
