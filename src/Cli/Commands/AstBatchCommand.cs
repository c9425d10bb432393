using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FatSharp.Ast;
using FatSharp.Cli.Reporting;
using FatSharp.Cli.Services;

namespace FatSharp.Cli.Commands;

/// <summary>
/// <c>--batch</c>: one JSON object per line and per file, so that a tool can process thousands of files in one
/// process. Parsed files give <c>{"path", "ok": true, "dump", "dump_attributes", "unparse"}</c> (the outputs that
/// were asked for; an output that fails gives <c>"&lt;name&gt;_error": {"error", "msg"}</c> instead); files that
/// cannot be read or parsed give <c>{"path", "ok": false, "error", "msg"}</c> plus, for a SyntaxError, its
/// <c>lineno</c>, <c>offset</c>, <c>end_lineno</c>, <c>end_offset</c>. Exit status 0 when every file parsed, else 1.
/// </summary>
public sealed class AstBatchCommand(SourceTreeLoader loader, IAstDumper dumper, IAstUnparser unparser)
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Non-ASCII text stays as it is (the reader is a JSON parser, not a browser).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public int Execute(CliOptions options, IReadOnlyList<string> files, TextWriter stdout)
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        var status = 0;
        foreach (var path in files)
        {
            buffer.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(buffer, WriterOptions))
            {
                if (!WriteRecord(json, path, options)) status = 1;
            }
            stdout.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
            stdout.Write('\n');
            stdout.Flush(); // a reader that stops us after a hang still gets every finished record
        }
        return status;
    }

    private bool WriteRecord(Utf8JsonWriter json, string path, CliOptions options)
    {
        json.WriteStartObject();
        json.WriteString("path", path);
        Mod tree;
        try
        {
            tree = loader.Load(path);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            json.WriteBoolean("ok", false);
            WriteError(json, e);
            json.WriteEndObject();
            return false;
        }
        json.WriteBoolean("ok", true);
        if (options.DumpAst) WriteOutput(json, "dump", () => dumper.Dump(tree, false));
        if (options.IncludeAttributes) WriteOutput(json, "dump_attributes", () => dumper.Dump(tree, true));
        if (options.Unparse) WriteOutput(json, "unparse", () => unparser.Unparse(tree));
        json.WriteEndObject();
        return true;
    }

    private static void WriteOutput(Utf8JsonWriter json, string name, Func<string> produce)
    {
        string text;
        try
        {
            text = produce();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            json.WriteStartObject(name + "_error");
            WriteError(json, e);
            json.WriteEndObject();
            return;
        }
        if (!IsWellFormedUtf16(text))
        {
            // JSON (and UTF-8) cannot carry a lone surrogate.
            json.WriteStartObject(name + "_error");
            json.WriteString("error", "UnicodeEncodeError");
            json.WriteString("msg", "the output contains a lone surrogate");
            json.WriteEndObject();
            return;
        }
        json.WriteString(name, text);
    }

    private static bool IsWellFormedUtf16(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (!char.IsSurrogate(c)) continue;
            if (!char.IsHighSurrogate(c) || i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1])) return false;
            i++;
        }
        return true;
    }

    private static void WriteError(Utf8JsonWriter json, Exception e)
    {
        var (cls, msg) = PythonErrorReport.Describe(e);
        json.WriteString("error", cls);
        json.WriteString("msg", msg);
        if (e is PythonSyntaxError s)
        {
            json.WriteNumber("lineno", s.Lineno);
            json.WriteNumber("offset", s.Offset);
            json.WriteNumber("end_lineno", s.EndLineno);
            json.WriteNumber("end_offset", s.EndOffset);
        }
    }
}
