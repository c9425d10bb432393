namespace FatSharp.Guards.Tests.Support;

/// <summary>
/// Stands in for the interpreter's comparer: strings compare ordinally, <see cref="TestKey"/>s by
/// id (running their compare hooks), boxed values with Equals.
/// </summary>
public sealed class ObjectKeyComparer : IKeyComparer<object>
{
    public static readonly ObjectKeyComparer Instance = new();

    public int Hash(object key) => key switch
    {
        TestKey k => k.HashValue,
        _ => key.GetHashCode(),
    };

    public bool Equal(object stored, object key)
    {
        if (stored is TestKey a && key is TestKey b)
        {
            Run(a);
            Run(b);
            return a.Id == b.Id;
        }

        return stored.Equals(key);
    }

    private static void Run(TestKey key)
    {
        key.Comparisons++;
        if (key.ThrowOnCompare is { } error)
        {
            throw error;
        }

        key.OnCompare?.Invoke();
    }
}
