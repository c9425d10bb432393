namespace FatSharp.Guards;

/// <summary>Ordinal comparison of .NET strings: the comparer for name-keyed namespaces.</summary>
public sealed class OrdinalStringComparer : IKeyComparer<string>
{
    public static readonly OrdinalStringComparer Instance = new();

    private OrdinalStringComparer()
    {
    }

    public int Hash(string key) => key.GetHashCode();

    public bool Equal(string stored, string key) => string.Equals(stored, key);
}
