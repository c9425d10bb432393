using FatSharp.Guards.Tests.Support;

namespace FatSharp.Guards.Tests;

public sealed class GuardFuncAndArgTypeTests
{
    private static readonly TestObject IntType = new("int");
    private static readonly TestObject BoolType = new("bool");
    private static readonly TestObject StrType = new("str");

    private static TestObject Int(string name) => new(name, IntType);

    private static TestHost Host() => new(TestHost.NewDict(), TestHost.NewDict());

    [Fact]
    public void Func_guard_fails_once_the_code_is_replaced()
    {
        var host = Host();
        var code = new object();
        var callee = new TestObject("g") { Code = code };
        var guard = new GuardFunc<object>(host, callee);
        Assert.Same(callee, guard.Function);
        Assert.Same(code, guard.Code);
        Assert.Equal(GuardResult.Pass, guard.Check([], []));
        callee.Code = new object();
        Assert.Equal(GuardResult.AlwaysFails, guard.Check([], []));
    }

    [Fact]
    public void Func_guard_init_rejects_the_specialized_function_itself()
    {
        var host = Host();
        var f = new TestObject("f") { Code = new object() };
        var guard = new GuardFunc<object>(host, f);
        var error = Assert.Throws<TestPythonError>(() => guard.Init(f));
        Assert.Equal(("ValueError", "useless GuardFunc, a function already watch itself"), (error.Type, error.Message));
        Assert.Equal(GuardInitResult.Ok, guard.Init(new TestObject("other")));
    }

    [Fact]
    public void Arg_type_guard_passes_on_an_exact_type()
    {
        var guard = new GuardArgType<object>(Host(), 1, IntType, StrType);
        Assert.Equal(1, guard.ArgIndex);
        Assert.Equal([IntType, StrType], guard.ArgTypes.ToArray());
        Assert.Equal(GuardResult.Pass, guard.Check([new TestObject("s", StrType), Int("1")], []));
        Assert.Equal(GuardResult.Pass, guard.Check([Int("0"), new TestObject("s", StrType)], []));
    }

    [Fact]
    public void Arg_type_guard_mismatch_is_temporary()
    {
        var guard = new GuardArgType<object>(Host(), 0, IntType);
        Assert.Equal(GuardResult.TemporaryFailure, guard.Check([new TestObject("b", BoolType)], []));
        Assert.Equal(GuardResult.Pass, guard.Check([Int("1")], []));
    }

    [Fact]
    public void Arg_type_guard_needs_enough_positional_arguments()
    {
        var guard = new GuardArgType<object>(Host(), 2, IntType);
        Assert.Equal(GuardResult.TemporaryFailure, guard.Check([Int("a"), Int("b")], []));
        Assert.Equal(GuardResult.Pass, guard.Check([Int("a"), Int("b"), Int("c")], []));
    }

    [Fact]
    public void Arg_type_guard_fails_on_any_keyword_argument()
    {
        var guard = new GuardArgType<object>(Host(), 0, IntType);

        // The positional int is there, but a keyword argument follows it.
        Assert.Equal(GuardResult.TemporaryFailure, guard.Check([Int("a"), Int("kw")], ["k"]));
    }

    [Fact]
    public void Arg_type_guard_rejects_bad_arguments()
    {
        var error = Assert.Throws<TestPythonError>(() => new GuardArgType<object>(Host(), 0));
        Assert.Equal("need at least one argument type", error.Message);
        error = Assert.Throws<TestPythonError>(() => new GuardArgType<object>(Host(), -1, IntType));
        Assert.Equal("arg_index must be >= 0", error.Message);
    }
}
