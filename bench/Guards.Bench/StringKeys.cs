namespace FatSharp.Guards.Bench;

/// <summary>Name-like string keys shared by the benchmarks.</summary>
public static class StringKeys
{
    public static string[] Make(int count)
    {
        var keys = new string[count];
        for (int i = 0; i < count; i++)
        {
            keys[i] = "name_" + i;
        }

        return keys;
    }

    public static VersionedDict<string, object> Dict(string[] keys)
    {
        var dict = new VersionedDict<string, object>(OrdinalStringComparer.Instance);
        foreach (string key in keys)
        {
            dict[key] = new object();
        }

        return dict;
    }
}
