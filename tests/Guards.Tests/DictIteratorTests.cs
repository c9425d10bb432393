namespace FatSharp.Guards.Tests;

public sealed class DictIteratorTests
{
    private static VersionedDict<string, object> Dict(params string[] keys)
    {
        var d = new VersionedDict<string, object>(OrdinalStringComparer.Instance);
        foreach (string key in keys)
        {
            d[key] = key.ToUpperInvariant();
        }

        return d;
    }

    [Fact]
    public void Iterates_items_in_order_then_stays_exhausted()
    {
        var d = Dict("a", "b", "c");
        var it = d.GetEnumerator();
        Assert.Equal(3, it.Remaining);
        var keys = new List<string>();
        while (it.Next(out string key, out object value) == DictIterationResult.Item)
        {
            keys.Add(key);
            Assert.Equal(key.ToUpperInvariant(), value);
        }

        Assert.Equal(["a", "b", "c"], keys);
        Assert.Equal(0, it.Remaining);
        Assert.Equal(DictIterationResult.Exhausted, it.Next(out _, out _));
        d["d"] = 1; // after exhaustion nothing is reported any more
        Assert.Equal(DictIterationResult.Exhausted, it.Next(out _, out _));
    }

    [Fact]
    public void Adding_during_iteration_reports_changed_size_and_stays_failed()
    {
        var d = Dict("a", "b");
        var it = d.GetEnumerator();
        Assert.Equal(DictIterationResult.Item, it.Next(out _, out _));
        d["c"] = 1;
        Assert.Equal(DictIterationResult.ChangedSize, it.Next(out _, out _));
        d.Remove("c");
        Assert.Equal(DictIterationResult.ChangedSize, it.Next(out _, out _));
    }

    [Fact]
    public void Removing_during_iteration_reports_changed_size()
    {
        var d = Dict("a", "b");
        var it = d.GetEnumerator();
        Assert.Equal(DictIterationResult.Item, it.Next(out _, out _));
        d.Remove("b");
        Assert.Equal(DictIterationResult.ChangedSize, it.Next(out _, out _));
    }

    [Fact]
    public void Delete_then_insert_of_another_key_reports_keys_changed()
    {
        // Same size, but a new key appears after the ones counted at the start.
        var d = Dict("a", "b");
        var it = d.GetEnumerator();
        Assert.Equal(DictIterationResult.Item, it.Next(out string first, out _));
        Assert.Equal("a", first);
        d.Remove("a");
        d["c"] = 1;
        Assert.Equal(DictIterationResult.Item, it.Next(out string second, out _));
        Assert.Equal("b", second);
        Assert.Equal(DictIterationResult.KeysChanged, it.Next(out _, out _));
        Assert.Equal(DictIterationResult.Exhausted, it.Next(out _, out _));
    }

    [Fact]
    public void Overwriting_values_during_iteration_is_allowed()
    {
        var d = Dict("a", "b");
        var seen = new List<object>();
        foreach (var item in d)
        {
            d["b"] = "new";
            seen.Add(item.Value);
        }

        Assert.Equal<object>(["A", "new"], seen);
    }

    [Fact]
    public void Foreach_throws_the_python_message_on_mutation()
    {
        var d = Dict("a", "b");
        var error = Assert.Throws<DictMutationException>(() =>
        {
            foreach (var item in d)
            {
                d["x" + item.Key] = 1;
            }
        });
        Assert.Equal("dictionary changed size during iteration", error.Message);
    }

    [Fact]
    public void Position_iteration_skips_holes()
    {
        var d = Dict("a", "b", "c", "d");
        d.Remove("b");
        d.Remove("d");
        int position = 0;
        var keys = new List<string>();
        while (d.TryGetNext(ref position, out string? key, out _))
        {
            keys.Add(key);
        }

        Assert.Equal(["a", "c"], keys);
    }

    [Fact]
    public void Update_detects_a_source_changed_by_a_key_comparison()
    {
        var target = new VersionedDict<object, object>(Support.ObjectKeyComparer.Instance);
        var source = new VersionedDict<object, object>(Support.ObjectKeyComparer.Instance);
        var existing = new Support.TestKey(1, 9);
        target[existing] = 0;
        var incoming = new Support.TestKey(1, 9);
        source[incoming] = 1;
        source["later"] = 2;
        incoming.OnCompare = () => source["added"] = 3;
        var error = Assert.Throws<DictMutationException>(() => target.Update(source));
        Assert.Equal("dict mutated during update", error.Message);
    }
}
