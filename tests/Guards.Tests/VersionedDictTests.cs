using FatSharp.Guards.Tests.Support;

namespace FatSharp.Guards.Tests;

public sealed class VersionedDictTests
{
    private static VersionedDict<string, object> NewStringDict() => new(OrdinalStringComparer.Instance);

    private static List<KeyValuePair<string, object>> Items(VersionedDict<string, object> dict)
    {
        var items = new List<KeyValuePair<string, object>>();
        foreach (KeyValuePair<string, object> item in dict)
        {
            items.Add(item);
        }

        return items;
    }

    private static string[] Keys(VersionedDict<string, object> dict) => Items(dict).Select(i => i.Key).ToArray();

    [Fact]
    public void Set_then_get_returns_the_value()
    {
        var d = NewStringDict();
        object value = new();
        d["a"] = value;
        Assert.True(d.TryGetValue("a", out object? found));
        Assert.Same(value, found);
        Assert.Same(value, d["a"]);
        Assert.Equal(1, d.Count);
    }

    [Fact]
    public void Missing_key_is_not_found_without_throwing()
    {
        var d = NewStringDict();
        Assert.False(d.TryGetValue("a", out _));
        d["b"] = 1;
        Assert.False(d.TryGetValue("a", out _));
        Assert.False(d.ContainsKey("a"));
        Assert.Throws<KeyNotFoundException>(() => d["a"]);
    }

    [Fact]
    public void Keys_compare_by_value_not_identity()
    {
        var d = NewStringDict();
        d["name"] = 1;
        string other = new(['n', 'a', 'm', 'e']);
        Assert.True(d.TryGetValue(other, out object? v));
        Assert.Equal(1, v);
    }

    [Fact]
    public void Insertion_order_is_kept_across_overwrites_and_deletes()
    {
        var d = NewStringDict();
        d["a"] = 1;
        d["b"] = 2;
        d["c"] = 3;
        d["a"] = 10; // overwrite keeps the position
        Assert.Equal(["a", "b", "c"], Keys(d));
        Assert.True(d.Remove("b"));
        d["b"] = 20; // re-inserted goes last
        d["d"] = 4;
        Assert.Equal(["a", "c", "b", "d"], Keys(d));
        Assert.Equal<object>([10, 3, 20, 4], Items(d).Select(i => i.Value).ToArray());
    }

    [Fact]
    public void Overwriting_keeps_the_stored_key_object()
    {
        var d = new VersionedDict<object, object>(ObjectKeyComparer.Instance);
        var first = new TestKey(1, 5);
        var second = new TestKey(1, 5);
        d[first] = "x";
        d[second] = "y";
        int position = 0;
        Assert.True(d.TryGetNext(ref position, out object? key, out object? value));
        Assert.Same(first, key);
        Assert.Equal("y", value);
    }

    [Fact]
    public void Pop_returns_the_value_and_removes_the_key()
    {
        var d = NewStringDict();
        d["a"] = 1;
        d["b"] = 2;
        Assert.True(d.TryRemove("a", out object? v));
        Assert.Equal(1, v);
        Assert.False(d.TryRemove("a", out _));
        Assert.False(d.Remove("zz"));
        Assert.Equal(["b"], Keys(d));
    }

    [Fact]
    public void Popitem_removes_in_last_in_first_out_order()
    {
        var d = NewStringDict();
        d["a"] = 1;
        d["b"] = 2;
        d["c"] = 3;
        d.Remove("c");
        Assert.True(d.TryPopLast(out string? k, out object? v));
        Assert.Equal(("b", 2), (k, v));
        d["x"] = 9;
        Assert.Equal(["a", "x"], Keys(d));
        Assert.True(d.TryPopLast(out k, out _));
        Assert.Equal("x", k);
        Assert.True(d.TryPopLast(out k, out _));
        Assert.Equal("a", k);
        Assert.False(d.TryPopLast(out _, out _));
        Assert.Equal(0, d.Count);
    }

    [Fact]
    public void Setdefault_inserts_only_when_absent()
    {
        var d = NewStringDict();
        object first = new();
        object second = new();
        Assert.Same(first, d.SetDefault("a", first));
        Assert.Same(first, d.SetDefault("a", second));
        Assert.Equal(1, d.Count);
    }

    [Fact]
    public void Clear_empties_and_the_dict_stays_usable()
    {
        var d = NewStringDict();
        for (int i = 0; i < 50; i++)
        {
            d["k" + i] = i;
        }

        d.Clear();
        Assert.Equal(0, d.Count);
        Assert.False(d.TryGetValue("k1", out _));
        Assert.Empty(Keys(d));
        d["z"] = 1;
        Assert.Equal(["z"], Keys(d));
    }

    [Fact]
    public void Update_sets_each_item_in_the_source_order()
    {
        var d = NewStringDict();
        d["a"] = 1;
        d["b"] = 2;
        var other = NewStringDict();
        other["c"] = 3;
        other["a"] = 10;
        other["x"] = 0;
        other.Remove("x");
        d.Update(other);
        Assert.Equal(["a", "b", "c"], Keys(d));
        Assert.Equal(10, d["a"]);
        Assert.Equal(3, d["c"]);
    }

    [Fact]
    public void Update_with_another_comparer_rehashes()
    {
        var d = new VersionedDict<object, object>(ObjectKeyComparer.Instance);
        var other = new VersionedDict<object, object>(new ReversedHashComparer());
        other["a"] = 1;
        other["b"] = 2;
        d.Update(other);
        Assert.Equal(1, d["a"]);
        Assert.Equal(2, d["b"]);
    }

    [Fact]
    public void Update_from_itself_changes_nothing()
    {
        var d = NewStringDict();
        d["a"] = 1;
        d["b"] = 2;
        ulong version = d.Version;
        d.Update(d);
        Assert.Equal(version, d.Version);
        Assert.Equal(["a", "b"], Keys(d));
    }

    [Fact]
    public void Copy_has_the_same_items_in_order_and_is_independent()
    {
        var d = NewStringDict();
        for (int i = 0; i < 20; i++)
        {
            d["k" + i] = i;
        }

        d.Remove("k3"); // a hole: the copy is compacted
        var copy = d.Copy();
        Assert.Equal(Keys(d), Keys(copy));
        copy["k3"] = 3;
        copy.Remove("k0");
        Assert.False(d.ContainsKey("k3"));
        Assert.True(d.ContainsKey("k0"));

        var d2 = NewStringDict();
        d2["a"] = 1;
        var copy2 = d2.Copy(); // no holes: arrays cloned
        copy2["b"] = 2;
        Assert.Equal(["a"], Keys(d2));
        Assert.Equal(["a", "b"], Keys(copy2));
    }

    [Fact]
    public void Lookup_with_a_precomputed_hash()
    {
        var d = NewStringDict();
        int hash = d.Hash("name");
        d.Set("name", hash, 1);
        Assert.True(d.TryGetValue("name", hash, out object? v));
        Assert.Equal(1, v);
        Assert.True(d.ContainsKey("name", hash));
        Assert.Equal(1, d.SetDefault("name", hash, 2));
        Assert.True(d.TryRemove("name", hash, out _));
        Assert.False(d.ContainsKey("name", hash));
    }

    [Fact]
    public void Keys_with_colliding_hashes_are_kept_apart()
    {
        var d = new VersionedDict<object, object>(ObjectKeyComparer.Instance);
        var keys = Enumerable.Range(0, 40).Select(i => new TestKey(i, 7)).ToArray();
        foreach (TestKey key in keys)
        {
            d[key] = key.Id;
        }

        foreach (TestKey key in keys)
        {
            Assert.Equal(key.Id, d[new TestKey(key.Id, 7)]);
        }

        Assert.True(d.Remove(new TestKey(20, 7)));
        Assert.True(d.Remove(keys[0]));
        Assert.True(d.Remove(keys[39]));
        Assert.False(d.ContainsKey(keys[20]));
        Assert.Equal(37, d.Count);
        Assert.Equal(21, d[keys[21]]);
    }

    [Fact]
    public void Same_object_key_is_found_without_calling_equal()
    {
        var d = new VersionedDict<object, object>(ObjectKeyComparer.Instance);
        var key = new TestKey(1, 3) { ThrowOnCompare = new InvalidOperationException("eq called") };
        d[key] = 1;
        Assert.Equal(1, d[key]);
        Assert.Equal(0, key.Comparisons);
    }

    [Fact]
    public void Equal_is_called_only_for_same_hash_keys()
    {
        var d = new VersionedDict<object, object>(ObjectKeyComparer.Instance);
        var stored = new TestKey(1, 3);
        d[stored] = 1;
        Assert.False(d.ContainsKey(new TestKey(2, 4)));
        Assert.Equal(0, stored.Comparisons);
        Assert.False(d.ContainsKey(new TestKey(2, 3)));
        Assert.Equal(1, stored.Comparisons);
    }

    [Fact]
    public void Exception_from_a_key_comparison_propagates_and_leaves_the_dict_intact()
    {
        var d = new VersionedDict<object, object>(ObjectKeyComparer.Instance);
        var stored = new TestKey(1, 3);
        d[stored] = 1;
        ulong version = d.Version;
        var probe = new TestKey(1, 3) { ThrowOnCompare = new FormatException("boom") };
        Assert.Throws<FormatException>(() => d.TryGetValue(probe, out _));
        Assert.Throws<FormatException>(() => d[probe] = 2);
        Assert.Throws<FormatException>(() => d.Remove(probe));
        Assert.Equal(version, d.Version);
        Assert.Equal(1, d[stored]);
    }

    [Fact]
    public void Exception_from_hashing_propagates()
    {
        var d = new VersionedDict<object, object>(new ThrowingHashComparer());
        Assert.Throws<ArithmeticException>(() => d["x"] = 1);
        Assert.Equal(0, d.Count);
    }

    [Fact]
    public void Lookup_restarts_when_a_comparison_mutates_the_dict()
    {
        var d = new VersionedDict<object, object>(ObjectKeyComparer.Instance);
        var a = new TestKey(1, 3);
        var b = new TestKey(2, 3);
        d[a] = "a";
        d[b] = "b";
        int mutations = 0;
        var probe = new TestKey(1, 3);
        probe.OnCompare = () =>
        {
            if (mutations++ == 0)
            {
                // Drop and re-add 'a' and grow the dict while it is being searched.
                d.Remove(a);
                for (int i = 0; i < 30; i++)
                {
                    d["filler" + i] = i;
                }

                d[a] = "a2";
            }
        };
        Assert.True(d.TryGetValue(probe, out object? value));
        Assert.Equal("a2", value);
    }

    [Fact]
    public void Growth_and_compaction_keep_every_item_and_the_order()
    {
        // Model check against a list of pairs kept in Python's order.
        var random = new Random(1234);
        var d = NewStringDict();
        var model = new List<KeyValuePair<string, object>>();
        for (int step = 0; step < 20000; step++)
        {
            string key = "k" + random.Next(300);
            int op = random.Next(10);
            int at = model.FindIndex(p => p.Key == key);
            if (op < 5)
            {
                object value = step;
                d[key] = value;
                if (at >= 0)
                {
                    model[at] = new(key, value);
                }
                else
                {
                    model.Add(new(key, value));
                }
            }
            else if (op < 8)
            {
                Assert.Equal(at >= 0, d.TryRemove(key, out object? removed));
                if (at >= 0)
                {
                    Assert.Equal(model[at].Value, removed);
                    model.RemoveAt(at);
                }
            }
            else if (op < 9)
            {
                bool popped = d.TryPopLast(out string? k, out object? v);
                Assert.Equal(model.Count > 0, popped);
                if (popped)
                {
                    Assert.Equal(model[^1], new KeyValuePair<string, object>(k!, v!));
                    model.RemoveAt(model.Count - 1);
                }
            }
            else
            {
                Assert.Equal(at >= 0, d.TryGetValue(key, out object? v));
                if (at >= 0)
                {
                    Assert.Equal(model[at].Value, v);
                }
            }

            Assert.Equal(model.Count, d.Count);
            if (step % 500 == 0)
            {
                Assert.Equal(model, Items(d));
            }
        }

        Assert.Equal(model, Items(d));
        Assert.Equal(model, Items(d.Copy()));
    }

    [Fact]
    public void A_large_dict_finds_every_key()
    {
        var d = NewStringDict();
        for (int i = 0; i < 100_000; i++)
        {
            d["key" + i] = i;
        }

        Assert.Equal(100_000, d.Count);
        for (int i = 0; i < 100_000; i += 7)
        {
            Assert.Equal(i, d["key" + i]);
        }
    }

    [Fact]
    public void Value_type_keys_and_values_work()
    {
        var d = new VersionedDict<int, int>(new IntComparer(), capacity: 3);
        for (int i = 0; i < 100; i++)
        {
            d[i * 1024] = i; // a pattern that a plain mask would pile into one bucket
        }

        Assert.Equal(100, d.Count);
        Assert.Equal(42, d[42 * 1024]);
        Assert.True(d.Remove(0));
        Assert.False(d.ContainsKey(0));
    }

    [Fact]
    public void Constructor_rejects_bad_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => new VersionedDict<string, object>(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new VersionedDict<string, object>(OrdinalStringComparer.Instance, -1));
    }

    [Fact]
    public void Insert_delete_churn_keeps_order_and_content()
    {
        var d = NewStringDict();
        for (int i = 0; i < 100; i++)
        {
            d["k" + i] = i;
        }

        // Delete the oldest and append a new key, many times: holes at the front are compacted.
        for (int i = 0; i < 5000; i++)
        {
            Assert.True(d.Remove("k" + i));
            d["k" + (i + 100)] = i + 100;
            Assert.Equal(100, d.Count);
        }

        Assert.Equal(Enumerable.Range(5000, 100).Select(i => "k" + i), Keys(d));

        // Insert then delete the newest: the slot is given back.
        for (int i = 0; i < 1000; i++)
        {
            d["tmp"] = i;
            Assert.True(d.Remove("tmp"));
        }

        Assert.Equal(Enumerable.Range(5000, 100).Select(i => "k" + i), Keys(d));
    }

    [Fact]
    public void Removing_the_last_items_then_appending_keeps_order()
    {
        var d = NewStringDict();
        d["a"] = 1;
        d["b"] = 2;
        d["c"] = 3;
        d.Remove("b");
        d.Remove("c"); // trailing holes, including the earlier "b", are given back
        d["d"] = 4;
        Assert.Equal(["a", "d"], Keys(d));
        Assert.False(d.ContainsKey("b"));
        Assert.False(d.ContainsKey("c"));
    }

    private sealed class ReversedHashComparer : IKeyComparer<object>
    {
        public int Hash(object key) => ~key.GetHashCode();

        public bool Equal(object stored, object key) => stored.Equals(key);
    }

    private sealed class ThrowingHashComparer : IKeyComparer<object>
    {
        public int Hash(object key) => throw new ArithmeticException("unhashable");

        public bool Equal(object stored, object key) => stored.Equals(key);
    }

    private sealed class IntComparer : IKeyComparer<int>
    {
        public int Hash(int key) => key;

        public bool Equal(int stored, int key) => stored == key;
    }
}
