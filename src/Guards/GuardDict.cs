using System.Runtime.CompilerServices;

namespace FatSharp.Guards;

/// <summary>
/// Watches keys of one dict (fat's <c>GuardDict(dict, *keys)</c>): passes while each key is bound
/// to the very object it was bound to at creation (or is still absent), otherwise always fails.
/// </summary>
/// <remarks>
/// Fast path: the dict's version is the one stored, so nothing changed: one comparison, whatever
/// the dict's size, the number of keys, or how many other guards watch the dict. Slow path (some
/// key of the dict changed): look the watched keys up again with their cached hashes; if all are
/// unchanged, store the new version (re-arm) and pass. No callback list is kept on the dict.
/// </remarks>
public class GuardDict<TObj> : Guard<TObj>
    where TObj : class
{
    private struct WatchedKey
    {
        public TObj Key;
        public int Hash;
        public bool Present;
        public TObj? Value;
    }

    private readonly VersionedDict<TObj, TObj> _dict;
    private readonly WatchedKey[] _watched;
    private readonly TObj[] _keys;
    private ulong _version;

    /// <summary>
    /// Captures the current value (or absence) of each key. Lookup errors (a raising
    /// <c>__eq__</c>) propagate.
    /// </summary>
    public GuardDict(VersionedDict<TObj, TObj> dict, params ReadOnlySpan<TObj> keys)
    {
        ArgumentNullException.ThrowIfNull(dict);
        if (keys.IsEmpty)
        {
            throw new ArgumentException("keys must at least contain one key", nameof(keys));
        }

        _dict = dict;
        _keys = keys.ToArray();
        _watched = new WatchedKey[_keys.Length];

        // Read the version first: a lookup that changes the dict then only costs a slow path.
        _version = dict.Version;
        for (int i = 0; i < _keys.Length; i++)
        {
            TObj key = _keys[i];
            int hash = dict.Hash(key);
            bool present = dict.TryGetValue(key, hash, out TObj? value);
            _watched[i] = new WatchedKey { Key = key, Hash = hash, Present = present, Value = value };
        }
    }

    /// <summary>The watched dict.</summary>
    public VersionedDict<TObj, TObj> Dict => _dict;

    /// <summary>The watched keys, in order.</summary>
    public ReadOnlySpan<TObj> Keys => _keys;

    /// <summary>The value key <paramref name="index"/> had at creation; false if it was absent.</summary>
    public bool TryGetWatchedValue(int index, out TObj? value)
    {
        value = _watched[index].Value;
        return _watched[index].Present;
    }

    public override GuardResult Check(ReadOnlySpan<TObj> args, ReadOnlySpan<string> kwnames) => CheckDict();

    /// <summary>Dict guards (and GuardGlobals, GuardBuiltins) look at namespaces only.</summary>
    public override bool ReadsArguments => false;

    /// <summary>The dict check alone (no arguments needed): <see cref="GuardResult.Pass"/> or <see cref="GuardResult.AlwaysFails"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public GuardResult CheckDict() => _dict.Version == _version ? GuardResult.Pass : Recheck();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GuardResult Recheck()
    {
        // Read before the lookups: if one of them changes the dict, the next check looks again.
        ulong version = _dict.Version;
        WatchedKey[] watched = _watched;
        for (int i = 0; i < watched.Length; i++)
        {
            ref WatchedKey key = ref watched[i];
            bool present = _dict.TryGetValue(key.Key, key.Hash, out TObj? value);
            if (present != key.Present || !ReferenceEquals(value, key.Value))
            {
                return GuardResult.AlwaysFails;
            }
        }

        _version = version;
        return GuardResult.Pass;
    }
}
