using System.Text;

namespace FatSharp.Ast;

/// <summary>
/// Text identical to CPython 3.11's <c>ast.dump(node)</c> and <c>ast.dump(node, include_attributes=True)</c>.
/// </summary>
public static partial class AstDump
{
    public static string Dump(Node node, bool includeAttributes = false)
    {
        var w = new DumpWriter(new StringBuilder(256), includeAttributes);
        w.Node(node);
        return w.ToString();
    }

    /// <summary>Accumulates the dump; the generated part calls it field by field.</summary>
    private sealed class DumpWriter(StringBuilder sb, bool includeAttributes)
    {
        private bool _first;

        public void Node(Node node)
        {
            DepthGuard.Enter();
            sb.Append(node.TypeName).Append('(');
            var saved = _first;
            _first = true;
            WriteFields(this, node);
            if (includeAttributes && node is LocatedNode l)
            {
                Field("lineno"); Int(l.Lineno);
                Field("col_offset"); Int(l.ColOffset);
                if (l.EndLineno >= 0) { Field("end_lineno"); Int(l.EndLineno); }
                if (l.EndColOffset >= 0) { Field("end_col_offset"); Int(l.EndColOffset); }
            }
            else if (includeAttributes && node is TypeIgnore)
            {
                // TypeIgnore's lineno is a field, not an attribute: nothing more to write.
            }
            _first = saved;
            sb.Append(')');
        }

        public void Field(string name)
        {
            if (!_first) sb.Append(", ");
            _first = false;
            sb.Append(name).Append('=');
        }

        public void NodeList<T>(List<T> list) where T : Node
        {
            sb.Append('[');
            for (var i = 0; i < list.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                Node(list[i]);
            }
            sb.Append(']');
        }

        public void OptionalNodeList<T>(List<T?> list) where T : Node
        {
            sb.Append('[');
            for (var i = 0; i < list.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                if (list[i] is { } n) Node(n); else sb.Append("None");
            }
            sb.Append(']');
        }

        public void StrList(List<string> list)
        {
            sb.Append('[');
            for (var i = 0; i < list.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                Str(list[i]);
            }
            sb.Append(']');
        }

        /// <summary>A list of operators such as Compare's <c>ops</c>: <c>[Lt(), Eq()]</c>.</summary>
        public void EnumList<T>(List<T> list) where T : struct, Enum
        {
            sb.Append('[');
            for (var i = 0; i < list.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(list[i].ToString()).Append("()");
            }
            sb.Append(']');
        }

        public void Raw(string s) => sb.Append(s);
        public void Str(string s) => PyRepr.AppendStr(sb, s);
        public void Int(int i) => sb.Append(i);
        public void Constant(object? v) => PyRepr.AppendConstant(sb, v);

        public override string ToString() => sb.ToString();
    }
}
