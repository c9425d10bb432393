using FatSharp.Guards.Tests.Support;

namespace FatSharp.Guards.Tests;

public sealed class SpecializationListTests
{
    private readonly List<string> _log = [];
    private readonly object _function = new TestObject("f");

    private SpecializationList<object, string> NewList() => new(_function);

    private ScriptedGuard Guard(string name, GuardResult result = GuardResult.Pass) => new(name, _log, result);

    private string? Select(SpecializationList<object, string> list) => list.Select([], []);

    [Fact]
    public void Empty_list_selects_nothing()
    {
        Assert.Null(Select(NewList()));
    }

    [Fact]
    public void Add_runs_inits_in_order_with_the_function()
    {
        var list = NewList();
        var a = Guard("a");
        var b = Guard("b");
        Assert.True(list.Add("code", a, b));
        Assert.Equal(["init a", "init b"], _log);
        Assert.Same(_function, a.InitFunction);
        Assert.Equal(1, list.Count);
        Assert.Equal("code", list[0].Code);
        Assert.Equal<Guard<object>>([a, b], list[0].Guards.ToArray());
    }

    [Fact]
    public void Init_answering_ignore_drops_the_specialization_and_skips_later_inits()
    {
        var list = NewList();
        var a = Guard("a");
        var b = Guard("b");
        b.InitResult = GuardInitResult.Ignore;
        var c = Guard("c");
        Assert.False(list.Add("code", a, b, c));
        Assert.Equal(["init a", "init b"], _log);
        Assert.Equal(0, list.Count);
    }

    [Fact]
    public void Init_exception_propagates_and_adds_nothing()
    {
        var list = NewList();
        var a = Guard("a");
        a.ThrowOnInit = new FormatException("init failed");
        Assert.Throws<FormatException>(() => list.Add("code", a));
        Assert.Equal(0, list.Count);
    }

    [Fact]
    public void Add_needs_a_guard()
    {
        Assert.Throws<ArgumentException>(() => NewList().Add("code"));
    }

    [Fact]
    public void Oldest_passing_specialization_wins()
    {
        var list = NewList();
        list.Add("first", Guard("a"));
        list.Add("second", Guard("b"));
        Assert.Equal("first", Select(list));
    }

    [Fact]
    public void Guards_run_in_order_and_stop_at_the_first_failure()
    {
        var list = NewList();
        list.Add("first", Guard("a"), Guard("b", GuardResult.TemporaryFailure), Guard("c"));
        list.Add("second", Guard("d"), Guard("e"));
        _log.Clear();
        Assert.Equal("second", Select(list));
        Assert.Equal(["check a", "check b", "check d", "check e"], _log);
    }

    [Fact]
    public void Temporary_failure_keeps_the_entry()
    {
        var list = NewList();
        var a = Guard("a", GuardResult.TemporaryFailure);
        list.Add("first", a);
        Assert.Null(Select(list));
        Assert.Equal(1, list.Count);
        a.Result = GuardResult.Pass;
        Assert.Equal("first", Select(list));
    }

    [Fact]
    public void Always_fails_removes_the_entry_and_selection_goes_on()
    {
        var list = NewList();
        var a = Guard("a", GuardResult.AlwaysFails);
        var b = Guard("b", GuardResult.AlwaysFails);
        list.Add("first", a);
        list.Add("second", b);
        list.Add("third", Guard("c"));
        Assert.Equal("third", Select(list));
        Assert.Equal(1, list.Count);
        Assert.Equal("third", list[0].Code);

        // Removed entries are never checked again.
        _log.Clear();
        Assert.Equal("third", Select(list));
        Assert.Equal(["check c"], _log);
    }

    [Fact]
    public void Removal_happens_even_when_nothing_matches()
    {
        var list = NewList();
        list.Add("first", Guard("a"), Guard("b", GuardResult.AlwaysFails));
        Assert.Null(Select(list));
        Assert.Equal(0, list.Count);
    }

    [Fact]
    public void Guard_exception_propagates_and_keeps_the_entry()
    {
        var list = NewList();
        var a = Guard("a");
        a.ThrowOnCheck = new FormatException("check failed");
        list.Add("first", a);
        Assert.Throws<FormatException>(() => Select(list));
        Assert.Equal(1, list.Count);
    }

    [Fact]
    public void Guards_see_positional_and_keyword_arguments()
    {
        var list = NewList();
        var a = Guard("a");
        list.Add("first", a);
        object[] args = [1, 2, 3];
        Assert.Equal("first", list.Select(args, ["k"]));
        Assert.Equal(2, a.LastPositionalCount);
    }

    [Fact]
    public void Clear_removes_everything()
    {
        var list = NewList();
        list.Add("first", Guard("a"));
        list.Add("second", Guard("b"));
        list.Clear();
        Assert.Equal(0, list.Count);
        Assert.Null(Select(list));
    }

    [Fact]
    public void Remove_at_ignores_a_missing_index()
    {
        var list = NewList();
        list.Add("first", Guard("a"));
        list.Add("second", Guard("b"));
        Assert.False(list.RemoveAt(5));
        Assert.False(list.RemoveAt(-1));
        Assert.True(list.RemoveAt(0));
        Assert.Equal(["second"], list.ToArray().Select(s => s.Code));
    }

    [Fact]
    public void Duplicates_are_allowed_and_listed_in_order()
    {
        var list = NewList();
        var g = Guard("a");
        list.Add("code", g);
        list.Add("code", g);
        list.Add("other", Guard("b"));
        Assert.Equal(["code", "code", "other"], list.ToArray().Select(s => s.Code));
    }

    [Fact]
    public void A_guard_that_clears_the_list_during_selection_is_survived()
    {
        var list = NewList();
        var a = Guard("a", GuardResult.AlwaysFails);
        a.OnCheck = list.Clear;
        list.Add("first", a);
        list.Add("second", Guard("b"));
        Assert.Null(Select(list));
        Assert.Equal(0, list.Count);
    }

    [Fact]
    public void A_guard_that_removes_its_own_entry_does_not_hide_the_next_one()
    {
        var list = NewList();
        var a = Guard("a", GuardResult.AlwaysFails);
        a.OnCheck = () => list.RemoveAt(0);
        list.Add("first", a);
        list.Add("second", Guard("b"));
        Assert.Equal("second", Select(list));
        Assert.Equal(["second"], list.ToArray().Select(s => s.Code));
    }

    [Fact]
    public void A_guard_that_removes_an_earlier_entry_still_gets_its_own_removed()
    {
        var list = NewList();
        list.Add("first", Guard("a", GuardResult.TemporaryFailure));
        var b = Guard("b", GuardResult.AlwaysFails);
        b.OnCheck = () => list.RemoveAt(0);
        list.Add("second", b);
        list.Add("third", Guard("c"));
        Assert.Equal("third", Select(list));
        Assert.Equal(["third"], list.ToArray().Select(s => s.Code));
    }

    [Fact]
    public void Works_with_real_guards_end_to_end()
    {
        var builtins = TestHost.NewDict();
        var len = new TestObject("len");
        builtins["len"] = len;
        var globals = TestHost.NewDict();
        var host = new TestHost(globals, builtins);
        var list = NewList();
        Assert.True(list.Add("fast", new GuardBuiltins<object>(host, "len")));
        Assert.Equal("fast", Select(list));
        globals["unrelated"] = 1;
        Assert.Equal("fast", Select(list));
        globals["len"] = new TestObject("shadow");
        Assert.Null(Select(list));
        Assert.Equal(0, list.Count);
    }

    [Fact]
    public void Selection_with_a_few_positional_arguments_does_not_allocate()
    {
        var d = TestHost.NewDict();
        d["x"] = 1;
        var list = NewList();
        list.Add("code", new GuardDict<object>(d, "x"), new GuardArgType<object>(new TestHost(d, d), 0, typeof(string)));
        object a = "a", b = 2, c = 3.0, e = 'e';
        string? selected = null;
        for (int i = 0; i < 10; i++)
        {
            selected = list.Select([a, b, c, e], []); // warm up
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            selected = list.Select([a, b, c, e], []);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
        Assert.Equal("code", selected);
    }

    [Fact]
    public void A_check_result_out_of_range_is_an_error()
    {
        var list = NewList();
        list.Add("code", Guard("a", (GuardResult)3));
        var error = Assert.Throws<InvalidOperationException>(() => Select(list));
        Assert.Contains("guard check result must be in the range -1..2", error.Message);
    }
}
