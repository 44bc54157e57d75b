namespace Weft.Generators.Tests.Adversarial;

/// <summary>
/// Record parameter types and enums a real codebase declares: project types named like the framework's (List, Task,
/// Dictionary, DataFile), a type and a namespace of one name, aliases and usings in one file only, nested and generic
/// records, base records, enums with values. Each record parameter type read from syntax is cross-checked against binding.
/// </summary>
public sealed class TypeNameAdversaryTests
{
    private const string Flow = """
        using Weft;
        using Demo.Model;

        namespace Demo.App
        {
            [Pipeline]
            public static partial class Flow
            {
                static void Define()
                {
                    var output = Make(1);
                }

                [Step] static Output Make(int x) => throw new System.NotImplementedException();
            }
        }
        """;

    private static AdversarialRun Run(string model, params (string Path, string Text)[] more)
        => AdversarialRun.Of([("Flow.cs", Flow), ("Model.cs", model), .. more]);

    [Theory]
    [InlineData("namespace Demo.Model;\npublic sealed class List { public int X { get; set; } }\npublic sealed record Output(List Items, System.Collections.Generic.List<int> Numbers);")]
    [InlineData("using System.Collections.Generic;\nnamespace Demo.Model;\npublic sealed class List<T> { public T? Value { get; set; } }\npublic sealed record Output(List<int> Items);")]
    [InlineData("using System.Collections.Generic;\nnamespace Demo.Model;\npublic sealed record Dictionary(int A);\npublic sealed record Output(Dictionary D, Dictionary<string, int> Map);")]
    [InlineData("using Weft;\nnamespace Demo.Model;\npublic sealed record DataFile(string Path);\npublic sealed record Output(DataFile File);")]
    [InlineData("using System.Threading.Tasks;\nnamespace Demo.Model;\npublic sealed record Task(int Id);\npublic sealed record Output(Task Job);")]
    [InlineData("using Weft;\nnamespace Demo.Model;\npublic sealed record Step(int Id);\npublic sealed record StepAttribute(int Id);\npublic sealed record Output(Step S, StepAttribute A);")]
    [InlineData("namespace Demo.Model;\npublic sealed record Output(Row R);\nnamespace Demo.Model.Row { public sealed record Inner(int A); }\npublic sealed record Row(int A);")]
    [InlineData("using Rows = System.Collections.Generic.List<Demo.Model.Row>;\nnamespace Demo.Model;\npublic sealed record Row(int A);\npublic sealed record Output(Rows R);")]
    [InlineData("using Row = Demo.Other.Row;\nnamespace Demo.Model;\npublic sealed record Output(Row R);\nnamespace Demo.Other { public sealed record Row(string B); }")]
    [InlineData("using static Demo.Other.Holder;\nnamespace Demo.Model;\npublic sealed record Output(Row R);\nnamespace Demo.Other { public static class Holder { public sealed record Row(string B); } }")]
    [InlineData("namespace Demo.Model\n{\n    using Demo.Other;\n    public sealed record Output(Row R);\n}\nnamespace Demo.Other { public sealed record Row(string B); }")]
    [InlineData("namespace Demo\n{\n    namespace Model\n    {\n        public sealed record Output(Row R);\n    }\n    public sealed record Row(string B);\n}")]
    [InlineData("namespace Demo.Model;\npublic sealed record Output(Row R);\npublic sealed record Row(Row? Next, int A);")]
    [InlineData("namespace Demo.Model;\npublic sealed record Output(Output.Row R)\n{\n    public sealed record Row(int A);\n}")]
    [InlineData("namespace Demo.Model;\npublic sealed record Output(Row R)\n{\n    public sealed record Row(int A);\n}\npublic sealed record Row(string B);")]
    [InlineData("namespace Demo.Model;\npublic record Base(Row R) { public sealed record Row(int A); }\npublic sealed record Row(string B);\npublic sealed record Output(Row R2) : Base(new Base.Row(1));")]
    [InlineData("namespace Demo.Model;\npublic sealed record Output(Box<int> B);\npublic sealed record Box<T>(T Value);")]
    [InlineData("namespace Demo.Model;\npublic sealed class T { public int A { get; set; } }\npublic sealed record Box<T>(T Value);\npublic sealed record Output(Box<int> B, T Other);")]
    [InlineData("namespace Demo.Model;\npublic static class Outer { public sealed record Row(int A); public sealed record Output2(Row R); }\npublic sealed record Row(string B);\npublic sealed record Output(Outer.Output2 O);")]
    [InlineData("namespace Demo.Model;\npublic sealed record Output(int A)\n{\n    public string Extra { get; init; } = \"\";\n}")]
    [InlineData("namespace Demo.Model;\npublic sealed record Output(int A)\n{\n    public int A { get; init; } = A;\n}")]
    [InlineData("namespace Demo.Model;\npublic sealed record Output(int A, Row? R, Row[] Rs, Row?[] Maybe, System.Collections.Generic.List<Row?>? L);\npublic enum Row { X }")]
    [InlineData("namespace Demo.Model;\n#nullable disable\npublic sealed record Output(string A, Row R);\n#nullable enable\npublic sealed record Row(string B);")]
    [InlineData("namespace Demo.Model;\npublic sealed record Output(string A, Row R);\nfile sealed record Row(string B);")]
    [InlineData("namespace Demo.Model;\npublic sealed record Output(dynamic A, nint B, var C);\npublic sealed class var { public int V { get; set; } }")]
    [InlineData("namespace Demo.Model;\npublic sealed record Output(@Row R);\npublic sealed record Row(int A);")]
    [InlineData("namespace Demo.Model;\npublic sealed record Output(Mode M, Flags F, Small S);\npublic enum Mode { A = 1, B = 1, C }\n[System.Flags] public enum Flags { None = 0, X = 1, Y = 2, XY = X | Y }\npublic enum Small : byte { A, B }")]
    [InlineData("namespace Demo.Model;\npublic sealed record Output(Mode M);\npublic enum Mode { A, @class, [System.Obsolete] B, C, }")]
    [InlineData("namespace Demo.Model;\npublic sealed record Output(Mode M);\npublic enum Mode : int { A, B }")]
    [InlineData("namespace Demo.Model;\npublic sealed record Output(Mode M);\npublic enum Mode : System.Int64 { A, B }")]
    [InlineData("using System.Collections.Generic;\nnamespace Demo.Model;\npublic sealed record Output(List<int?[]> A, Dictionary<string, List<Row?>?> B, Row[][] C, Row?[]? D, int[]? E);\npublic sealed record Row(int A);")]
    [InlineData("namespace Demo.Model;\npublic sealed record Output(String S, Int32 I);\npublic sealed record String(int A);\npublic sealed record Int32(string B);")]
    [InlineData("namespace Demo.Model;\npublic sealed record Output(Row? R, Nullable<int> N);\npublic struct Row { public int A { get; set; } }\npublic sealed class Nullable<T> { public T? V { get; set; } }")]
    [InlineData("using System;\nnamespace Demo.Model;\npublic sealed record Output(Nullable<Row> R, Row? S);\npublic enum Row { A }")]
    [InlineData("namespace Demo.Model;\n#nullable enable annotations\npublic sealed record Output(string? A, Row? R);\n#nullable restore\npublic sealed record Row(int A);")]
    [InlineData("namespace Demo.Model;\npublic sealed record Output(\n#nullable disable\n    Row R,\n#nullable enable\n    Row? S);\npublic sealed record Row(string A);")]
    [InlineData("namespace Demo.Model;\npublic sealed record Output(System.Collections.Generic.List<Row> A, global::Demo.Model.Row B, (int X, Row Y)[] C);\npublic sealed record Row(int A);")]
    [InlineData("namespace Demo.Model;\npublic sealed record Output(Row R);\npublic sealed record Row(int A);\npublic static class Row2 { }\nnamespace Demo.Model.Sub { public sealed record Row(string B); }")]
    [InlineData("namespace Demo.Model;\npublic sealed record Output(Row R, Row<int> G);\npublic sealed record Row(int A);\npublic sealed record Row<T>(T A);")]
    [InlineData("namespace Demo.Model;\npublic sealed record Output(Row R);\npublic struct Row { public int A; }")]
    [InlineData("namespace Demo.Model;\npublic readonly record struct Output(Row R, int B);\npublic sealed record Row(int A);")]
    [InlineData("namespace Demo.Model;\npublic sealed record Output(Row R);\npublic sealed record Row(int A) : Base;\npublic abstract record Base { public string Tag { get; init; } = \"\"; }")]
    [InlineData("namespace Demo.Model;\npublic sealed record Output(Row R);\npublic sealed record Row(int A)\n{\n    public int A { get; } = A;\n}")]
    [InlineData("namespace Demo.Model;\npublic sealed record Output(Row R);\npublic sealed record Row(int A)\n{\n    public int B => A;\n    public int C { get; init; }\n}")]
    [InlineData("namespace Demo.Model;\nusing Demo.Other;\npublic sealed record Output(Row R);\nnamespace Demo.Other { }")]
    [InlineData("namespace Demo.Model;\nusing Row = Demo.Other.Row;\npublic sealed record Output(Row R);")]
    public void Output_types_agree_with_binding(string model) => Run(model);

    [Fact]
    public void A_global_alias_in_another_file_renames_a_record_parameter_type()
        => Run("namespace Demo.Model;\npublic sealed record Output(Row R);\npublic sealed record Row(int A);",
            ("Usings.cs", "global using Row = Demo.Other.Row;\nnamespace Demo.Other { public sealed record Row(string B); }"));

    [Fact]
    public void A_global_using_in_another_file_imports_the_parameter_type()
        => Run("namespace Demo.Model;\npublic sealed record Output(Row R, Dictionary<string, List<Row>> M);",
            ("Usings.cs", "global using Demo.Other;\nglobal using System.Collections.Generic;\nnamespace Demo.Other { public sealed record Row(string B); }"));

    [Fact]
    public void A_global_using_static_in_another_file_imports_a_nested_record()
        => Run("namespace Demo.Model;\npublic sealed record Output(Row R);",
            ("Usings.cs", "global using static Demo.Other.Holder;\nnamespace Demo.Other { public static class Holder { public sealed record Row(string B); } }"));

    [Fact]
    public void Two_imports_declaring_the_same_name_is_ambiguous()
        => Run("using Demo.A;\nusing Demo.B;\nnamespace Demo.Model;\npublic sealed record Output(Row R);",
            ("Ab.cs", "namespace Demo.A { public sealed record Row(int X); }\nnamespace Demo.B { public sealed record Row(string Y); }"));

    [Fact]
    public void A_type_of_the_global_namespace_beats_an_import()
        => Run("using Demo.A;\nnamespace Demo.Model;\npublic sealed record Output(Row R);",
            ("Ab.cs", "public sealed record Row(long G);\nnamespace Demo.A { public sealed record Row(int X); }"));

    [Fact]
    public void A_type_and_a_namespace_of_one_name()
        => Run("namespace Demo.Model;\npublic sealed record Output(Other R);",
            ("Ab.cs", "namespace Demo { public sealed record Other(int X); }\nnamespace Demo.Other { public sealed record Row(int Y); }"));

    [Fact]
    public void A_file_scoped_namespace_with_its_own_usings()
        => Run("namespace Demo.Model;\nusing Demo.Other;\npublic sealed record Output(Row R);",
            ("Other.cs", "namespace Demo.Other { public sealed record Row(string B); }"));

    [Fact]
    public void Partial_record_declared_in_two_files()
        => Run("namespace Demo.Model;\npublic sealed partial record Output(Row R);\npublic sealed record Row(int A);",
            ("Part.cs", "namespace Demo.Model;\npublic sealed partial record Output { public int Extra { get; init; } }"));
    [Fact]
    public void Project_types_named_String_Int32_and_List_are_the_ones_serialized()
    {
        var run = Run("""
            using System.Collections.Generic;
            namespace Demo.Model;
            public sealed record Output(String S, Int32 I, List<Row> L);
            public sealed record String(int A);
            public sealed record Int32(string B);
            public sealed class List<T> { public T? Value { get; set; } }
            public sealed record Row(int A);
            """);

        Assert.Empty(run.Errors);
        var all = string.Concat(run.Sources.Values);
        Assert.Contains("global::Demo.Model.String", all, StringComparison.Ordinal);
        Assert.Contains("global::Demo.Model.Int32", all, StringComparison.Ordinal);
        Assert.Contains("global::Demo.Model.List<global::Demo.Model.Row>", all, StringComparison.Ordinal);
        Assert.DoesNotContain("global::System.Collections.Generic.List<global::Demo.Model.Row>", all, StringComparison.Ordinal);
    }
}
