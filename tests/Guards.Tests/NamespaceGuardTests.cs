using FatSharp.Guards.Tests.Support;

namespace FatSharp.Guards.Tests;

/// <summary>GuardGlobals and GuardBuiltins as fat 0.3 defines them.</summary>
public sealed class NamespaceGuardTests
{
    private static readonly object LenBuiltin = new TestObject("len");
    private static readonly object ChrBuiltin = new TestObject("chr");
    private static readonly object Function = new TestObject("f");

    private static GuardResult Check(Guard<object> guard) => guard.Check([], []);

    private static (TestHost Host, VersionedDict<object, object> Globals, VersionedDict<object, object> Builtins) NewHost()
    {
        var builtins = TestHost.NewDict();
        builtins["len"] = LenBuiltin;
        builtins["chr"] = ChrBuiltin;
        var globals = TestHost.NewDict();
        globals["x"] = 1;
        return (new TestHost(globals, builtins), globals, builtins);
    }

    [Fact]
    public void Globals_guard_watches_the_creating_frames_globals()
    {
        var (host, globals, _) = NewHost();
        var guard = new GuardGlobals<object>(host, "x");
        Assert.Same(globals, guard.Dict);
        Assert.Equal(GuardResult.Pass, Check(guard));
        globals["y"] = 2;
        Assert.Equal(GuardResult.Pass, Check(guard));
        globals["x"] = 3;
        Assert.Equal(GuardResult.AlwaysFails, Check(guard));
    }

    [Fact]
    public void Globals_guard_fails_when_checked_in_another_namespace()
    {
        var (host, globals, _) = NewHost();
        var guard = new GuardGlobals<object>(host, "x");
        host.CurrentGlobals = globals.Copy();
        Assert.Equal(GuardResult.AlwaysFails, Check(guard));
        host.CurrentGlobals = null;
        Assert.Equal(GuardResult.AlwaysFails, Check(guard));
        host.CurrentGlobals = globals;
        Assert.Equal(GuardResult.Pass, Check(guard));
    }

    [Fact]
    public void Globals_guard_needs_globals()
    {
        var host = new TestHost(null, null);
        var error = Assert.Throws<TestPythonError>(() => new GuardGlobals<object>(host, "x"));
        Assert.Equal(("RuntimeError", "unable to get globals"), (error.Type, error.Message));
    }

    [Fact]
    public void Builtins_guard_passes_until_the_builtin_is_replaced()
    {
        var (host, _, builtins) = NewHost();
        var guard = new GuardBuiltins<object>(host, "len");
        Assert.Same(builtins, guard.Dict);
        Assert.Equal(GuardInitResult.Ok, guard.Init(Function));
        Assert.Equal(GuardResult.Pass, Check(guard));
        builtins["chr"] = new TestObject("other chr");
        Assert.Equal(GuardResult.Pass, Check(guard));
        builtins["len"] = new TestObject("my len");
        Assert.Equal(GuardResult.AlwaysFails, Check(guard));
    }

    [Fact]
    public void Builtins_guard_fails_when_a_global_shadows_the_name_later()
    {
        var (host, globals, _) = NewHost();
        var guard = new GuardBuiltins<object>(host, "len");
        Assert.Equal(GuardInitResult.Ok, guard.Init(Function));
        globals["len"] = new TestObject("shadow");
        Assert.Equal(GuardResult.AlwaysFails, Check(guard));
    }

    [Fact]
    public void Builtins_guard_init_ignores_a_name_replaced_since_start_up()
    {
        var (host, _, builtins) = NewHost();
        builtins["len"] = new TestObject("replaced len");
        var guard = new GuardBuiltins<object>(host, "len");
        Assert.Equal(GuardInitResult.Ignore, guard.Init(Function));
        Assert.Equal(GuardResult.AlwaysFails, Check(guard));
    }

    [Fact]
    public void Builtins_guard_init_ignores_a_name_deleted_from_builtins()
    {
        var (host, _, builtins) = NewHost();
        builtins.Remove("len");
        var guard = new GuardBuiltins<object>(host, "len");
        Assert.Equal(GuardInitResult.Ignore, guard.Init(Function));
    }

    [Fact]
    public void Builtins_guard_init_ignores_a_name_shadowed_by_a_global_and_stays_failed()
    {
        var (host, globals, _) = NewHost();
        globals["len"] = new TestObject("shadow");
        var guard = new GuardBuiltins<object>(host, "chr", "len");
        Assert.Equal(GuardInitResult.Ignore, guard.Init(Function));
        globals.Remove("len");
        Assert.Equal(GuardResult.AlwaysFails, Check(guard));
    }

    [Fact]
    public void Builtins_guard_accepts_a_name_added_to_builtins_after_start_up()
    {
        var (host, _, builtins) = NewHost();
        builtins["added"] = new TestObject("added");
        var guard = new GuardBuiltins<object>(host, "added");
        Assert.Equal(GuardInitResult.Ok, guard.Init(Function));
        Assert.Equal(GuardResult.Pass, Check(guard));
    }

    [Fact]
    public void Builtins_guard_runs_init_itself_when_checked_first()
    {
        var (host, globals, _) = NewHost();
        globals["len"] = 0;
        var guard = new GuardBuiltins<object>(host, "len");
        Assert.Equal(GuardResult.AlwaysFails, Check(guard));

        var (host2, _, _) = NewHost();
        var guard2 = new GuardBuiltins<object>(host2, "len");
        Assert.Equal(GuardResult.Pass, Check(guard2));
    }

    [Fact]
    public void Builtins_guard_checks_the_frames_namespaces()
    {
        var (host, globals, builtins) = NewHost();
        var guard = new GuardBuiltins<object>(host, "len");
        Assert.Same(globals, guard.GuardGlobals.Dict);

        host.CurrentGlobals = TestHost.NewDict();
        Assert.Equal(GuardResult.AlwaysFails, Check(guard));
        host.CurrentGlobals = globals;
        host.CurrentBuiltins = builtins.Copy();
        Assert.Equal(GuardResult.AlwaysFails, Check(guard));
        host.CurrentBuiltins = null;
        Assert.Equal(GuardResult.AlwaysFails, Check(guard));
        host.CurrentBuiltins = builtins;
        Assert.Equal(GuardResult.Pass, Check(guard));
    }

    [Fact]
    public void Builtins_guard_needs_builtins_then_globals()
    {
        var noBuiltins = new TestHost(TestHost.NewDict(), null);
        var error = Assert.Throws<TestPythonError>(() => new GuardBuiltins<object>(noBuiltins, "len"));
        Assert.Equal("unable to get builtins", error.Message);

        var builtins = TestHost.NewDict();
        var noGlobals = new TestHost(null, builtins);
        error = Assert.Throws<TestPythonError>(() => new GuardBuiltins<object>(noGlobals, "len"));
        Assert.Equal("unable to get globals", error.Message);
    }
}
