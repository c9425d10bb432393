using FatSharp.Guards.Tests.Support;

namespace FatSharp.Guards.Tests;

public sealed class GuardDictTests
{
    private static GuardResult Check(Guard<object> guard) => guard.Check([], []);

    private static VersionedDict<object, object> Dict(params (string Key, object Value)[] items)
    {
        var d = TestHost.NewDict();
        foreach ((string key, object value) in items)
        {
            d[key] = value;
        }

        return d;
    }

    [Fact]
    public void Passes_while_nothing_changes()
    {
        var d = Dict(("x", 1), ("y", 2));
        var guard = new GuardDict<object>(d, "x");
        Assert.Equal(GuardResult.Pass, Check(guard));
        Assert.Equal(GuardResult.Pass, Check(guard));
        Assert.Same(d, guard.Dict);
        Assert.Equal(["x"], guard.Keys.ToArray());
    }

    [Fact]
    public void Change_of_another_key_takes_the_slow_path_and_re_arms()
    {
        var watchedKey = new TestKey(1, 5);
        var d = TestHost.NewDict();
        d[watchedKey] = "value";
        var guard = new GuardDict<object>(d, watchedKey);
        d["other"] = 1;
        int before = watchedKey.Comparisons;

        // Slow path: a lookup by identity finds the key (no comparisons); the guard re-arms.
        Assert.Equal(GuardResult.Pass, Check(guard));
        Assert.Equal(before, watchedKey.Comparisons);

        // Re-armed: the next check does no lookup at all. A lookup of a non-identical equal key
        // would call the comparer, so use one and count.
        var equalKey = new TestKey(1, 5);
        var guard2 = new GuardDict<object>(d, equalKey);
        int comparisons = equalKey.Comparisons;
        d["other"] = 2;
        Assert.Equal(GuardResult.Pass, Check(guard2));
        Assert.Equal(comparisons + 1, equalKey.Comparisons);
        Assert.Equal(GuardResult.Pass, Check(guard2));
        Assert.Equal(GuardResult.Pass, Check(guard2));
        Assert.Equal(comparisons + 1, equalKey.Comparisons);
    }

    [Fact]
    public void Replacing_the_value_always_fails()
    {
        var d = Dict(("x", 1));
        var guard = new GuardDict<object>(d, "x");
        d["x"] = 2;
        Assert.Equal(GuardResult.AlwaysFails, Check(guard));
        Assert.Equal(GuardResult.AlwaysFails, Check(guard));
    }

    [Fact]
    public void Replacing_with_an_equal_but_different_object_fails()
    {
        string first = new(['v']);
        var d = Dict(("x", first));
        var guard = new GuardDict<object>(d, "x");
        d["x"] = new string(['v']);
        Assert.Equal(GuardResult.AlwaysFails, Check(guard));
    }

    [Fact]
    public void Setting_the_same_object_again_keeps_passing()
    {
        object value = new();
        var d = Dict(("x", value));
        var guard = new GuardDict<object>(d, "x");
        d["x"] = value;
        Assert.Equal(GuardResult.Pass, Check(guard));
    }

    [Fact]
    public void Deleting_a_watched_key_fails()
    {
        var d = Dict(("x", 1), ("y", 2));
        var guard = new GuardDict<object>(d, "x", "y");
        d.Remove("y");
        Assert.Equal(GuardResult.AlwaysFails, Check(guard));
    }

    [Fact]
    public void Absent_key_passes_while_absent_and_fails_once_added()
    {
        var d = Dict(("x", 1));
        var guard = new GuardDict<object>(d, "missing");
        Assert.False(guard.TryGetWatchedValue(0, out _));
        d["other"] = 1;
        Assert.Equal(GuardResult.Pass, Check(guard));
        d.Remove("other");
        Assert.Equal(GuardResult.Pass, Check(guard));
        d["missing"] = 1;
        Assert.Equal(GuardResult.AlwaysFails, Check(guard));
    }

    [Fact]
    public void Deleted_and_restored_same_object_passes()
    {
        object value = new();
        var d = Dict(("x", value));
        var guard = new GuardDict<object>(d, "x");
        d.Remove("x");
        d["x"] = value;
        Assert.Equal(GuardResult.Pass, Check(guard));
    }

    [Fact]
    public void Clear_fails_a_guard_on_a_present_key()
    {
        var d = Dict(("x", 1));
        var guard = new GuardDict<object>(d, "x");
        d.Clear();
        Assert.Equal(GuardResult.AlwaysFails, Check(guard));
    }

    [Fact]
    public void Any_watched_key_of_many_can_fail_it()
    {
        var d = Dict();
        var keys = Enumerable.Range(0, 100).Select(i => (object)("k" + i)).ToArray();
        foreach (object key in keys)
        {
            d[key] = new object();
        }

        var guard = new GuardDict<object>(d, keys);
        d["unwatched"] = 1;
        Assert.Equal(GuardResult.Pass, Check(guard));
        d["k99"] = new object();
        Assert.Equal(GuardResult.AlwaysFails, Check(guard));
    }

    [Fact]
    public void Many_guards_on_one_dict_are_independent()
    {
        var d = Dict(("a", 1), ("b", 2));
        var onA = new GuardDict<object>(d, "a");
        var onB = new GuardDict<object>(d, "b");
        d["b"] = 3;
        Assert.Equal(GuardResult.Pass, Check(onA));
        Assert.Equal(GuardResult.AlwaysFails, Check(onB));
    }

    [Fact]
    public void Lookup_errors_propagate_from_creation_and_from_the_slow_path()
    {
        var d = TestHost.NewDict();
        var stored = new TestKey(1, 5);
        d[stored] = 1;
        var raising = new TestKey(1, 5) { ThrowOnCompare = new FormatException("eq") };
        Assert.Throws<FormatException>(() => new GuardDict<object>(d, raising));

        var probe = new TestKey(1, 5);
        var guard = new GuardDict<object>(d, probe);
        probe.ThrowOnCompare = new FormatException("eq later");
        Assert.Equal(GuardResult.Pass, Check(guard)); // fast path: no lookup
        d["other"] = 1;
        Assert.Throws<FormatException>(() => Check(guard));
        probe.ThrowOnCompare = null;
        Assert.Equal(GuardResult.Pass, Check(guard)); // not re-armed by the failed check
    }

    [Fact]
    public void Needs_at_least_one_key()
    {
        Assert.Throws<ArgumentException>(() => new GuardDict<object>(Dict()));
    }
}
