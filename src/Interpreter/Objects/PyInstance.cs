using System.Runtime.CompilerServices;

namespace FatSharp.Interpreter.Objects;

/// <summary>
/// An instance of a user class whose solid base is <c>object</c>. Its attributes live in value slots laid out by its
/// class's <see cref="InstanceKeys"/> while they are added in the shared order (the first four inside the object, the
/// rest in an array); the first use of the dict itself (<see cref="Dict"/>: <c>__dict__</c>, <c>vars()</c>, generic
/// attribute code), a deletion or an attribute out of order moves them into a real dict for good, in the same
/// (insertion) order.
/// </summary>
public sealed class PyInstance : PyObject
{
    private const int InlineCount = 4;

    [InlineArray(InlineCount)]
    private struct InlineValues
    {
        private PyObject? first;
    }

    private PyDict? dict;
    // Without a dict: value i is the attribute named keys[i], for i < count (so insertion order is keys' order).
    private InstanceKeys? keys;
    private InlineValues inline;
    private PyObject?[]? overflow;
    private int count;
    /// <summary>Values of <c>__slots__</c> attributes (see <c>Slots</c>).</summary>
    internal PyObject?[]? SlotValues;

    // The class's key list from the start: the first attribute store takes the inlined path too.
    public PyInstance(PyType type) : base(type) => keys = type.SharedKeys ??= new InstanceKeys();

    public override PyDict? Dict => dict ?? (count > 0 ? Materialize() : null);

    public override PyDict? GetOrCreateDict() => Type.IsHeapType && !Type.NoInstanceDict ? dict ?? Materialize() : null;

    private PyObject Value(int i) => i < InlineCount ? inline[i]! : overflow![i - InlineCount]!;

    public override PyObject? GetOwnAttribute(PyStr key)
    {
        var k = keys;
        if (k is null) return dict?.Storage.Get(key);
        // The usual question before a method call through an instance, answered "no" by the filter.
        if (!k.MayContain(key)) return null;
        var i = k.IndexOf(key);
        return (uint)i < (uint)count ? Value(i) : null;
    }

    /// <summary>The instance's own attribute <paramref name="key"/>, or null; the name's index is cached by the caller.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject? GetOwnAttribute(PyStr key, ref InstanceSlotCache cache)
    {
        // Inlined part: the value at the index remembered for this instance's key list.
        var k = keys;
        if (k is not null && ReferenceEquals(k, cache.Keys0))
        {
            var i = cache.Index0;
            if (i < count) return i < InlineCount ? inline[i] : overflow![i - InlineCount];
        }
        return GetOwnAttributeSlow(key, ref cache);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private PyObject? GetOwnAttributeSlow(PyStr key, ref InstanceSlotCache cache)
    {
        // Keys and dict are never both set: no keys means a dict.
        var k = keys;
        if (k is null) return dict?.Storage.Get(key);
        var i = cache.Find(k);
        if (i < 0)
        {
            i = k.IndexOf(key);
            if (i < 0) return null;
            cache.Remember(k, i);
        }
        return i < count ? Value(i) : null;
    }

    /// <summary>
    /// Sets the instance attribute <paramref name="key"/> (the caller checked that the class allows an instance dict
    /// and has no descriptor for it).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetOwnAttribute(PyStr key, PyObject value, ref InstanceSlotCache cache)
    {
        // Inlined part: an inline value replaced, or added next in the shared order.
        var k = keys;
        if (k is not null && ReferenceEquals(k, cache.Keys0))
        {
            var i = cache.Index0;
            if (i < InlineCount && i <= count)
            {
                inline[i] = value;
                if (i == count) count++;
                return;
            }
        }
        SetOwnAttributeSlow(key, value, ref cache);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SetOwnAttributeSlow(PyStr key, PyObject value, ref InstanceSlotCache cache)
    {
        var k = keys;
        if (k is null)
        {
            if (dict is not null)
            {
                dict.Storage.Set(key, key.PyHash(), value);
                return;
            }
            keys = k = Type.SharedKeys ??= new InstanceKeys();
        }
        var i = cache.Find(k);
        if (i < 0)
        {
            i = k.IndexOf(key);
            // A new attribute stays in the slots only when it comes next in the shared order (or extends it).
            if (i < 0 && k.Count == count) i = k.Add(key);
            if (i >= 0) cache.Remember(k, i);
        }
        if ((uint)i > (uint)count)
        {
            Materialize().Storage.Set(key, key.PyHash(), value);
            return;
        }
        if (i < InlineCount) inline[i] = value;
        else
        {
            var o = overflow;
            if (o is null) overflow = o = new PyObject?[Math.Max(4, k.Count - InlineCount)];
            else if (i - InlineCount == o.Length)
            {
                Array.Resize(ref o, Math.Min(o.Length * 2, InstanceKeys.MaxCount - InlineCount));
                overflow = o;
            }
            o[i - InlineCount] = value;
        }
        if (i == count) count++;
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
            d.Storage.Set(name, name.PyHash(), Value(i));
        }
        dict = d;
        keys = null;
        inline = default;
        overflow = null;
        count = 0;
        return d;
    }
}
