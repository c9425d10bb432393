namespace FatSharp.Interpreter.Objects;

/// <summary>
/// An instance of a user class whose solid base is <c>object</c>. Its attributes live in a values array laid out by
/// its class's <see cref="InstanceKeys"/> while they are added in the shared order; the first use of the dict itself
/// (<see cref="Dict"/>: <c>__dict__</c>, <c>vars()</c>, generic attribute code), a deletion or an attribute out of
/// order moves them into a real dict for good, in the same (insertion) order.
/// </summary>
public sealed class PyInstance(PyType type) : PyObject(type)
{
    private PyDict? dict;
    // Without a dict: values[i] is the attribute named keys[i], for i < count (so insertion order is keys' order).
    private InstanceKeys? keys;
    private PyObject[]? values;
    private int count;
    /// <summary>Values of <c>__slots__</c> attributes (see <c>Slots</c>).</summary>
    internal PyObject?[]? SlotValues;

    public override PyDict? Dict => dict ?? (count > 0 ? Materialize() : null);

    public override PyDict? GetOrCreateDict() => Type.IsHeapType && !Type.NoInstanceDict ? dict ?? Materialize() : null;

    public override PyObject? GetOwnAttribute(PyStr key)
    {
        if (dict is not null) return dict.Storage.Get(key);
        if (count == 0) return null;
        var i = keys!.IndexOf(key);
        return (uint)i < (uint)count ? values![i] : null;
    }

    /// <summary>The instance's own attribute <paramref name="key"/>, or null; the name's index is cached by the caller.</summary>
    public PyObject? GetOwnAttribute(PyStr key, ref InstanceSlotCache cache)
    {
        if (dict is not null) return dict.Storage.Get(key);
        var k = keys;
        if (k is null) return null;
        int i;
        if (ReferenceEquals(k, cache.Keys)) i = cache.Index;
        else
        {
            i = k.IndexOf(key);
            if (i < 0) return null;
            cache.Keys = k;
            cache.Index = i;
        }
        return i < count ? values![i] : null;
    }

    /// <summary>
    /// Sets the instance attribute <paramref name="key"/> (the caller checked that the class allows an instance dict
    /// and has no descriptor for it).
    /// </summary>
    public void SetOwnAttribute(PyStr key, PyObject value, ref InstanceSlotCache cache)
    {
        if (dict is not null)
        {
            dict.Storage.Set(key, key.PyHash(), value);
            return;
        }
        var k = keys ??= Type.SharedKeys ??= new InstanceKeys();
        int i;
        if (ReferenceEquals(k, cache.Keys)) i = cache.Index;
        else
        {
            i = k.IndexOf(key);
            if (i >= 0)
            {
                cache.Keys = k;
                cache.Index = i;
            }
        }
        if (i >= 0 && i < count)
        {
            values![i] = value;
            return;
        }
        // A new attribute stays in the array only when it comes next in the shared order (or extends it).
        if (i < 0 && k.Count == count) i = k.Add(key);
        if (i >= 0 && i == count)
        {
            var v = values;
            if (v is null) values = v = new PyObject[Math.Max(4, k.Count)];
            else if (count == v.Length)
            {
                Array.Resize(ref v, Math.Min(v.Length * 2, InstanceKeys.MaxCount));
                values = v;
            }
            v[count++] = value;
            return;
        }
        Materialize().Storage.Set(key, key.PyHash(), value);
    }

    /// <summary>Sets an attribute without a node cache (generic <c>setattr</c> path).</summary>
    public void SetOwnAttribute(PyStr key, PyObject value)
    {
        var cache = default(InstanceSlotCache);
        SetOwnAttribute(key, value, ref cache);
    }

    private PyDict Materialize()
    {
        var d = new PyDict(new DictStorage(count));
        for (var i = 0; i < count; i++)
        {
            var name = keys![i];
            d.Storage.Set(name, name.PyHash(), values![i]);
        }
        dict = d;
        keys = null;
        values = null;
        count = 0;
        return d;
    }
}
