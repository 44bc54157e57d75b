namespace Weft.Generators.Tests.Adversarial;

/// <summary>
/// Step signatures at the edges, most of them compiler errors, where a syntax reader could answer what binding does not:
/// void or duplicate parameters, constraint violations, ambiguous imports, defaults of another type, out of range or not
/// constant, enum defaults under a member or parameter of the enum's name, invalid tuple names, contextual keywords
/// declared as types, special structs' <c>default</c>. Each run is cross-checked against binding, so none may report
/// WEFT0000, and the WEFT diagnostics are exactly those listed.
/// </summary>
public sealed class SignatureEdgeAdversaryTests
{
    private static AdversarialRun Run(string usings, string members) => AdversarialRun.Of(("Flow.cs", $$"""
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        {{usings}}

        namespace Demo.App;

        public enum Mode { A, B }

        public enum Level { Low, High }

        public sealed record Row(int A);

        [Pipeline]
        public static partial class Flow
        {
            static void Define()
            {
                var used = Steps.Use();
            }
        }

        public static class Steps
        {
            {{members}}
        }
        """));

    [Theory]
    [InlineData("", "[Step] public static int Use(void x = default) => 1;", "")]
    [InlineData("", "[Step] public static int Use(Nullable<string> x = null) => 1;", "")]
    [InlineData("", "[Step] public static int Use(int a = 1, int a = 2) => 1;", "")]
    [InlineData("", "[Step] public static int Use(dynamic d = null) => 1;\n}\npublic sealed record dynamic(int A);\nstatic class Unused {", "")]
    [InlineData("using Demo.A;\nusing Demo.B;\nnamespace Demo.A { public sealed record Row(int X); }\nnamespace Demo.B { public sealed record Row(int Y); }", "[Step] public static int Use(Row r = null) => 1;", "")]
    [InlineData("", "[Step] public static int Use(Mode m = Level.High) => 1;", "")]
    [InlineData("", "[Step] public static int Use(Mode m = Mode.Z) => 1;", "")]
    [InlineData("", "[Step] public static int Use(byte b = 256, int i = 1.5, string s = 'c', int n = null) => 1;", "")]
    [InlineData("", "[Step] public static int Use(object o = default, Mode m = default, Mode[] ms = null, int[] xs = default) => 1;", "")]
    [InlineData("", "[Step] public static (int a, int a) Use() => default;", "")]
    [InlineData("", "[Step] public static (int Item2, int Item1) Use() => default;", "")]
    [InlineData("", "[Step] public static (int Rest, int B) Use() => default;", "")]
    [InlineData("", "[Step] public static ValueTuple<int> Use() => default;", "WEFT0008")]
    [InlineData("", "[Step] public static (int a, int b, int c, int d, int e, int f, int g, int h, int i, int j, int k, int l, int m, int n, int o, int p, int q) Use() => default;", "")]
    [InlineData("", "[Step] public static int Use(@int x = null) => 1;\n}\npublic sealed record @int(int A);\nstatic class Unused {", "")]
    [InlineData("", "[Step] public static int Use(Row r = null, Steps.Row s = null) => 1;\npublic sealed record Row(string B);", "")]
    [InlineData("", "private sealed record Hidden(int A);\n[Step] public static int Use(Hidden h = null) => 1;", "")]
    [InlineData("", "[Step] public static int Use(Mode m = (Mode)1, Mode n = Mode.B | Mode.A, Mode o = ~Mode.A, Mode p = 0) => 1;", "")]
    [InlineData("", "[Step] public static int Use(int x = (int)Mode.B, long y = 1, double z = 1, float w = 1, decimal v = 1, int? u = default(int)) => 1;", "")]
    [InlineData("", "[Step] public static int Use(Level l = Level.High) => 1;\npublic static int Level => 2;", "")]
    [InlineData("", "[Step] public static int Use(Mode m = Mode.B) => 1;\npublic static int Mode(int x) => x;", "")]
    [InlineData("", "[Step] public static int Use(string s = \"a\" + \"b\", int x = +5, int y = (5), bool b = !true, int z = ~0, char c = '\\u0041', string t = $\"x{\"y\"}\") => 1;", "")]
    [InlineData("", "[Step] public static int Use(int x = -2147483648, long y = -9223372036854775808, int z = -0, double d = -(0.0), uint u = -1) => 1;", "")]
    [InlineData("", "[Step] public static int Use(Task t = null, ValueTask<int> v = default, List<Task<int>> l = null) => 1;", "")]
    [InlineData("", "[Step] public static Task<(int a, int b)>? Use() => null;", "WEFT0012")]
    [InlineData("", "[Step] public static int? Use(int?[]?[] x = null, (int, string?)? y = null, (int a, int b)[] z = null) => 1;", "")]
    [InlineData("", "[Step] public static int Use(IntPtr p = default, UIntPtr q = default, nint r = 0, nuint s = 0) => 1;", "")]
    [InlineData("", "[Step] public static int Use(DateTime d = default, decimal m = default, Guid g = default, TimeSpan t = default, DayOfWeek w = default) => 1;", "")]
    [InlineData("", "[Step] public static int Use(Mode Mode = Mode.B, Level Level = Level.High) => 1;", "")]
    [InlineData("", "[Step] public static int Use(Row Row = null, int Use = 3) => 1;", "")]
    [InlineData("namespace Weft { public sealed record DataFile(string Mine); }", "[Step] public static int Use(DataFile f = null) => 1;", "")]
    [InlineData("using System.Threading;\nnamespace System.Threading { public struct CancellationToken { } }", "[Step] public static int Use(CancellationToken ct = default) => 1;", "")]
    [InlineData("namespace System.Threading.Tasks { public sealed class Task<T> { } }", "[Step] public static Task<int> Use() => null;", "WEFT0012")]
    [InlineData("", "[Step] public static int Use(System.String s = null) => 1;\npublic sealed record System(int A);", "")]
    [InlineData("namespace Demo.App { public sealed class Demo { } }\nnamespace Demo.Model { public sealed record Row(int A); }", "[Step] public static int Use(Demo.Model.Row r = null) => 1;", "")]
    [InlineData("namespace Demo.App.System { }", "[Step] public static int Use(System.Int32 n = 0, System.Threading.CancellationToken ct = default) => 1;", "")]
    [InlineData("namespace Demo.App { file sealed class System { } }", "[Step] public static int Use(System.Int32 n = 0) => 1;", "")]
    [InlineData("namespace Demo.App.Box { }\nnamespace Demo.App { public sealed record Box<T>(T V); }", "[Step] public static int Use(Box<int> b = null, Demo.App.Box<long> c = null, global::Demo.App.Box<Row> d = null) => 1;", "")]
    [InlineData("", "[Step] public static int Use(global::Demo.App.Steps.Inner i = null, Demo.App.Steps.Inner j = null) => 1;\npublic sealed record Inner(int A);", "")]
    [InlineData("", "[Step] public static int Use(System.DayOfWeek d = DayOfWeek.Friday, System.DayOfWeek e = System.DayOfWeek.Monday, global::System.DayOfWeek f = default) => 1;", "")]
    [InlineData("", "[Step] public static int Use(global::System.Collections.Generic.Dictionary<string, global::System.Nullable<int>[]> d = null, System.Collections.Generic.List<System.String?>? l = null) => 1;", "")]
    [InlineData("", "[Step] public static int Use(global::Row r = null, global::Demo.Row s = null) => 1;", "")]
    [InlineData("namespace Demo.App.Demo.App { public sealed record Row(string X); }", "[Step] public static int Use(Demo.App.Row r = null, global::Demo.App.Row s = null) => 1;", "")]
    [InlineData("namespace System.Threading { public sealed record Extra(int A); }", "[Step] public static int Use(System.Threading.Extra e = null, System.Threading.CancellationToken ct = default) => 1;", "")]
    public void Edge_signatures_agree_with_binding(string usings, string members, string weft)
    {
        var run = Run(usings, members);

        Assert.Equal(weft, string.Join(",", run.Weft.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("class Holder(int Mode)", "int Get() => Mode;", "")]
    [InlineData("class Holder(string Mode)", "string Get() => Mode;", "")]
    [InlineData("struct Holder(Mode Mode)", "Mode Get() => Mode;", "new(\"m\", \"Demo.App.Mode\", new global::Weft.ConstantBinding((global::Demo.App.Mode)(1), \"1\"))")]
    [InlineData("class Holder(Mode Mode)", "Mode Get() => Mode;", "new(\"m\", \"Demo.App.Mode\", new global::Weft.ConstantBinding((global::Demo.App.Mode)(1), \"1\"))")]
    [InlineData("class Holder", "static string Mode = \"x\";", "")]
    public void An_enum_default_under_a_primary_constructor_parameter_or_member_of_the_enum_name(string holder, string member, string expected)
    {
        var run = AdversarialRun.Of(("Flow.cs", $$"""
            using Weft;

            namespace Demo.App;

            public enum Mode { A, B }

            [Pipeline]
            public static partial class Flow
            {
                static void Define()
                {
                    var used = Holder.Steps.Use(1);
                }
            }

            public {{holder}}
            {
                public {{member}}

                public static class Steps
                {
                    [Step] public static int Use(int x, Mode m = Mode.B) => x;
                }
            }
            """));

        // Where the qualifier is not the enum type, the default is an error (CS9105, CS1061) and no node is checked.
        Assert.Empty(run.Weft);
        if (expected.Length > 0)
        {
            Assert.Empty(run.Errors);
            SignatureText.Holds(SignatureText.Node(run.Pipeline("Flow.Pipeline.g.cs"), "Use"), expected);
        }
        else
        {
            Assert.NotEmpty(run.Errors);
        }
    }
}
