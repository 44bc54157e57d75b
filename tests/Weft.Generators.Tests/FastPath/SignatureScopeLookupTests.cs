namespace Weft.Generators.Tests.FastPath;

/// <summary>
/// The fast path asks what a type or namespace name means (whether <c>var</c> names a type, what a qualifier such as
/// <c>Rates.Low</c> starts with) at Define's return type rather than in its body. Wherever such a name is declared or
/// imported outside the class, the answer and so the output must be binding's; the cross-check also compares the
/// two positions' answers in every run.
/// </summary>
public sealed class SignatureScopeLookupTests
{
    private static string Pipeline(string usings, string outside, string body) => $$"""
        using System.Threading;
        using Weft;
        {{usings}}

        namespace Demo
        {
            public sealed record Table(string Name);

            public sealed record Model(long Trees, double Rate);

            public static class Rates
            {
                public const double Low = 0.125;
            }

            {{outside}}

            [Pipeline]
            public static partial class Training
            {
                static void Define(string name, int trees)
                {
                    {{body}}
                }

                [Step] static Table Load(string name) => new(name);

                [Step] static Model Fit(Table table, long trees, double rate = 0.5, CancellationToken ct = default) => new(trees, rate);
            }
        }

        namespace Other
        {
            public sealed class var { }

            public static class Rates
            {
                public const double Low = 0.875;
            }
        }
        """;

    [Theory]
    // 'var' as the keyword, with nothing of that name in scope.
    [InlineData("", "", "var table = Load(name); Fit(table, trees, Rates.Low);")]
    // 'var' naming a type: an alias of the file, a class of the pipeline's namespace, a class of an imported namespace.
    [InlineData("using var = Demo.Table;", "", "var table = Load(name); Fit(table, trees);")]
    [InlineData("", "public sealed class var { }", "var table = Load(name); Fit(table, trees);")]
    [InlineData("using Other;", "", "var table = Load(name); Fit(table, trees);")]
    // Names that rule out reading 'var' from the scope: a namespace 'var', a generic 'var<T>' (the keyword after all).
    [InlineData("", "namespace var { }", "var table = Load(name); Fit(table, trees);")]
    [InlineData("", "public sealed class var<T> { }", "var table = Load(name); Fit(table, trees);")]
    // A qualifier found beyond the class: through an alias, through a using that makes it ambiguous, by its full name.
    [InlineData("using R = Other.Rates;", "", "var table = Load(name); Fit(table, trees, R.Low);")]
    [InlineData("using Other;", "", "Fit(Load(name), trees, Rates.Low);")]
    [InlineData("", "", "Fit(Load(name), trees, Other.Rates.Low);")]
    public void NameDeclaredOutsideTheClass_MeansWhatBindingSays(string usings, string outside, string body)
    {
        var fast = FastPathRun.AssertSame(("Training.cs", Pipeline(usings, outside, body)));

        Assert.True(fast.FastCalls > 0);
    }

    [Fact]
    public void FileLocalVar_InAnotherFile_LeavesVarTheKeywordHere()
    {
        var fast = FastPathRun.AssertSame(
            ("Hidden.cs", "namespace Demo { file sealed class var { } }"),
            ("Training.cs", Pipeline("", "", "var table = Load(name); Fit(table, trees);")));

        Assert.True(fast.FastCalls > 0);
        Assert.Empty(fast.Diagnostics);
    }

    [Fact]
    public void VarNestedInABaseClass_IsATypeInDefine()
    {
        // Not a static class (reported), but its Define is still lowered (with a step of a static class), and 'var' is the
        // base class's nested type.
        const string Outside = "public class Holder { public sealed class var { } } public static class Steps { [Step] public static Table Get(string name) => new(name); }";
        var fast = FastPathRun.AssertSame(("Training.cs", Pipeline("", Outside, "var table = Steps.Get(name);")
            .Replace("public static partial class Training", "public partial class Training : Holder")));

        Assert.True(fast.FastCalls > 0);
        Assert.Contains(fast.Diagnostics, d => d.StartsWith("WEFT0001", StringComparison.Ordinal));
    }

    [Fact]
    public void UsingStaticInsideANestedNamespace_ImportsTheQualifier()
    {
        // 'Rates' is only the nested class a 'using static' two namespace levels down imports; the scope is not certain there.
        const string Source = """
            using System.Threading;
            using Weft;

            namespace Demo
            {
                public sealed record Table(string Name);

                public sealed record Model(long Trees, double Rate);

                public static class Holder
                {
                    public static class Rates
                    {
                        public const double Low = 0.375;
                    }
                }

                namespace App
                {
                    using static Demo.Holder;

                    [Pipeline]
                    public static partial class Training
                    {
                        static void Define(string name, int trees)
                        {
                            var table = Load(name);
                            Fit(table, trees, Rates.Low);
                        }

                        [Step] static Table Load(string name) => new(name);

                        [Step] static Model Fit(Table table, long trees, double rate = 0.5, CancellationToken ct = default) => new(trees, rate);
                    }
                }
            }
            """;
        var fast = FastPathRun.AssertSame(("Training.cs", Source));

        Assert.Empty(fast.Diagnostics);
        Assert.True(fast.Fallbacks > 0, "a call naming what a 'using static' imports must be bound");
    }

    [Fact]
    public void GlobalAliasNamedVar_InAnotherFile_IsATypeInDefine()
    {
        var fast = FastPathRun.AssertSame(
            ("Aliases.cs", "global using var = Demo.Table;"),
            ("Training.cs", Pipeline("", "", "var table = Load(name); Fit(table, trees);")));

        Assert.True(fast.FastCalls > 0);
        Assert.Empty(fast.Diagnostics);
    }

    [Fact]
    public void AliasNamedVar_ForTheStepsOwnType_LowersAsIfWrittenOut()
    {
        var viaAlias = FastPathRun.AssertSame(("Training.cs", Pipeline("using var = Demo.Table;", "", "var table = Load(name); Fit(table, trees);")));
        var writtenOut = FastPathRun.AssertSame(("Training.cs", Pipeline("", "", "Table table = Load(name); Fit(table, trees);")));

        Assert.Empty(viaAlias.Diagnostics);
        Assert.Equal(writtenOut.Sources, viaAlias.Sources);
    }
}
