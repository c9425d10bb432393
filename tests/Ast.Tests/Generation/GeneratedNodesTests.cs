using FatSharp.Ast;
using FatSharp.AstGen;

namespace FatSharp.Tests.Ast.Generation;

/// <summary>The checked-in node classes must be what tools/AstGen makes of the spec today.</summary>
public sealed class GeneratedNodesTests
{
    [Fact]
    public void GeneratedFilesMatchTheSpec()
    {
        var root = RepoRoot();
        var spec = AsdlSpec.Parse(File.ReadAllText(Path.Combine(root, "src/Ast/Spec/Python.asdl")));
        foreach (var (name, text) in AstGenerator.Generate(spec))
        {
            var checkedIn = File.ReadAllText(Path.Combine(root, "src/Ast/Generated", name));
            Assert.True(checkedIn == text, $"src/Ast/Generated/{name} is stale: run `dotnet run --project tools/AstGen`");
        }
    }

    [Fact]
    public void EveryPythonNodeClassHasItsFieldsInOrder()
    {
        var info = NodeInfo.Of(NodeKind.FunctionDef);
        Assert.Equal(["name", "args", "body", "decorator_list", "returns", "type_comment"], info.Fields);
        Assert.Equal("stmt", info.BaseName);
        Assert.Equal("Expr", NodeInfo.Of(NodeKind.ExprStmt).Name);
        Assert.Equal(["value", "kind"], NodeInfo.Of(NodeKind.Constant).Fields);
        Assert.False(NodeInfo.Of(NodeKind.Arguments).HasPositions);
        Assert.True(NodeInfo.Of(NodeKind.Arg).HasPositions);
    }

    private static string RepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "FatSharp.sln"))) return d.FullName;
        throw new InvalidOperationException("FatSharp.sln not found");
    }
}
