using System.Runtime.CompilerServices;

namespace FatSharp.Interpreter.Execution;

/// <summary>One <c>case</c>: its pattern, optional guard and body.</summary>
internal sealed class MatchCaseNode(PatternNode pattern, ExprNode? guard, StmtNode body)
{
    public readonly PatternNode Pattern = pattern;
    public readonly ExprNode? Guard = guard;
    public readonly StmtNode Body = body;

    /// <summary>Matches the subject; captures are stored only when the whole pattern matched (before the guard).</summary>
    public bool Matches(Frame f, PyObject subject)
    {
        var captures = new List<(TargetNode, PyObject)>();
        if (!Pattern.Match(f, subject, captures)) return false;
        foreach (var (t, v) in captures) t.Store(f, v);
        return Guard is null || Guard.EvalBool(f);
    }
}

/// <summary>The <c>match</c> statement: the first case whose pattern matches and whose guard holds runs.</summary>
internal sealed class MatchNode(ExprNode subject, MatchCaseNode[] cases) : StmtNode
{
    public override ExecStatus Exec(Frame f)
    {
        var s = subject.Eval(f);
        foreach (var c in cases)
            if (c.Matches(f, s)) return c.Body.Exec(f);
        return ExecStatus.Normal;
    }
}

/// <summary>A <c>match</c> statement with a yield in one of its case bodies.</summary>
internal sealed class GenMatch(ExprNode subject, MatchCaseNode[] cases) : GenStmt
{
    public override IEnumerable<bool> Run(Frame f)
    {
        var s = subject.Eval(f);
        foreach (var c in cases)
            if (c.Matches(f, s)) return RunBody(c.Body, f);
        f.GenStatus = ExecStatus.Normal;
        return [];
    }
}

/// <summary>A compiled pattern: <see cref="Match"/> tests the subject and appends name bindings to the capture list.</summary>
internal abstract class PatternNode
{
    public abstract bool Match(Frame f, PyObject subject, List<(TargetNode, PyObject)> captures);

    /// <summary>CPython's Py_TPFLAGS_SEQUENCE: builtin sequences (not str/bytes/bytearray) and classes known as sequences.</summary>
    internal static bool IsSequence(PyObject o)
    {
        var t = o.Type;
        if (t == Builtins.List || t == Builtins.Tuple) return true;
        if (t == Builtins.Str || t == Builtins.Dict) return false;
        foreach (var m in t.Mro)
        {
            if (m == Builtins.List || m == Builtins.Tuple || m == Builtins.Range) return true;
            if (m == Builtins.Str || m == Builtins.Bytes || m == Builtins.ByteArray || m == Builtins.Dict) return false;
            if (m.Name == "memoryview" && !m.IsHeapType) return true;
            if (IsNamed(m, "collections", "deque", "UserList") || IsNamed(m, "collections.abc", "Sequence", "MutableSequence"))
                return true;
        }
        return false;
    }

    /// <summary>CPython's Py_TPFLAGS_MAPPING: dict and its subclasses plus classes known as mappings.</summary>
    internal static bool IsMapping(PyObject o)
    {
        var t = o.Type;
        if (t == Builtins.Dict) return true;
        foreach (var m in t.Mro)
        {
            if (m == Builtins.Dict || m == Builtins.MappingProxy) return true;
            if (IsNamed(m, "collections", "ChainMap", "UserDict") || IsNamed(m, "collections.abc", "Mapping", "MutableMapping"))
                return true;
        }
        return false;
    }

    private static bool IsNamed(PyType t, string module, string name1, string name2) =>
        t.IsHeapType && (t.Name == name1 || t.Name == name2)
        && t.TypeDict.Storage.Get(PyStr.Intern("__module__")) is PyStr m && m.Value == module;
}

/// <summary><c>case 1</c>, <c>case Color.RED</c>: equality with a value.</summary>
internal sealed class ValuePattern(ExprNode value) : PatternNode
{
    public override bool Match(Frame f, PyObject subject, List<(TargetNode, PyObject)> captures) =>
        Ops.EqBool(subject, value.Eval(f));
}

/// <summary><c>case None / True / False</c>: identity.</summary>
internal sealed class SingletonPattern(PyObject value) : PatternNode
{
    public override bool Match(Frame f, PyObject subject, List<(TargetNode, PyObject)> captures) =>
        ReferenceEquals(subject, value);
}

/// <summary><c>case x</c>, <c>case _</c>, <c>case P as x</c>.</summary>
internal sealed class AsPattern(PatternNode? pattern, TargetNode? target) : PatternNode
{
    public bool IsIrrefutable => pattern is null;

    public override bool Match(Frame f, PyObject subject, List<(TargetNode, PyObject)> captures)
    {
        if (pattern is not null && !pattern.Match(f, subject, captures)) return false;
        if (target is not null) captures.Add((target, subject));
        return true;
    }
}

internal sealed class OrPattern(PatternNode[] alternatives) : PatternNode
{
    public override bool Match(Frame f, PyObject subject, List<(TargetNode, PyObject)> captures)
    {
        var mark = captures.Count;
        foreach (var a in alternatives)
        {
            if (a.Match(f, subject, captures)) return true;
            captures.RemoveRange(mark, captures.Count - mark);
        }
        return false;
    }
}

/// <summary><c>case [a, *rest, b]</c>: <paramref name="star"/> is the index of the starred sub-pattern or -1.</summary>
internal sealed class SequencePattern(PatternNode?[] items, int star, TargetNode? starTarget) : PatternNode
{
    public override bool Match(Frame f, PyObject subject, List<(TargetNode, PyObject)> captures)
    {
        if (!IsSequence(subject)) return false;
        PyObject[] values;
        int count;
        switch (subject)
        {
            case PyList l: values = l.Items; count = l.Count; break;
            case PyTuple t: values = t.Items; count = t.Items.Length; break;
            default:
                if (star < 0)
                {
                    // Fixed length: len() first, then items by index, as CPython does.
                    if (Ops.Len(subject) != items.Length) return false;
                    for (var i = 0; i < items.Length; i++)
                        if (!items[i]!.Match(f, Ops.GetItem(subject, PyInt.FromLong(i)), captures)) return false;
                    return true;
                }
                values = Ops.ToArray(subject);
                count = values.Length;
                break;
        }
        if (star < 0)
        {
            if (count != items.Length) return false;
            for (var i = 0; i < items.Length; i++)
                if (!items[i]!.Match(f, values[i], captures)) return false;
            return true;
        }
        var after = items.Length - star - 1;
        if (count < items.Length - 1) return false;
        // Copy first: matching sub-patterns may run code that mutates a list subject.
        var snapshot = values.AsSpan(0, count).ToArray();
        for (var i = 0; i < star; i++)
            if (!items[i]!.Match(f, snapshot[i], captures)) return false;
        for (var i = 0; i < after; i++)
            if (!items[star + 1 + i]!.Match(f, snapshot[count - after + i], captures)) return false;
        if (starTarget is not null)
            captures.Add((starTarget, new PyList(snapshot[star..(count - after)])));
        return true;
    }
}

/// <summary><c>case {"k": v, **rest}</c>.</summary>
internal sealed class MappingPattern(ExprNode[] keys, PatternNode[] values, TargetNode? rest) : PatternNode
{
    private static readonly PyObject Missing = new PyList();

    public override bool Match(Frame f, PyObject subject, List<(TargetNode, PyObject)> captures)
    {
        if (!IsMapping(subject)) return false;
        if (keys.Length == 0 && rest is null) return true;
        if (Ops.Len(subject) < keys.Length) return false;
        var keyObjects = new PyObject[keys.Length];
        var seen = new PyDict();
        for (var i = 0; i < keys.Length; i++)
        {
            var k = keys[i].Eval(f);
            if (seen.Storage.Get(k) is not null) throw PyErr.ValueError("mapping pattern checks duplicate key (" + Ops.Repr(k) + ")");
            seen.Storage.Set(k, PyNone.Value);
            keyObjects[i] = k;
        }
        // CPython looks keys up with the subject's get() so that __missing__ is not triggered.
        var get = Ops.GetAttr(subject, "get");
        var found = new PyObject[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var v = Ops.Call(get, [keyObjects[i], Missing]);
            if (ReferenceEquals(v, Missing)) return false;
            found[i] = v;
        }
        for (var i = 0; i < keys.Length; i++)
            if (!values[i].Match(f, found[i], captures)) return false;
        if (rest is not null)
        {
            var copy = (PyDict)Ops.Call(Builtins.Dict, [subject]);
            foreach (var k in keyObjects) copy.Storage.Remove(k, out _);
            captures.Add((rest, copy));
        }
        return true;
    }
}

/// <summary><c>case Point(x, y=0)</c>: isinstance, then positional sub-patterns through <c>__match_args__</c>.</summary>
internal sealed class ClassPattern(ExprNode cls, PatternNode[] positional, string[] kwNames, PatternNode[] kwPatterns) : PatternNode
{
    // Builtins whose single positional sub-pattern matches the subject itself.
    private static bool MatchesSelf(PyType t) =>
        t == Builtins.Bool || t == Builtins.ByteArray || t == Builtins.Bytes || t == Builtins.Dict || t == Builtins.Float
        || t == Builtins.FrozenSet || t == Builtins.Int || t == Builtins.List || t == Builtins.Set || t == Builtins.Str
        || t == Builtins.Tuple;

    public override bool Match(Frame f, PyObject subject, List<(TargetNode, PyObject)> captures)
    {
        var c = cls.Eval(f);
        if (c is not PyType type) throw PyErr.TypeError("called match pattern must be a type");
        if (!subject.Type.IsSubtypeOf(type)) return false;
        var names = new List<string>();
        if (positional.Length > 0)
        {
            if (positional.Length == 1 && MatchesSelf(type) && type.Lookup("__match_args__") is null)
            {
                if (!positional[0].Match(f, subject, captures)) return false;
                names.Add("");
            }
            else
            {
                var ma = Ops.GetAttrOrNull(type, "__match_args__");
                PyObject[] matchArgs;
                if (ma is null) matchArgs = [];
                else if (ma is PyTuple t && t.Type.IsSubtypeOf(Builtins.Tuple)) matchArgs = t.Items;
                else throw PyErr.TypeError($"{type.Name}.__match_args__ must be a tuple (got {ma.Type.Name})");
                if (positional.Length > matchArgs.Length)
                {
                    var plural = matchArgs.Length == 1 ? "" : "s";
                    throw PyErr.TypeError($"{type.Name}() accepts {matchArgs.Length} positional sub-pattern{plural} ({positional.Length} given)");
                }
                for (var i = 0; i < positional.Length; i++)
                {
                    if (matchArgs[i] is not PyStr name)
                        throw PyErr.TypeError($"__match_args__ elements must be strings (got {matchArgs[i].Type.Name})");
                    if (names.Contains(name.Value))
                        throw PyErr.TypeError($"{type.Name}() got multiple sub-patterns for attribute '{name.Value}'");
                    names.Add(name.Value);
                    var attr = Ops.GetAttrOrNull(subject, name.Value);
                    if (attr is null || !positional[i].Match(f, attr, captures)) return false;
                }
            }
        }
        for (var i = 0; i < kwNames.Length; i++)
        {
            if (names.Contains(kwNames[i]))
                throw PyErr.TypeError($"{type.Name}() got multiple sub-patterns for attribute '{kwNames[i]}'");
            names.Add(kwNames[i]);
            var attr = Ops.GetAttrOrNull(subject, kwNames[i]);
            if (attr is null || !kwPatterns[i].Match(f, attr, captures)) return false;
        }
        return true;
    }
}
