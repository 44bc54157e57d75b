namespace Weft.Generators.Tests.Adversarial;

/// <summary>
/// Signatures in the shapes a syntax reader may take on: simple names found in containing types (of other partial parts,
/// of an enclosing struct), in the namespace chain and in imports (also when a file-local type or a global-namespace type
/// of the name exists), enum-member defaults whose values count up, repeat, combine flags or use other underlying types,
/// <c>default</c> of structs, <c>Nullable&lt;T&gt;</c> inside arrays, type arguments and tuples, a step in a generated file.
/// Inputs, constants and <c>RunAsync</c> must be binding's.
/// </summary>
public sealed class SignatureScopeAdversaryTests
{
    private static string Generated(string steps, string define, params (string Path, string Text)[] more)
        => AdversarialRun.Clean([("Flow.cs", $$"""
            using System;
            using System.Collections.Generic;
            using Weft;

            namespace Demo.App;

            [Pipeline]
            public static partial class Flow
            {
                static void Define(int size = 2)
                {
                    {{define}}
                }
            }

            public static partial class Steps
            {
                {{steps}}
            }
            """), .. more]).Pipeline("Flow.Pipeline.g.cs");

    [Theory]
    [InlineData("public enum Mode { A, B, C }", "Mode mode = Mode.C", "(global::Demo.App.Steps.Mode)(2), \"2\"")]
    [InlineData("public enum Mode { A = 5, B, C = A, D }", "Mode mode = Mode.D", "(global::Demo.App.Steps.Mode)(6), \"6\"")]
    [InlineData("public enum Mode { A = C, B, C = 5 }", "Mode mode = Mode.B", "(global::Demo.App.Steps.Mode)(6), \"6\"")]
    [InlineData("public enum Mode { A = -2, B, C }", "Mode mode = Mode.C", "(global::Demo.App.Steps.Mode)(0), \"0\"")]
    [InlineData("public enum Mode { A = 'a', B }", "Mode mode = Mode.B", "(global::Demo.App.Steps.Mode)(98), \"98\"")]
    [InlineData("public enum Mode : byte { A = 200, B, C }", "Mode mode = Mode.C", "(global::Demo.App.Steps.Mode)((byte)202), \"202\"")]
    [InlineData("public enum Mode : long { A = 1L << 40, B }", "Mode mode = Mode.B", "(global::Demo.App.Steps.Mode)(1099511627777L), \"1099511627777\"")]
    [InlineData("public enum Mode : sbyte { A = -128, B }", "Mode mode = Mode.A", "(global::Demo.App.Steps.Mode)((sbyte)-128), \"-128\"")]
    [InlineData("[Flags] public enum Mode { None = 0, X = 1, Y = 2, XY = X | Y }", "Mode mode = Mode.XY", "(global::Demo.App.Steps.Mode)(3), \"3\"")]
    [InlineData("public enum Mode { A, @class, C }", "Mode mode = Mode.@class", "(global::Demo.App.Steps.Mode)(1), \"1\"")]
    [InlineData("public enum Mode { Mode, B }", "Mode mode = Mode.Mode", "(global::Demo.App.Steps.Mode)(0), \"0\"")]
    [InlineData("public enum Mode { A, B = A, C }", "Mode mode = Mode.C", "(global::Demo.App.Steps.Mode)(1), \"1\"")]
    [InlineData("public enum Mode { A = Limits.Rows, B }", "Mode mode = Mode.B", "(global::Demo.App.Steps.Mode)(8), \"8\"")]
    [InlineData("public enum Mode { A, B, C }", "Mode? mode = Mode.B", "new(\"mode\", \"Demo.App.Steps.Mode?\", new global::Weft.ConstantBinding((global::Demo.App.Steps.Mode)(1), \"1\"))")]
    [InlineData("public enum Mode { A, B, C }", "Mode Mode = Mode.B", "(global::Demo.App.Steps.Mode)(1), \"1\"")]
    [InlineData("public enum Mode { A = (int)Level.High, B }", "Mode mode = Mode.B", "(global::Demo.App.Steps.Mode)(2), \"2\"")]
    [InlineData("public enum Mode { A = 1 << 3, B }", "Mode mode = Mode.B", "(global::Demo.App.Steps.Mode)(9), \"9\"")]
    [InlineData("public enum Mode { A = 'a' + 1, B }", "Mode mode = Mode.B", "(global::Demo.App.Steps.Mode)(99), \"99\"")]
    [InlineData("public enum Mode { A = B + 1, B = 3 }", "Mode mode = Mode.A", "(global::Demo.App.Steps.Mode)(4), \"4\"")]
    [InlineData("public enum Mode { A = unchecked((int)0x80000000), B }", "Mode mode = Mode.B", "(global::Demo.App.Steps.Mode)(-2147483647), \"-2147483647\"")]
    [InlineData("public enum Mode { A = int.MaxValue - 1, B }", "Mode mode = Mode.B", "(global::Demo.App.Steps.Mode)(2147483647), \"2147483647\"")]
    [InlineData("public enum Mode { A = sizeof(long), B }", "Mode mode = Mode.B", "(global::Demo.App.Steps.Mode)(9), \"9\"")]
    [InlineData("[Flags] public enum Mode { A = 1, All = ~0 }", "Mode mode = Mode.All", "(global::Demo.App.Steps.Mode)(-1), \"-1\"")]
    [InlineData("public enum Mode : ushort { A = 65535 }", "Mode mode = Mode.A", "(global::Demo.App.Steps.Mode)((ushort)65535), \"65535\"")]
    [InlineData("public enum Mode : ulong { A = ulong.MaxValue }", "Mode mode = Mode.A", "(global::Demo.App.Steps.Mode)(18446744073709551615UL), \"18446744073709551615\"")]
    [InlineData("public enum Mode { \\u0041, B }", "Mode mode = Mode.A", "(global::Demo.App.Steps.Mode)(0), \"0\"")]
    [InlineData("", "DayOfWeek day = DayOfWeek.Friday", "(global::System.DayOfWeek)(5), \"5\"")]
    [InlineData("", "Level level = Level.High", "(global::Demo.App.Level)(1), \"1\"")]
    [InlineData("", "Guid id = default", "new(\"mode\", \"System.Guid\", ")]
    public void An_omitted_enum_member_default_is_the_bound_value(string members, string parameter, string expected)
    {
        var node = SignatureText.Node(Generated(members + "\n[Step] public static int Use(int size, " + parameter + ") => size;", "var used = Steps.Use(size);",
            ("Model.cs", "namespace Demo.App;\npublic static class Limits { public const int Rows = 7; }\npublic enum Level { Low, High }")), "Use");

        SignatureText.Holds(node, "new(\"size\", \"int\", new global::Weft.ParameterBinding(\"size\"))",
            expected.StartsWith("new(", StringComparison.Ordinal) ? expected.Replace("mode", parameter.Split(' ')[1], StringComparison.Ordinal) : expected);
    }

    [Theory]
    [InlineData("public enum Mode { A = 5, B, C = A, D }", "Mode mode = Mode.D", "global::Demo.App.Mode mode = (global::Demo.App.Mode)(6)")]
    [InlineData("public enum Mode : byte { A = 200, B, C }", "Mode mode = Mode.C", "global::Demo.App.Mode mode = (global::Demo.App.Mode)((byte)202)")]
    [InlineData("[Flags] public enum Mode { None = 0, X = 1, Y = 2, XY = X | Y }", "Mode? mode = Mode.XY", "global::Demo.App.Mode? mode = (global::Demo.App.Mode)(3)")]
    [InlineData("public enum Mode { A, @class }", "Mode @class = Mode.@class", "global::Demo.App.Mode @class = (global::Demo.App.Mode)(1)")]
    public void A_Define_enum_member_default_is_repeated_by_RunAsync(string declaration, string parameter, string expected)
    {
        var generated = AdversarialRun.Clean(("Flow.cs", $$"""
            using System;
            using Weft;

            namespace Demo.App;

            {{declaration}}

            [Pipeline]
            public static partial class Flow
            {
                static void Define({{parameter}})
                {
                    var used = Use(1);
                }

                [Step] static int Use(int x) => x;
            }
            """)).Pipeline("Flow.Pipeline.g.cs");

        SignatureText.Holds(SignatureText.RunAsync(generated), "RunAsync(" + expected + ", ");
    }

    [Fact]
    public void Nested_types_of_another_partial_part_of_the_step_class()
    {
        var node = SignatureText.Node(Generated("[Step] public static Row Make(int size) => new(size);\n[Step] public static int Use(Row row, Box<int?> box) => row.A;",
            "var made = Steps.Make(size);\nvar boxed = Steps.MakeBox(size);\nvar used = Steps.Use(made, boxed);",
            ("Part.cs", """
                using Weft;
                namespace Demo.App;
                public sealed record Row(string Other);
                public static partial class Steps
                {
                    public sealed record Row(int A);
                    public sealed record Box<T>(T Value);
                    [Step] public static Box<int?> MakeBox(int size) => new(size);
                }
                """)), "Use");

        SignatureText.Holds(node,
            "new(\"row\", \"Demo.App.Steps.Row\", new global::Weft.ArtifactBinding(\"Make\", \"value\"))",
            "new(\"box\", \"Demo.App.Steps.Box<int?>\", new global::Weft.ArtifactBinding(\"MakeBox\", \"value\"))",
            "(global::Demo.App.Steps.Row)__args[0]!, (global::Demo.App.Steps.Box<int?>)__args[1]!");
    }

    [Fact]
    public void Steps_of_a_static_class_nested_in_a_struct_see_the_struct_types()
    {
        var generated = AdversarialRun.Clean(("Flow.cs", """
            using Weft;

            namespace Demo.App;

            public sealed record Row(string B);

            [Pipeline]
            public static partial class Flow
            {
                static void Define()
                {
                    var made = Holder.Steps.Make();
                    var used = Holder.Steps.Use(made);
                }
            }

            public struct Holder
            {
                public sealed record Row(int A);

                public static class Steps
                {
                    [Step] public static Row Make() => new(1);

                    [Step] public static int Use(Row row, Row? other = null) => row.A;
                }
            }
            """)).Pipeline("Flow.Pipeline.g.cs");

        SignatureText.Holds(SignatureText.Node(generated, "Use"),
            "new(\"row\", \"Demo.App.Holder.Row\", new global::Weft.ArtifactBinding(\"Make\", \"value\"))",
            "new(\"other\", \"Demo.App.Holder.Row?\", new global::Weft.ConstantBinding((global::Demo.App.Holder.Row?)null, \"null\"))");
    }

    [Theory]
    [InlineData("namespace Demo.App;\nfile sealed record Row(string Hidden);", "Demo.Model.Row")]
    [InlineData("file sealed record Row(string Hidden);", "Demo.Model.Row")]
    [InlineData("public sealed record Row(string Global);", "Row")]
    [InlineData("namespace Demo { public sealed record Row(string Outer); }", "Demo.Row")]
    [InlineData("namespace Demo.App.Sub { public sealed record Row(string Deeper); }", "Demo.Model.Row")]
    [InlineData("namespace Demo.Other { public sealed record Row(string NotImported); }", "Demo.Model.Row")]
    public void A_type_of_the_name_declared_elsewhere(string elsewhere, string display)
    {
        var generated = AdversarialRun.Clean(
            ("Flow.cs", """
                using Weft;
                using Demo.Model;

                namespace Demo.App;

                [Pipeline]
                public static partial class Flow
                {
                    static void Define()
                    {
                        var made = Steps.Make();
                        var used = Steps.Use(made);
                    }
                }

                public static class Steps
                {
                    [Step] public static Row Make() => throw new System.NotImplementedException();

                    [Step] public static int Use(Row row) => 1;
                }
                """),
            ("Model.cs", "namespace Demo.Model { public sealed record Row(int A); }"),
            ("Elsewhere.cs", elsewhere)).Pipeline("Flow.Pipeline.g.cs");

        SignatureText.Holds(SignatureText.Node(generated, "Use"), $"new(\"row\", \"{display}\", new global::Weft.ArtifactBinding(\"Make\", \"value\"))",
            $"global::Demo.App.Steps.Use((global::{display})__args[0]!)");
    }

    [Theory]
    [InlineData("int?[]", "int?[]")]
    [InlineData("Nullable<int>[]", "int?[]")]
    [InlineData("List<Nullable<long>>", "System.Collections.Generic.List<long?>")]
    [InlineData("Dictionary<string, Nullable<double>[]?>", "System.Collections.Generic.Dictionary<string, double?[]?>")]
    [InlineData("Nullable<DayOfWeek>", "System.DayOfWeek?")]
    [InlineData("List<string?[]>?", "System.Collections.Generic.List<string?[]>?")]
    [InlineData("string[]?[]", "string[]?[]")]
    public void Nullable_value_types_however_spelled(string type, string display)
    {
        var generated = Generated($"[Step] public static {type} Make(int size) => default!;\n[Step] public static int Use({type} value) => 1;",
            "var made = Steps.Make(size);\nvar used = Steps.Use(made);");

        SignatureText.Holds(SignatureText.Node(generated, "Use"), $"new(\"value\", \"{display}\", new global::Weft.ArtifactBinding(\"Make\", \"value\"))");
        SignatureText.Holds(SignatureText.Node(generated, "Make"), $"new(\"value\", \"{display}\", ");
    }

    [Theory]
    [InlineData("(int Item1, long)", "Item1:int|Item2:long")]
    [InlineData("(int a, long Item2)", "a:int|Item2:long")]
    [InlineData("(Nullable<int> a, string? b)", "a:int?|b:string?")]
    [InlineData("(int[] a, List<int?> b, DayOfWeek c)", "a:int[]|b:System.Collections.Generic.List<int?>|c:System.DayOfWeek")]
    public void Tuple_element_names_and_types(string type, string outputs)
    {
        var node = SignatureText.Node(Generated($"[Step] public static {type} Split(int size) => default;", "var (left, right) = Steps.Split(size);"
            .Replace("(left, right)", outputs.Split('|').Length == 3 ? "(left, middle, right)" : "(left, right)", StringComparison.Ordinal)), "Split");

        foreach (var output in outputs.Split('|'))
        {
            var colon = output.IndexOf(':', StringComparison.Ordinal);
            SignatureText.Holds(node, $"new(\"{output[..colon]}\", \"{output[(colon + 1)..]}\", ", $"__result.{output[..colon]}");
        }
    }

    [Fact]
    public void A_step_in_a_generated_file_reads_in_a_disabled_nullable_context()
    {
        var generated = Generated("", "var made = Lib.Make(size);\nvar used = Lib.Use(made, \"n\");",
            ("Lib.g.cs", """
                // <auto-generated/>
                using Weft;
                namespace Demo.App;
                public static class Lib
                {
                    [Step] public static string[] Make(int size) => new string[size];
                    [Step] public static int Use(string[] items, string note, string label = null) => items.Length;
                }
                """));

        SignatureText.Holds(SignatureText.Node(generated, "Use"),
            "new(\"items\", \"string[]\", new global::Weft.ArtifactBinding(\"Make\", \"value\"))",
            "new(\"label\", \"string\", new global::Weft.ConstantBinding((string)null, \"null\"))");
    }

    [Theory]
    [InlineData("public class Outer : Base", "Demo.App.Base.Row")]
    [InlineData("public class Outer : Derived", "Demo.App.Base.Row")]
    [InlineData("public class Outer : IHolder", "Demo.App.Row")]
    [InlineData("public struct Outer : IHolder", "Demo.App.Row")]
    [InlineData("public class Outer : Base, IHolder", "Demo.App.Base.Row")]
    public void Nested_types_inherited_by_an_outer_class(string outer, string display)
    {
        var generated = AdversarialRun.Clean(("Flow.cs", $$"""
            using Weft;

            namespace Demo.App;

            public sealed record Row(string B);

            public class Base
            {
                public sealed record Row(int A);

                public enum Mode { X, Y }
            }

            public class Derived : Base { }

            public interface IHolder
            {
                public sealed record Row(long L);
            }

            [Pipeline]
            public static partial class Flow
            {
                static void Define()
                {
                    var made = Outer.Steps.Make();
                    var used = Outer.Steps.Use(made);
                }
            }

            {{outer}}
            {
                public static class Steps
                {
                    [Step] public static Row Make() => throw new System.NotImplementedException();

                    [Step] public static int Use(Row row, int extra = 2) => extra;
                }
            }
            """)).Pipeline("Flow.Pipeline.g.cs");

        SignatureText.Holds(SignatureText.Node(generated, "Use"), $"new(\"row\", \"{display}\", new global::Weft.ArtifactBinding(\"Make\", \"value\"))",
            $"global::Demo.App.Outer.Steps.Use((global::{display})__args[0]!, (int)__args[1]!)");
    }
}
