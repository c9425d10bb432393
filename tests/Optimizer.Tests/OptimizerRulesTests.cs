using System.Text;
using FatSharp.Optimizer;
using FatSharp.Optimizer.Rules;

namespace FatSharp.Tests.Optimizer;

public sealed class OptimizerRulesTests
{
    [Fact]
    public void Default_rules_hold_the_tables_of_fatoptimizer()
    {
        var rules = OptimizerRules.Default;
        Assert.Equal(26, rules.PureBuiltins.Count);
        var pow = rules.Builtin("pow")!;
        Assert.Equal((2, 3), (pow.MinArgs, pow.MaxArgs!.Value));
        Assert.Equal(["pow"], pow.Checks);
        Assert.Equal(["ValueError", "TypeError", "OverflowError"], pow.Catches);
        Assert.Null(rules.Builtin("max")!.MaxArgs);
        Assert.NotNull(rules.Method("bytes", "decode"));
        Assert.NotNull(rules.Method("str", "isprintable"));
        Assert.Null(rules.Method("list", "append"));
        Assert.Contains("len", rules.BuiltinNames);
        Assert.Contains("__import__", rules.BuiltinNames);
        Assert.Equal(["all", "default", "none"], rules.PresetNames.Order());
    }

    [Fact]
    public void Bytes_count_and_join_are_folded_unlike_fatoptimizer()
    {
        Assert.Equal(["byte_or_int"], OptimizerRules.Default.Method("bytes", "count")!.Checks);
        Assert.Equal(["bytes_items"], OptimizerRules.Default.Method("bytes", "join")!.Checks);
    }

    [Fact]
    public void Hash_is_stable_and_depends_on_the_content()
    {
        var a = OptimizerRules.Load([]);
        var b = OptimizerRules.Load([]);
        Assert.Equal(a.Hash, b.Hash);
        Assert.Equal(32, a.Hash.Length);
        var c = OptimizerRules.FromSources([("x.json", Encoding.UTF8.GetBytes("""{"builtin_names": ["len"]}"""))]);
        var d = OptimizerRules.FromSources([("x.json", Encoding.UTF8.GetBytes("""{"builtin_names": ["abs"]}"""))]);
        Assert.NotEqual(c.Hash, d.Hash);
    }

    [Fact]
    public void A_later_rule_replaces_an_earlier_one()
    {
        var rules = OptimizerRules.FromSources(
        [
            ("a.json", Encoding.UTF8.GetBytes("""{"builtins": [{"name": "len", "args": [1, 1]}]}""")),
            ("b.json", Encoding.UTF8.GetBytes("""{"builtins": [{"name": "len", "args": [1, 2]}]}""")),
        ]);
        Assert.Equal(2, rules.Builtin("len")!.MaxArgs);
    }

    [Theory]
    [InlineData("""{"builtins": [{"name": "len", "args": [1, 1], "checks": ["magic"]}]}""", "unknown check 'magic'")]
    [InlineData("""{"builtins": [{"name": "len", "args": [1, 1], "types": [["integer"]]}]}""", "unknown type 'integer'")]
    [InlineData("""{"methods": [{"name": "lower", "args": [0, 0]}]}""", "has no type")]
    [InlineData("""{"builtins": [{"name": "len", "args": [2, 1]}]}""", "invalid argument count")]
    [InlineData("""{"rules": []}""", "unknown section 'rules'")]
    [InlineData("""{"builtins": {}}""", "'builtins' must be an array")]
    public void Invalid_rules_are_reported_with_the_file(string json, string message)
    {
        var e = Assert.Throws<OptimizerConfigException>(() => OptimizerRules.FromSources([("bad.json", Encoding.UTF8.GetBytes(json))]));
        Assert.Contains("bad.json", e.Message);
        Assert.Contains(message, e.Message);
    }
}
