using FatSharp.Guards.Tests.Support;

namespace FatSharp.Guards.Tests;

/// <summary>The bump rules of PEP 509 as CPython's test_dict_version checks them: which operations change a version and which do not.</summary>
public sealed class DictVersionTests
{
    private static VersionedDict<object, object> NewDict() => new(ObjectKeyComparer.Instance);

    private static VersionedDict<object, object> DictWith(params (string Key, object Value)[] items)
    {
        var d = NewDict();
        foreach ((string key, object value) in items)
        {
            d[key] = value;
        }

        return d;
    }

    private static void AssertBumps(VersionedDict<object, object> d, Action change)
    {
        ulong before = d.Version;
        change();
        Assert.NotEqual(before, d.Version);

        // Versions increase on one thread; every version is below the reserved bound.
        Assert.True(d.Version > before && d.Version < DictVersion.Current);
    }

    private static void AssertUnchanged(VersionedDict<object, object> d, Action action)
    {
        ulong before = d.Version;
        action();
        Assert.Equal(before, d.Version);
    }

    [Fact]
    public void Every_new_dict_has_a_unique_version_even_empty_ones()
    {
        var versions = new HashSet<ulong>();
        for (int i = 0; i < 1000; i++)
        {
            Assert.True(versions.Add(NewDict().Version));
        }
    }

    [Fact]
    public void Versions_increase_on_one_thread_and_stay_below_the_reserved_bound()
    {
        ulong previous = NewDict().Version;
        for (int i = 0; i < 3 * DictVersion.BlockSize; i++)
        {
            ulong version = NewDict().Version;
            Assert.True(version > previous);
            Assert.True(version < DictVersion.Current);
            previous = version;
        }
    }

    [Fact]
    public void Versions_stay_unique_across_threads()
    {
        // Several blocks per thread, on threads that run at the same time.
        const int perThread = 20 * DictVersion.BlockSize;
        var results = new ulong[4][];
        using var start = new Barrier(4);
        var threads = Enumerable.Range(0, 4).Select(t => new Thread(() =>
        {
            var mine = new ulong[perThread];
            var d = NewDict();
            start.SignalAndWait();
            for (int i = 0; i < perThread; i++)
            {
                d["k"] = new object();
                mine[i] = d.Version;
            }

            results[t] = mine;
        })).ToArray();
        foreach (Thread thread in threads)
        {
            thread.Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        var all = results.SelectMany(r => r).ToArray();
        Assert.Equal(all.Length, all.Distinct().Count());
    }

    [Fact]
    public void Set_new_key_bumps()
    {
        var d = NewDict();
        AssertBumps(d, () => d["x"] = 1);
    }

    [Fact]
    public void Set_the_same_object_does_not_bump()
    {
        object value = new();
        var d = DictWith(("x", value));
        AssertUnchanged(d, () => d["x"] = value);
        AssertUnchanged(d, () => d["x"] = d["x"]);
    }

    [Fact]
    public void Set_an_equal_but_different_object_bumps()
    {
        string first = new(['a', 'b']);
        string second = new(['a', 'b']);
        var d = DictWith(("x", first));
        AssertBumps(d, () => d["x"] = second);
        Assert.Same(second, d["x"]);
    }

    [Fact]
    public void Set_value_type_dict_always_bumps_on_overwrite()
    {
        // A value type has no identity: an overwrite counts as a change (documented rule).
        var d = new VersionedDict<string, int>(OrdinalStringComparer.Instance);
        d["x"] = 1;
        ulong before = d.Version;
        d["x"] = 1;
        Assert.NotEqual(before, d.Version);
    }

    [Fact]
    public void Update_bumps_per_changed_item()
    {
        object same = new();
        var d = DictWith(("x", same), ("y", 1));
        AssertUnchanged(d, () => d.Update(DictWith(("x", same))));
        AssertBumps(d, () => d.Update(DictWith(("x", new object()))));
        AssertBumps(d, () => d.Update(DictWith(("z", 3))));
    }

    [Fact]
    public void Update_with_an_empty_dict_does_not_bump()
    {
        var d = DictWith(("x", 1));
        AssertUnchanged(d, () => d.Update(NewDict()));
    }

    [Fact]
    public void Setdefault_bumps_only_when_it_inserts()
    {
        var d = NewDict();
        AssertBumps(d, () => d.SetDefault("x", 1));
        AssertUnchanged(d, () => d.SetDefault("x", 2));
    }

    [Fact]
    public void Del_bumps_for_an_existing_key_only()
    {
        var d = DictWith(("x", 1));
        AssertBumps(d, () => Assert.True(d.Remove("x")));
        AssertUnchanged(d, () => Assert.False(d.Remove("x")));
    }

    [Fact]
    public void Pop_bumps_for_an_existing_key_only()
    {
        var d = DictWith(("x", 1));
        AssertBumps(d, () => Assert.True(d.TryRemove("x", out _)));
        AssertUnchanged(d, () => Assert.False(d.TryRemove("x", out _)));
    }

    [Fact]
    public void Popitem_bumps_unless_empty()
    {
        var d = DictWith(("x", 1));
        AssertBumps(d, () => Assert.True(d.TryPopLast(out _, out _)));
        AssertUnchanged(d, () => Assert.False(d.TryPopLast(out _, out _)));
    }

    [Fact]
    public void Clear_bumps_unless_empty()
    {
        var d = DictWith(("x", 1));
        AssertBumps(d, d.Clear);
        AssertUnchanged(d, d.Clear);
    }

    [Fact]
    public void Copy_gets_a_fresh_version_and_leaves_the_source_alone()
    {
        var d = DictWith(("x", 1));
        ulong before = d.Version;
        var copy = d.Copy();
        Assert.Equal(before, d.Version);
        Assert.NotEqual(before, copy.Version);
        Assert.True(copy.Version > before && copy.Version < DictVersion.Current);
        Assert.NotEqual(NewDict().Copy().Version, copy.Version);
    }

    [Fact]
    public void Reads_and_iteration_do_not_bump()
    {
        var d = DictWith(("x", 1), ("y", 2));
        AssertUnchanged(d, () =>
        {
            d.TryGetValue("x", out _);
            d.TryGetValue("missing", out _);
            _ = d.ContainsKey("y");
            _ = d["x"];
            _ = d.Count;
            foreach (var item in d)
            {
                _ = item;
            }
        });
    }

    [Fact]
    public void Failed_lookup_during_set_does_not_bump()
    {
        var d = NewDict();
        d[new TestKey(1, 1)] = 1;
        ulong before = d.Version;
        var bad = new TestKey(1, 1) { ThrowOnCompare = new FormatException() };
        Assert.Throws<FormatException>(() => d[bad] = 2);
        Assert.Equal(before, d.Version);
    }
}
