using System.Reflection;
using System.IO.Hashing;
using System.Text;
using System.Text.Json;

namespace FatSharp.Optimizer.Rules;

/// <summary>
/// The data that drives the optimizer: the pure builtins and methods tables and the presets, read from the JSON
/// files of optimizer-rules/ (a copy is embedded in the assembly; extra files may add or replace entries).
/// <see cref="Hash"/> identifies the rules in use, so cached optimized code is rebuilt when they change.
/// </summary>
public sealed class OptimizerRules
{
    private static readonly string[] DefaultFiles = ["builtin-names.json", "pure-builtins.json", "pure-methods.json", "presets.json"];

    private static readonly HashSet<string> KnownChecks =
    [
        "byte_items", "code_point", "nonzero_divisor", "single_char", "pow", "encoding", "byte_or_int", "bytes_items",
        "width", "tab_size", "replace_size", "no_str_bytes_mix",
    ];

    private static readonly HashSet<string> KnownTypes =
        ["int", "float", "complex", "str", "bytes", "bool", "tuple", "frozenset", "list", "set", "dict", "NoneType"];

    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static OptimizerRules? _default;

    private readonly Dictionary<string, PureCallRule> _builtins;
    private readonly Dictionary<string, PureCallRule> _methods;
    private readonly Dictionary<string, IReadOnlyDictionary<string, JsonElement>> _presets;

    private readonly HashSet<string> _builtinNames;

    private OptimizerRules(
        HashSet<string> builtinNames,
        Dictionary<string, PureCallRule> builtins,
        Dictionary<string, PureCallRule> methods,
        Dictionary<string, IReadOnlyDictionary<string, JsonElement>> presets,
        string hash)
    {
        _builtinNames = builtinNames;
        _builtins = builtins;
        _methods = methods;
        _presets = presets;
        Hash = hash;
    }

    /// <summary>The names of the builtins module: only these can be guarded or copied as builtins.</summary>
    public IReadOnlySet<string> BuiltinNames => _builtinNames;

    public IReadOnlyDictionary<string, PureCallRule> PureBuiltins => _builtins;

    /// <summary>Keyed by <c>type.method</c>, e.g. <c>str.lower</c>.</summary>
    public IReadOnlyDictionary<string, PureCallRule> PureMethods => _methods;

    public IReadOnlyCollection<string> PresetNames => _presets.Keys;

    /// <summary>Hex XXH128 of every rule file's name and content, in load order: it keys caches, it seals nothing.</summary>
    public string Hash { get; }

    public IReadOnlyDictionary<string, JsonElement> Preset(string name) =>
        _presets.TryGetValue(name, out var preset)
            ? preset
            : throw new OptimizerConfigException($"unknown optimizer preset '{name}' (known: {string.Join(", ", _presets.Keys.Order())})");

    public PureCallRule? Builtin(string name) => _builtins.GetValueOrDefault(name);

    public PureCallRule? Method(string receiverType, string name) => _methods.GetValueOrDefault(receiverType + "." + name);

    /// <summary>The embedded default rules (loaded once).</summary>
    public static OptimizerRules Default => _default ??= Load([]);

    /// <summary>The embedded rules followed by <paramref name="extraFiles"/>; a later entry replaces an earlier one.</summary>
    public static OptimizerRules Load(IEnumerable<string> extraFiles)
    {
        var sources = new List<(string Name, byte[] Content)>();
        var assembly = typeof(OptimizerRules).Assembly;
        foreach (var file in DefaultFiles)
        {
            using var stream = assembly.GetManifestResourceStream("optimizer-rules/" + file)
                ?? throw new InvalidOperationException($"the optimizer rules resource {file} is missing from {assembly.GetName().Name}");
            using var ms = new MemoryStream();
            stream.CopyTo(ms);
            sources.Add((file, ms.ToArray()));
        }
        foreach (var path in extraFiles)
        {
            byte[] content;
            try
            {
                content = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new OptimizerConfigException($"cannot read optimizer rule file '{path}': {e.Message}");
            }
            sources.Add((path, content));
        }
        return FromSources(sources);
    }

    /// <summary>Builds rules from named JSON texts (the embedded defaults are not included).</summary>
    public static OptimizerRules FromSources(IReadOnlyList<(string Name, byte[] Content)> sources)
    {
        var builtinNames = new HashSet<string>(StringComparer.Ordinal);
        var builtins = new Dictionary<string, PureCallRule>(StringComparer.Ordinal);
        var methods = new Dictionary<string, PureCallRule>(StringComparer.Ordinal);
        var presets = new Dictionary<string, IReadOnlyDictionary<string, JsonElement>>(StringComparer.Ordinal);
        var hash = new XxHash128();
        foreach (var (name, content) in sources)
        {
            hash.Append(Encoding.UTF8.GetBytes(Path.GetFileName(name) + "\n"));
            hash.Append(content);
            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(content, JsonOptions);
            }
            catch (JsonException e)
            {
                throw new OptimizerConfigException($"invalid JSON in optimizer rule file '{name}': {e.Message}");
            }
            using (doc)
            {
                var root = doc.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                    throw new OptimizerConfigException($"optimizer rule file '{name}' must hold a JSON object");
                foreach (var prop in root.EnumerateObject())
                {
                    switch (prop.Name)
                    {
                        case "builtin_names":
                            foreach (var item in Array(prop.Value, name, "builtin_names"))
                                builtinNames.Add(item.GetString() ?? throw new OptimizerConfigException($"{name}: builtin names must be strings"));
                            break;
                        case "builtins":
                            foreach (var item in Array(prop.Value, name, "builtins"))
                            {
                                var rule = ReadRule(item, name, receiver: false);
                                builtins[rule.Key] = rule;
                            }
                            break;
                        case "methods":
                            foreach (var item in Array(prop.Value, name, "methods"))
                            {
                                var rule = ReadRule(item, name, receiver: true);
                                methods[rule.Key] = rule;
                            }
                            break;
                        case "presets":
                            if (prop.Value.ValueKind != JsonValueKind.Object)
                                throw new OptimizerConfigException($"{name}: 'presets' must be an object");
                            foreach (var preset in prop.Value.EnumerateObject())
                            {
                                if (preset.Value.ValueKind != JsonValueKind.Object)
                                    throw new OptimizerConfigException($"{name}: preset '{preset.Name}' must be an object");
                                var keys = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                                foreach (var key in preset.Value.EnumerateObject()) keys[key.Name] = key.Value.Clone();
                                presets[preset.Name] = keys;
                            }
                            break;
                        default:
                            throw new OptimizerConfigException($"{name}: unknown section '{prop.Name}' (expected builtin_names, builtins, methods or presets)");
                    }
                }
            }
        }
        return new OptimizerRules(builtinNames, builtins, methods, presets, Convert.ToHexStringLower(hash.GetCurrentHash()));
    }

    private static JsonElement.ArrayEnumerator Array(JsonElement value, string file, string section) =>
        value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : throw new OptimizerConfigException($"{file}: '{section}' must be an array");

    private static PureCallRule ReadRule(JsonElement item, string file, bool receiver)
    {
        if (item.ValueKind != JsonValueKind.Object) throw new OptimizerConfigException($"{file}: a rule must be an object");
        string? type = null;
        string? name = null;
        int min = 0;
        int? max = 0;
        var types = new List<IReadOnlyList<string>?>();
        var checks = new List<string>();
        var catches = new List<string>();
        foreach (var prop in item.EnumerateObject())
        {
            switch (prop.Name)
            {
                case "type": type = prop.Value.GetString(); break;
                case "name": name = prop.Value.GetString(); break;
                case "args":
                    if (prop.Value.ValueKind != JsonValueKind.Array || prop.Value.GetArrayLength() != 2)
                        throw new OptimizerConfigException($"{file}: 'args' must be [min, max]");
                    min = prop.Value[0].GetInt32();
                    max = prop.Value[1].ValueKind == JsonValueKind.Null ? null : prop.Value[1].GetInt32();
                    break;
                case "types":
                    foreach (var t in Array(prop.Value, file, "types"))
                    {
                        if (t.ValueKind == JsonValueKind.Null) { types.Add(null); continue; }
                        var list = new List<string>();
                        foreach (var n in Array(t, file, "types"))
                        {
                            var tn = n.GetString() ?? "";
                            if (!KnownTypes.Contains(tn)) throw new OptimizerConfigException($"{file}: unknown type '{tn}'");
                            list.Add(tn);
                        }
                        types.Add(list);
                    }
                    break;
                case "checks":
                    foreach (var c in Array(prop.Value, file, "checks"))
                    {
                        var cn = c.GetString() ?? "";
                        if (!KnownChecks.Contains(cn)) throw new OptimizerConfigException($"{file}: unknown check '{cn}'");
                        checks.Add(cn);
                    }
                    break;
                case "catches":
                    foreach (var c in Array(prop.Value, file, "catches")) catches.Add(c.GetString() ?? "");
                    break;
                default:
                    throw new OptimizerConfigException($"{file}: unknown rule key '{prop.Name}'");
            }
        }
        if (string.IsNullOrEmpty(name)) throw new OptimizerConfigException($"{file}: a rule has no name");
        if (receiver && string.IsNullOrEmpty(type)) throw new OptimizerConfigException($"{file}: method rule '{name}' has no type");
        if (!receiver && type != null) throw new OptimizerConfigException($"{file}: builtin rule '{name}' must not have a type");
        if (min < 0 || (max != null && max < min)) throw new OptimizerConfigException($"{file}: '{name}' has an invalid argument count");
        return new PureCallRule(type, name, min, max, types, checks, catches);
    }
}
