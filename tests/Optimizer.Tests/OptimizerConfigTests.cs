using System.Text;
using FatSharp.Optimizer;
using FatSharp.Optimizer.Rules;

namespace FatSharp.Tests.Optimizer;

public sealed class OptimizerConfigTests
{
    [Fact]
    public void Default_preset_is_fatoptimizers_config_plus_inlining()
    {
        var c = OptimizerConfig.FromPreset("default");
        Assert.True(c.Enabled && c.ConstantPropagation && c.ConstantFolding && c.RemoveDeadCode && c.ReplaceBuiltinConstant && c.SimplifyIterable);
        Assert.False(c.CopyBuiltinToConstant);
        Assert.True(c.Inlining);
        Assert.Equal((16, 128, 256, 128, 128, 32), (c.UnrollLoops, c.MaxConstantSize, c.MaxIntBits, c.MaxBytesLen, c.MaxStrLen, c.MaxSeqLen));
        Assert.Contains("len", c.PureBuiltins);
        Assert.Contains("str.lower", c.PureMethods);
        Assert.Null(c.CopyBuiltinToConstantNames);
    }

    [Fact]
    public void All_preset_is_enable_all()
    {
        var c = OptimizerConfig.FromPreset("all");
        Assert.True(c.CopyBuiltinToConstant && c.Inlining);
        Assert.Equal((256, 1024, 1024, 1024, 1024, 1024), (c.UnrollLoops, c.MaxConstantSize, c.MaxIntBits, c.MaxBytesLen, c.MaxStrLen, c.MaxSeqLen));
    }

    [Fact]
    public void None_preset_disables_every_optimization()
    {
        var c = OptimizerConfig.FromPreset("none");
        Assert.False(c.ConstantPropagation || c.ConstantFolding || c.CopyBuiltinToConstant || c.Inlining || c.RemoveDeadCode
                     || c.ReplaceBuiltinConstant || c.SimplifyIterable);
        Assert.Equal(0, c.UnrollLoops);
    }

    [Fact]
    public void Unknown_preset_is_an_error_naming_the_known_ones()
    {
        var e = Assert.Throws<OptimizerConfigException>(() => OptimizerConfig.FromPreset("fast"));
        Assert.Contains("'fast'", e.Message);
        Assert.Contains("all, default, none", e.Message);
    }

    [Fact]
    public void Json_config_reads_preset_keys_and_lists()
    {
        var json = """
            // comments are allowed
            {
              "preset": "all",
              "unroll_loops": 4,
              "inlining": false,
              "pure_builtins": ["len", "abs"],
              "pure_methods": ["str.lower"],
              "copy_builtin_to_constant_names": ["len"],
            }
            """;
        var c = OptimizerConfig.ParseJson(Encoding.UTF8.GetBytes(json), "fat.json");
        Assert.Equal(4, c.UnrollLoops);
        Assert.False(c.Inlining);
        Assert.True(c.CopyBuiltinToConstant);
        Assert.Equal(1024, c.MaxStrLen);
        Assert.Equal(["abs", "len"], c.PureBuiltins.Order());
        Assert.Equal(["str.lower"], c.PureMethods);
        Assert.Equal(["len"], c.CopyBuiltinToConstantNames!);
    }

    [Theory]
    [InlineData("""{"unroll": 4}""", "unknown key 'unroll'")]
    [InlineData("""{"unroll_loops": "8"}""", "'unroll_loops' must be a bool or an int")]
    [InlineData("""{"inlining": 1.5}""", "must be a bool or an int")]
    [InlineData("""{"max_str_len": -1}""", "must not be negative")]
    [InlineData("""{"pure_builtins": ["eval"]}""", "'eval' is not a pure builtin")]
    [InlineData("""{"preset": "x"}""", "unknown optimizer preset 'x'")]
    [InlineData("""[1]""", "must be a JSON object")]
    [InlineData("""{"a": """, "invalid JSON")]
    public void Json_config_errors_name_the_file_and_the_key(string json, string message)
    {
        var e = Assert.Throws<OptimizerConfigException>(() => OptimizerConfig.ParseJson(Encoding.UTF8.GetBytes(json), "fat.json"));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Missing_config_file_is_a_config_error()
    {
        var e = Assert.Throws<OptimizerConfigException>(() => OptimizerConfig.LoadJson("/nonexistent/fat.json"));
        Assert.Contains("cannot read optimizer config", e.Message);
    }

    [Fact]
    public void Module_values_follow_python_truthiness_and_unknown_keys_are_reported()
    {
        var c = OptimizerConfig.FromPreset();
        Assert.True(c.TrySet("enabled", 0L, out _));
        Assert.False(c.Enabled);
        Assert.False(c.TrySet("strict", true, out var error));
        Assert.Equal("unknown key 'strict'", error);
        Assert.False(c.TrySet("unroll_loops", "8", out _));
    }

    [Fact]
    public void Fingerprint_is_stable_and_changes_with_any_setting()
    {
        var a = OptimizerConfig.FromPreset();
        Assert.Equal(a.Fingerprint(), OptimizerConfig.FromPreset().Fingerprint());
        var b = a.Clone();
        b.MaxStrLen = 129;
        Assert.NotEqual(a.Fingerprint(), b.Fingerprint());
        var c = a.Clone();
        c.PureMethods.Remove("str.lower");
        Assert.NotEqual(a.Fingerprint(), c.Fingerprint());
        Assert.NotEqual(a.Fingerprint(), OptimizerConfig.FromPreset("all").Fingerprint());
    }

    [Fact]
    public void Clone_does_not_share_the_sets()
    {
        var c = OptimizerConfig.FromPreset();
        var copy = c.Clone();
        copy.PureBuiltins.Remove("len");
        Assert.Contains("len", c.PureBuiltins);
    }

    [Fact]
    public void Config_file_may_add_rule_files_relative_to_itself()
    {
        var dir = Directory.CreateTempSubdirectory("fatsharp-rules");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "extra.json"), """
                { "builtins": [ { "name": "callable", "args": [1, 1] } ], "presets": { "tiny": { "unroll_loops": 1 } } }
                """);
            File.WriteAllText(Path.Combine(dir.FullName, "fat.json"), """{ "rule_files": ["extra.json"], "preset": "tiny" }""");
            var c = OptimizerConfig.LoadJson(Path.Combine(dir.FullName, "fat.json"));
            Assert.Equal(1, c.UnrollLoops);
            Assert.Contains("callable", c.PureBuiltins);
            Assert.NotEqual(OptimizerRules.Default.Hash, c.Rules.Hash);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
