using Weft.Generators.Tests.Incremental;

namespace Weft.Generators.Tests.Adversarial;

/// <summary>
/// Edits that change what a step's or <c>Define</c>'s signature means, often without touching the file that writes it:
/// a parameter type's declaration renamed, a type added in another file that hides an imported one, a project Task or
/// CancellationToken appearing, a global alias, a tuple alias retargeted, a default or the constant it names changed, a
/// nullable directive added. After each edit the kept driver's output must equal a fresh run's over the same text.
/// </summary>
public sealed class SignatureIncrementalAdversaryTests
{
    private const string Flow = """
        using System.Threading.Tasks;
        using Weft;
        using Demo.Model;

        namespace Demo.App;

        [Pipeline]
        public static partial class Flow
        {
            static async Task Define(int size = 3, Mode mode = Mode.B)
            {
                var made = await Steps.Make(size);
                var (left, right) = Steps.Split(made, mode);
                var used = Steps.Use(left, right);
            }
        }
        """;

    private const string Steps = """
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        using Demo.Model;
        using Pair = (int Left, string Right);

        namespace Demo.App;

        public static class Steps
        {
            [Step] public static Task<Row> Make(int size, CancellationToken ct = default) => Task.FromResult(new Row(size));

            [Step] public static Pair Split(Row row, Mode mode, int extra = Limits.Extra) => (row.A, mode.ToString());

            [Step] public static string? Use(int left, string right, string? note = null) => note;
        }
        """;

    private const string Model = """
        namespace Demo.Model;

        public sealed record Row(int A);

        public enum Mode { A, B, C }

        public static class Limits
        {
            public const int Extra = 5;
        }
        """;

    private static GeneratorSession Start()
    {
        var session = GeneratorSession.Start(("Flow.cs", Flow), ("Steps.cs", Steps), ("Model.cs", Model));
        Assert.Empty(session.Diagnostics);
        IncrementalAdversaryTests.AssertMatchesFresh(session);
        return session;
    }

    [Theory]
    [InlineData("namespace Demo.App;\npublic sealed record Row(string B, int C);")]
    [InlineData("namespace Demo.App;\npublic enum Mode { X, B, Y, Z }")]
    [InlineData("namespace Demo.App;\npublic static class Limits { public const int Extra = 9; }")]
    [InlineData("namespace Demo.App;\npublic sealed record Task<T>(T Value);")]
    [InlineData("namespace Demo.App;\npublic sealed record CancellationToken(int Id);")]
    [InlineData("namespace Demo.App;\npublic sealed record String(int A);")]
    [InlineData("global using Row = Demo.Other.Row;\nnamespace Demo.Other { public sealed record Row(long L); }")]
    [InlineData("global using Pair = (int Top, string Bottom);")]
    [InlineData("global using static Demo.Other.Holder;\nnamespace Demo.Other { public static class Holder { public sealed record Row(long L); } }")]
    [InlineData("namespace Demo { public sealed record Row(long L); }")]
    public void A_declaration_added_in_another_file_then_removed(string declaration)
    {
        var session = Start();

        session.Add("Added.cs", declaration);
        IncrementalAdversaryTests.AssertMatchesFresh(session);

        session.Edit("Added.cs", _ => "// removed\n");
        IncrementalAdversaryTests.AssertMatchesFresh(session);
    }

    [Theory]
    [InlineData("Model.cs", "record Row(int A)", "record Row2(int A);\npublic sealed record Row(string Renamed)")]
    [InlineData("Model.cs", "record Row(int A)", "record Row(int A, int B = 0)")]
    [InlineData("Model.cs", "public const int Extra = 5;", "public const int Extra = -5;")]
    [InlineData("Model.cs", "enum Mode { A, B, C }", "enum Mode : byte { C, B, A }")]
    [InlineData("Steps.cs", "int extra = Limits.Extra", "int extra = Limits.Extra * 2")]
    [InlineData("Steps.cs", "int extra = Limits.Extra", "long extra = 1L")]
    [InlineData("Steps.cs", "string? note = null", "string note = \"n\"")]
    [InlineData("Steps.cs", "string? note = null", "[System.Runtime.CompilerServices.CallerMemberName] string note = \"\"")]
    [InlineData("Steps.cs", "CancellationToken ct = default", "CancellationToken ct = new()")]
    [InlineData("Steps.cs", "CancellationToken ct = default", "int ct = 0")]
    [InlineData("Steps.cs", "using Pair = (int Left, string Right);", "using Pair = (int Top, string Bottom);")]
    [InlineData("Steps.cs", "using Pair = (int Left, string Right);", "using Pair = System.ValueTuple<int, string>;")]
    [InlineData("Steps.cs", "using Demo.Model;", "using Demo.Model;\nusing Row = Demo.Other.Row;")]
    [InlineData("Steps.cs", "namespace Demo.App;", "#nullable disable\nnamespace Demo.App;")]
    [InlineData("Steps.cs", "Task<Row> Make(int size,", "ValueTask<Row> Make(int size,")]
    [InlineData("Steps.cs", "Task<Row> Make(int size,", "Task<Row> Make(int size, ref int bad,")]
    [InlineData("Steps.cs", "public static Pair Split", "public static Pair Split<T>")]
    [InlineData("Steps.cs", "Split(Row row,", "Split(in Row row,")]
    [InlineData("Flow.cs", "int size = 3", "long size = 3")]
    [InlineData("Flow.cs", "Mode mode = Mode.B", "Mode mode = Mode.C")]
    [InlineData("Flow.cs", "Mode mode = Mode.B", "Mode mode = default")]
    [InlineData("Flow.cs", "int size = 3", "ref int size")]
    [InlineData("Flow.cs", "static async Task Define", "static async ValueTask Define")]
    public void An_edit_of_a_signature_or_what_it_names(string path, string before, string after)
    {
        var session = Start();
        session.Add("Other.cs", "namespace Demo.Other { public sealed record Row(long L); }");
        IncrementalAdversaryTests.AssertMatchesFresh(session);

        session.Replace(path, before, after);
        IncrementalAdversaryTests.AssertMatchesFresh(session);

        session.Replace(path, after, before);
        IncrementalAdversaryTests.AssertMatchesFresh(session);
    }

    [Fact]
    public void A_project_Task_makes_an_awaited_step_a_plain_result_and_back()
    {
        var session = Start();
        var before = session.Sources.Single(s => s.Key.EndsWith("Flow.Pipeline.g.cs", StringComparison.Ordinal)).Value;
        SignatureText.Holds(SignatureText.Node(before, "Make"), "static async (__args, __ct) =>", "new(\"value\", \"Demo.Model.Row\", ");

        session.Replace("Steps.cs", "namespace Demo.App;", "namespace Demo.App;\npublic sealed record Task<T>(T Value) { public System.Runtime.CompilerServices.TaskAwaiter<T> GetAwaiter() => System.Threading.Tasks.Task.FromResult(Value).GetAwaiter(); }");
        IncrementalAdversaryTests.AssertMatchesFresh(session);
        var after = session.Sources.Single(s => s.Key.EndsWith("Flow.Pipeline.g.cs", StringComparison.Ordinal)).Value;
        SignatureText.Holds(SignatureText.Node(after, "Make"), "new(\"value\", \"Demo.App.Task<Demo.Model.Row>\", ");
    }

    private const string EnumSteps = """
        using Weft;

        namespace Demo.App;

        public static partial class Lib
        {
            [Step] public static int Count(int size, Level level = Level.High, Row? row = null) => size;
        }
        """;

    private const string EnumFlow = """
        using Weft;

        namespace Demo.App;

        [Pipeline]
        public static partial class Counting
        {
            static void Define(int size = 1, Level start = Level.Low)
            {
                var counted = Lib.Count(size);
            }
        }
        """;

    private const string EnumModel = """
        namespace Demo.App;

        public enum Level { Low, High }

        public sealed record Row(int A);
        """;

    [Theory]
    [InlineData("Enum.cs", "enum Level { Low, High }", "enum Level { High, Low }")]
    [InlineData("Enum.cs", "enum Level { Low, High }", "enum Level { Low = 3, High }")]
    [InlineData("Enum.cs", "enum Level { Low, High }", "enum Level : long { Low, Mid, High }")]
    [InlineData("Enum.cs", "enum Level { Low, High }", "enum Level { Low, High = Low }")]
    [InlineData("Enum.cs", "enum Level { Low, High }", "enum Level { Low }")]
    [InlineData("Enum.cs", "public sealed record Row(int A);", "public struct Row { public int A { get; set; } }")]
    [InlineData("Lib.cs", "Level level = Level.High", "Level level = Level.Low")]
    [InlineData("Lib.cs", "Level level = Level.High", "Level level = default")]
    [InlineData("Lib.cs", "Level level = Level.High", "Level? level = Level.High")]
    [InlineData("Lib.cs", "Row? row = null", "Row? row = default")]
    [InlineData("Lib.cs", "Row? row = null", "Row?[]? row = null")]
    [InlineData("Flow.cs", "Level start = Level.Low", "Level start = Level.High")]
    public void An_enum_member_default_follows_the_enum_and_the_signature(string path, string before, string after)
    {
        var session = GeneratorSession.Start(("Flow.cs", EnumFlow), ("Lib.cs", EnumSteps), ("Enum.cs", EnumModel));
        Assert.Empty(session.Diagnostics);
        IncrementalAdversaryTests.AssertMatchesFresh(session);

        session.Replace(path, before, after);
        IncrementalAdversaryTests.AssertMatchesFresh(session);

        session.Replace(path, after, before);
        IncrementalAdversaryTests.AssertMatchesFresh(session);
    }

    [Theory]
    [InlineData("namespace Demo.App;\npublic static partial class Lib { public enum Level { Other, Low, High } }")]
    [InlineData("namespace Demo.App;\npublic static partial class Lib { public sealed record Row(string B); }")]
    [InlineData("namespace Demo.App;\npublic static partial class Lib { public static int Level => 1; }")]
    [InlineData("namespace Demo.App;\npublic static partial class Counting { public enum Level { Other, Low, High } }")]
    [InlineData("global using Level = System.DayOfWeek;")]
    [InlineData("global using static Demo.Other.Holder;\nnamespace Demo.Other { public static class Holder { public enum Level { X, Low, High } } }")]
    [InlineData("namespace Demo.App.Level { public sealed class Inner { } }")]
    [InlineData("namespace Demo.App;\nfile enum Level { X, Low, High }")]
    public void A_declaration_added_to_another_part_or_file_changes_what_the_names_mean(string declaration)
    {
        var session = GeneratorSession.Start(("Flow.cs", EnumFlow), ("Lib.cs", EnumSteps), ("Enum.cs", EnumModel));
        IncrementalAdversaryTests.AssertMatchesFresh(session);

        session.Add("Added.cs", declaration);
        IncrementalAdversaryTests.AssertMatchesFresh(session);

        session.Edit("Added.cs", _ => "// removed\n");
        IncrementalAdversaryTests.AssertMatchesFresh(session);
    }

    [Theory]
    [InlineData("global using Demo.Other;")]
    [InlineData("global using Row = Demo.Other.Row;")]
    [InlineData("global using Mode = Demo.Other.Mode;")]
    [InlineData("global using Task = Demo.Other.Row;")]
    [InlineData("global using CancellationToken = Demo.Other.Row;")]
    [InlineData("global using static Demo.Other.Holder;")]
    [InlineData("global using Demo.Other.Nested;")]
    public void A_file_of_global_usings_alone_changes_what_the_signatures_name(string usings)
    {
        var session = GeneratorSession.Start(("Flow.cs", Flow), ("Steps.cs", Steps), ("Model.cs", Model), ("Other.cs", """
            namespace Demo.Other
            {
                public sealed record Row(long L);

                public enum Mode { X, Y, B }

                public static class Holder { public sealed record Row(string S); }
            }

            namespace Demo.Other.Nested
            {
                public sealed record Row(short S);
            }
            """));
        IncrementalAdversaryTests.AssertMatchesFresh(session);

        session.Add("Usings.cs", usings);
        IncrementalAdversaryTests.AssertMatchesFresh(session);

        session.Edit("Usings.cs", _ => "// removed\n");
        IncrementalAdversaryTests.AssertMatchesFresh(session);
    }

    [Theory]
    [InlineData("public const int Base = 10;", "public const int Base = 20;")]
    [InlineData("public const int Base = 10;", "public const int Base = Other.Value;")]
    [InlineData("public const int Step = 1;", "public const int Step = 5;")]
    public void An_enum_member_default_follows_a_constant_its_enum_reads_from_a_third_file(string before, string after)
    {
        var session = GeneratorSession.Start(
            ("Flow.cs", EnumFlow.Replace("Level start = Level.Low", "Level start = Level.High", StringComparison.Ordinal)),
            ("Lib.cs", EnumSteps),
            ("Enum.cs", EnumModel.Replace("enum Level { Low, High }", "enum Level { Low = Limits.Base, High = Low + Limits.Step }", StringComparison.Ordinal)),
            ("Limits.cs", "namespace Demo.App;\npublic static class Limits\n{\n    public const int Base = 10;\n    public const int Step = 1;\n}\npublic static class Other { public const int Value = 30; }"));
        Assert.Empty(session.Diagnostics);
        IncrementalAdversaryTests.AssertMatchesFresh(session);

        session.Replace("Limits.cs", before, after);
        IncrementalAdversaryTests.AssertMatchesFresh(session);

        session.Replace("Limits.cs", after, before);
        IncrementalAdversaryTests.AssertMatchesFresh(session);
    }

    private const string QualifiedSteps = """
        using Weft;

        namespace Demo.App;

        public sealed record Row(int A);

        public static class Qualified
        {
            [Step] public static System.Collections.Generic.List<Row> Make(int size, System.Threading.CancellationToken ct = default) => new();

            [Step] public static int Use(global::System.Collections.Generic.List<Row> rows, Demo.App.Row? extra = null) => rows.Count;
        }
        """;

    private const string QualifiedFlow = """
        using Weft;

        namespace Demo.App;

        [Pipeline]
        public static partial class Listing
        {
            static void Define(int size = 1)
            {
                var made = Qualified.Make(size);
                var used = Qualified.Use(made);
            }
        }
        """;

    [Theory]
    [InlineData("namespace Demo.App.System.Collections.Generic { public sealed class List<T> { public T? Value { get; set; } } }")]
    [InlineData("namespace Demo.System.Collections.Generic { public sealed class List<T> { public T? Value { get; set; } } }")]
    [InlineData("namespace Demo.App.Demo.App { public sealed record Row(string Other); }")]
    [InlineData("namespace Demo.App.Demo { public sealed class App { public sealed record Row(long L); } }")]
    [InlineData("namespace Demo.App.System.Threading { public sealed record CancellationToken(int Id); }")]
    [InlineData("namespace Demo.App { public static class System { } }")]
    [InlineData("global using System = Demo.Other;\nnamespace Demo.Other { }")]
    public void A_namespace_added_in_another_file_changes_what_a_qualified_name_names(string declaration)
    {
        var session = GeneratorSession.Start(("Flow.cs", QualifiedFlow), ("Steps.cs", QualifiedSteps));
        Assert.Empty(session.Diagnostics);
        IncrementalAdversaryTests.AssertMatchesFresh(session);

        session.Add("Added.cs", declaration);
        IncrementalAdversaryTests.AssertMatchesFresh(session);

        session.Edit("Added.cs", _ => "// removed\n");
        IncrementalAdversaryTests.AssertMatchesFresh(session);
    }
}
