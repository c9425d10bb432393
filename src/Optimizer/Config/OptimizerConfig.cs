using System.Numerics;
using System.Text.Json;
using FatSharp.Optimizer.Rules;

namespace FatSharp.Optimizer;

/// <summary>
/// fatoptimizer's configuration (fat-peps.md 5.2): which optimizations run and the size limits of the constants
/// they may create. Built from a preset of the rules, then overridden by a JSON file and by a module's
/// <c>__fatoptimizer__</c> dict. Instances are copied before a module overrides them, never shared mutably.
/// </summary>
public sealed class OptimizerConfig
{
    public const string DefaultPreset = "default";

    public bool Enabled { get; set; } = true;
    public bool ConstantPropagation { get; set; } = true;
    public bool ConstantFolding { get; set; } = true;
    public bool CopyBuiltinToConstant { get; set; }
    public bool Inlining { get; set; } = true;
    public bool RemoveDeadCode { get; set; } = true;
    public bool ReplaceBuiltinConstant { get; set; } = true;
    public bool SimplifyIterable { get; set; } = true;

    /// <summary>Maximum number of iterations of an unrolled loop; 0 disables unrolling.</summary>
    public int UnrollLoops { get; set; } = 16;

    /// <summary>Maximum marshal size in bytes of a created constant.</summary>
    public int MaxConstantSize { get; set; } = 128;
    public int MaxIntBits { get; set; } = 256;
    public int MaxBytesLen { get; set; } = 128;
    public int MaxStrLen { get; set; } = 128;
    public int MaxSeqLen { get; set; } = 32;

    /// <summary>The builtins that may be called at compile time (a subset of the rules' table).</summary>
    public HashSet<string> PureBuiltins { get; set; } = [];

    /// <summary>The methods that may be called at compile time, as <c>type.method</c>.</summary>
    public HashSet<string> PureMethods { get; set; } = [];

    /// <summary>Builtins that copy_builtin_to_constant may copy; null means every builtin.</summary>
    public HashSet<string>? CopyBuiltinToConstantNames { get; set; }

    /// <summary>
    /// The rule tables in use (the embedded defaults unless a config file names extra rule files). Read on first
    /// use: CPython's own passes never need them, and loading them costs a run of a small script a quarter of its
    /// start-up.
    /// </summary>
    public OptimizerRules Rules
    {
        get => _rules ??= OptimizerRules.Default;
        set => _rules = value;
    }

    private OptimizerRules? _rules;

    public ConstantLimits Limits => new(MaxConstantSize, MaxIntBits, MaxBytesLen, MaxStrLen, MaxSeqLen);

    /// <summary>The names accepted by <see cref="TrySet"/>, in fatoptimizer's spelling.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "enabled", "constant_propagation", "constant_folding", "copy_builtin_to_constant", "inlining", "remove_dead_code",
        "replace_builtin_constant", "simplify_iterable", "unroll_loops", "max_constant_size", "max_int_bits",
        "max_bytes_len", "max_str_len", "max_seq_len",
    ];

    /// <summary>A config with the keys of preset <paramref name="preset"/> and every pure builtin and method of the rules.</summary>
    public static OptimizerConfig FromPreset(string preset = DefaultPreset, OptimizerRules? rules = null)
    {
        rules ??= OptimizerRules.Default;
        var config = new OptimizerConfig { Rules = rules };
        config.PureBuiltins = [.. rules.PureBuiltins.Keys];
        config.PureMethods = [.. rules.PureMethods.Keys];
        foreach (var (key, value) in rules.Preset(preset))
        {
            if (!config.TrySet(key, JsonValue(value, $"preset '{preset}'", key), out var error))
                throw new OptimizerConfigException($"preset '{preset}': {error}");
        }
        return config;
    }

    /// <summary>
    /// A stable hex XXH128 of everything that changes the optimizer's output: every key, the pure builtins and
    /// methods, the copy list and the rules' hash. Cached optimized code must be rebuilt when it changes.
    /// </summary>
    public string Fingerprint()
    {
        var sb = new System.Text.StringBuilder();
        sb.Append("rules=").Append(Rules.Hash).Append('\n');
        sb.Append("enabled=").Append(Enabled).Append(";constant_propagation=").Append(ConstantPropagation)
          .Append(";constant_folding=").Append(ConstantFolding).Append(";copy_builtin_to_constant=").Append(CopyBuiltinToConstant)
          .Append(";inlining=").Append(Inlining).Append(";remove_dead_code=").Append(RemoveDeadCode)
          .Append(";replace_builtin_constant=").Append(ReplaceBuiltinConstant).Append(";simplify_iterable=").Append(SimplifyIterable)
          .Append(";unroll_loops=").Append(UnrollLoops).Append(";max_constant_size=").Append(MaxConstantSize)
          .Append(";max_int_bits=").Append(MaxIntBits).Append(";max_bytes_len=").Append(MaxBytesLen)
          .Append(";max_str_len=").Append(MaxStrLen).Append(";max_seq_len=").Append(MaxSeqLen).Append('\n');
        sb.Append("pure_builtins=").AppendJoin(',', PureBuiltins.Order(StringComparer.Ordinal)).Append('\n');
        sb.Append("pure_methods=").AppendJoin(',', PureMethods.Order(StringComparer.Ordinal)).Append('\n');
        sb.Append("copy_builtin_to_constant_names=")
          .Append(CopyBuiltinToConstantNames == null ? "*" : string.Join(',', CopyBuiltinToConstantNames.Order(StringComparer.Ordinal)));
        return Convert.ToHexStringLower(System.IO.Hashing.XxHash128.Hash(System.Text.Encoding.UTF8.GetBytes(sb.ToString())));
    }

    public OptimizerConfig Clone()
    {
        var copy = (OptimizerConfig)MemberwiseClone();
        copy.PureBuiltins = [.. PureBuiltins];
        copy.PureMethods = [.. PureMethods];
        copy.CopyBuiltinToConstantNames = CopyBuiltinToConstantNames == null ? null : [.. CopyBuiltinToConstantNames];
        return copy;
    }

    /// <summary>
    /// Sets one key from a Python-like value (bool, long, BigInteger). Returns false with a reason for an unknown key
    /// or a value of the wrong type; the caller decides whether that is an error (config file) or ignored (module).
    /// </summary>
    public bool TrySet(string key, object? value, out string? error)
    {
        error = null;
        switch (key)
        {
            case "enabled": return SetBool(value, v => Enabled = v, key, out error);
            case "constant_propagation": return SetBool(value, v => ConstantPropagation = v, key, out error);
            case "constant_folding": return SetBool(value, v => ConstantFolding = v, key, out error);
            case "copy_builtin_to_constant": return SetBool(value, v => CopyBuiltinToConstant = v, key, out error);
            case "inlining": return SetBool(value, v => Inlining = v, key, out error);
            case "remove_dead_code": return SetBool(value, v => RemoveDeadCode = v, key, out error);
            case "replace_builtin_constant": return SetBool(value, v => ReplaceBuiltinConstant = v, key, out error);
            case "simplify_iterable": return SetBool(value, v => SimplifyIterable = v, key, out error);
            case "unroll_loops": return SetInt(value, v => UnrollLoops = v, key, out error);
            case "max_constant_size": return SetInt(value, v => MaxConstantSize = v, key, out error);
            case "max_int_bits": return SetInt(value, v => MaxIntBits = v, key, out error);
            case "max_bytes_len": return SetInt(value, v => MaxBytesLen = v, key, out error);
            case "max_str_len": return SetInt(value, v => MaxStrLen = v, key, out error);
            case "max_seq_len": return SetInt(value, v => MaxSeqLen = v, key, out error);
            default:
                error = $"unknown key '{key}'";
                return false;
        }
    }

    private static bool SetBool(object? value, Action<bool> set, string key, out string? error)
    {
        error = null;
        switch (value)
        {
            case bool b: set(b); return true;
            case long l: set(l != 0); return true;
            default:
                error = $"'{key}' must be a bool";
                return false;
        }
    }

    private static bool SetInt(object? value, Action<int> set, string key, out string? error)
    {
        error = null;
        BigInteger v;
        switch (value)
        {
            case bool b: v = b ? 1 : 0; break;
            case long l: v = l; break;
            case BigInteger bi: v = bi; break;
            default:
                error = $"'{key}' must be an int";
                return false;
        }
        if (v < 0)
        {
            error = $"'{key}' must not be negative";
            return false;
        }
        set(v > int.MaxValue ? int.MaxValue : (int)v);
        return true;
    }

    /// <summary>
    /// Reads a JSON config file (<c>--fat-config</c>): "preset", "rule_files", the keys of <see cref="Keys"/>,
    /// "pure_builtins", "pure_methods" and "copy_builtin_to_constant_names". Unknown keys are errors.
    /// </summary>
    public static OptimizerConfig LoadJson(string path)
    {
        byte[] content;
        try
        {
            content = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OptimizerConfigException($"cannot read optimizer config '{path}': {e.Message}");
        }
        return ParseJson(content, path);
    }

    public static OptimizerConfig ParseJson(byte[] content, string name)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(content, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new OptimizerConfigException($"invalid JSON in optimizer config '{name}': {e.Message}");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new OptimizerConfigException($"{name}: the config must be a JSON object");
            var ruleFiles = new List<string>();
            if (root.TryGetProperty("rule_files", out var files))
            {
                var dir = Path.GetDirectoryName(Path.GetFullPath(name)) ?? ".";
                foreach (var f in StringList(files, name, "rule_files")) ruleFiles.Add(Path.IsPathRooted(f) ? f : Path.Combine(dir, f));
            }
            var rules = ruleFiles.Count == 0 ? OptimizerRules.Default : OptimizerRules.Load(ruleFiles);
            var preset = root.TryGetProperty("preset", out var p)
                ? p.GetString() ?? throw new OptimizerConfigException($"{name}: 'preset' must be a string")
                : DefaultPreset;
            var config = FromPreset(preset, rules);
            foreach (var prop in root.EnumerateObject())
            {
                switch (prop.Name)
                {
                    case "preset" or "rule_files":
                        break;
                    case "pure_builtins":
                        config.PureBuiltins = Known(StringList(prop.Value, name, prop.Name), rules.PureBuiltins.Keys, name, "pure builtin");
                        break;
                    case "pure_methods":
                        config.PureMethods = Known(StringList(prop.Value, name, prop.Name), rules.PureMethods.Keys, name, "pure method");
                        break;
                    case "copy_builtin_to_constant_names":
                        config.CopyBuiltinToConstantNames = [.. StringList(prop.Value, name, prop.Name)];
                        break;
                    default:
                        if (!config.TrySet(prop.Name, JsonValue(prop.Value, name, prop.Name), out var error))
                            throw new OptimizerConfigException($"{name}: {error}");
                        break;
                }
            }
            return config;
        }
    }

    private static HashSet<string> Known(List<string> names, IEnumerable<string> known, string file, string what)
    {
        var set = new HashSet<string>(known, StringComparer.Ordinal);
        foreach (var n in names)
            if (!set.Contains(n)) throw new OptimizerConfigException($"{file}: '{n}' is not a {what} of the rules");
        return [.. names];
    }

    private static List<string> StringList(JsonElement value, string file, string key)
    {
        if (value.ValueKind != JsonValueKind.Array) throw new OptimizerConfigException($"{file}: '{key}' must be a list of strings");
        var list = new List<string>();
        foreach (var item in value.EnumerateArray())
            list.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : throw new OptimizerConfigException($"{file}: '{key}' must be a list of strings"));
        return list;
    }

    private static object? JsonValue(JsonElement value, string file, string key) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when value.TryGetInt64(out var l) => l,
        _ => throw new OptimizerConfigException($"{file}: '{key}' must be a bool or an int"),
    };
}
