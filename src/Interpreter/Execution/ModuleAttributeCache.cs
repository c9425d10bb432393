namespace FatSharp.Interpreter.Execution;

/// <summary>
/// A node's cache of one module attribute (<c>math.sin</c>): the value found in the module's dict, valid while the
/// dict's PEP 509 version is unchanged. Versions are unique among all dicts and all their states, so the version
/// alone tells both a changed dict and another module's dict.
/// </summary>
internal struct ModuleAttributeCache
{
    private ulong version;
    private PyObject? value;

    /// <summary>The attribute <paramref name="key"/> from the dict of <paramref name="m"/>, or null when it has none.</summary>
    public PyObject? Get(PyModule m, PyStr key)
    {
        var storage = m.ModuleDict.Storage;
        // Version 0 is never handed out, so an empty cache misses.
        if (storage.Version == version) return value;
        return Miss(storage, key);
    }

    private PyObject? Miss(DictStorage storage, PyStr key)
    {
        var v = storage.Get(key);
        // A missing name is not cached: the generic path raises or asks the module's __getattr__.
        if (v is not null)
        {
            version = storage.Version;
            value = v;
        }
        return v;
    }
}
