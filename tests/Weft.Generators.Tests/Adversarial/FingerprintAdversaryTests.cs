using Weft.Generators.Tests.Incremental;
using Weft.Generators.Tests.Infrastructure;

namespace Weft.Generators.Tests.Adversarial;

/// <summary>
/// Code a step reaches through other files (a partial class split over files, a constant, a nested type, a global
/// alias), edited under a kept driver: the fingerprints generated must be those a fresh run computes.
/// </summary>
public sealed class FingerprintAdversaryTests
{
    private const string Flow = """
        using Weft;
        using Demo.Lib;

        namespace Demo.App;

        [Pipeline]
        public static partial class Flow
        {
            static void Define(int size = 3)
            {
                var a = Scale(size);
            }

            [Step] static int Scale(int x) => Helper.Say(x) * Limits.Factor + new Helper.Inner().Value + Other.Twice(x);
        }
        """;

    private static readonly (string Path, string Text)[] Files =
    [
        ("Flow.cs", Flow),
        ("HelperA.cs", "namespace Demo.Lib;\npublic static partial class Helper\n{\n    public static int Say(int x) => x + 1;\n}\n"),
        ("HelperB.cs", "namespace Demo.Lib;\npublic static partial class Helper\n{\n    public sealed class Inner { public int Value => 2; }\n}\n"),
        ("Limits.cs", "namespace Demo.Lib;\npublic static class Limits { public const int Factor = 3; }\npublic static class Other { public static int Twice(int x) => x * 2; }\n"),
    ];

    private static void AssertMatchesFresh(GeneratorSession session)
    {
        var files = session.Compilation.SyntaxTrees.Select(t => (t.FilePath, t.GetText().ToString())).ToArray();
        var (result, _, _) = GeneratorHarness.Run(GeneratorHarness.Compile(files));
        var fresh = result.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        Assert.Equal(fresh.OrderBy(p => p.Key, StringComparer.Ordinal), session.Sources.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("HelperA.cs", "x + 1", "x + 2")]
    [InlineData("HelperB.cs", "Value => 2", "Value => 4")]
    [InlineData("Limits.cs", "Factor = 3", "Factor = 4")]
    [InlineData("Limits.cs", "x * 2", "x * 3")]
    [InlineData("HelperB.cs", "public sealed class Inner", "public static int Say(long x) => 0;\n    public sealed class Inner")]
    public void An_edit_in_another_file_reaches_the_fingerprint(string path, string oldText, string newText)
    {
        var session = GeneratorSession.Start(Files);
        var before = session.Sources;

        session.Replace(path, oldText, newText);
        AssertMatchesFresh(session);
        Assert.NotEqual(before.OrderBy(p => p.Key, StringComparer.Ordinal), session.Sources.OrderBy(p => p.Key, StringComparer.Ordinal));

        session.Replace(path, newText, oldText);
        AssertMatchesFresh(session);
        Assert.Equal(before.OrderBy(p => p.Key, StringComparer.Ordinal), session.Sources.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Shadow.cs", "namespace Demo.App;\npublic static class Limits { public const int Factor = 5; }")]
    [InlineData("Shadow.cs", "namespace Demo.App;\npublic static class Other { public static int Twice(int x) => x * 5; }")]
    [InlineData("Shadow.cs", "namespace Demo.App;\npublic static class Helper { public static int Say(int x) => 0; public sealed class Inner { public int Value => 9; } }")]
    [InlineData("Shadow.cs", "namespace Demo.Lib;\npublic static partial class Helper { public static int Say(short x) => 0; }")]
    [InlineData("Shadow.cs", "namespace Demo.Lib;\npublic static class Extensions { public static int Twice(this int x) => x; }")]
    [InlineData("Shadow.cs", "global using Other = Demo.Lib.Helper;")]
    public void A_declaration_added_in_another_file_then_removed_reaches_the_fingerprint(string path, string text)
    {
        var session = GeneratorSession.Start(Files);

        session.Add(path, text);
        AssertMatchesFresh(session);

        session.Edit(path, _ => "// removed\n");
        AssertMatchesFresh(session);
    }
    [Fact]
    public void A_declaration_no_step_names_leaves_the_output_as_a_fresh_run_gives_it()
    {
        var session = GeneratorSession.Start(Files);
        var before = session.Sources;

        session.Replace("Limits.cs", "public static class Other", "public static class Helper2 { }\npublic static class Other");
        AssertMatchesFresh(session);
        Assert.Equal(before.OrderBy(p => p.Key, StringComparer.Ordinal), session.Sources.OrderBy(p => p.Key, StringComparer.Ordinal));
    }
}
