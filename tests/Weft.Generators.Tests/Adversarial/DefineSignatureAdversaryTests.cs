using Weft.Generators.Tests.Diagnostics;
using static Weft.Generators.Tests.Diagnostics.ExpectedDiagnostic;

namespace Weft.Generators.Tests.Adversarial;

/// <summary>
/// <c>Define</c> signatures as a user may write them: parameter types behind aliases, keywords' framework names, project
/// enums nested or imported; defaults as suffixed, negative, special or constant expressions, or given only by attributes
/// (<c>[Optional, DefaultParameterValue]</c>, which no <c>=</c> shows); return types qualified, aliased or hidden by a
/// project <c>Task</c>. <c>RunAsync</c> must repeat what binding reads, and WEFT0004/WEFT0010 must fall where binding puts them.
/// </summary>
public sealed class DefineSignatureAdversaryTests
{
    private static string Pipeline(string usings, string define, string parameters) => $$"""
        using System;
        using System.Threading;
        using Weft;
        {{usings}}

        namespace Demo.App;

        public enum Mode { A, B }

        public static class Limits
        {
            public const int Rows = 7;
            public const Mode Chosen = Mode.B;
        }

        [Pipeline]
        public static partial class Flow
        {
            public enum Inner { X, Y, Z }

            {{define}}({{parameters}})
            {
                var used = Use(1);
            }

            [Step] static int Use(int x) => x;
        }
        """;

    private static string RunAsync(string parameters, string usings = "", string define = "static void Define")
        => SignatureText.RunAsync(AdversarialRun.Clean(("Flow.cs", Pipeline(usings, define, parameters))).Pipeline("Flow.Pipeline.g.cs"));

    [Theory]
    [InlineData("long l = 1L, float f = 2.5f, double d = 1e3, char c = 'c', double z = -0.0", "long l = 1L, float f = 2.5F, double d = 1000D, char c = 'c', double z = -0D")]
    [InlineData("ulong u = 4ul, uint v = 3U, decimal m = 1.5m, decimal n = -0.0m, short s = -1, sbyte b = -128", "ulong u = 4UL, uint v = 3U, decimal m = 1.5M, decimal n = 0.0M, short s = (short)-1, sbyte b = (sbyte)-128")]
    [InlineData("double a = double.NaN, double b = double.PositiveInfinity, float c = -float.Epsilon", "double a = double.NaN, double b = double.PositiveInfinity, float c = -1E-45F")]
    [InlineData("int d = int.MinValue, long e = long.MinValue, double j = 1e-320", "int d = -2147483648, long e = -9223372036854775808L, double j = 1E-320D")]
    [InlineData("string f = nameof(Define), char g = (char)65, char h = '\\n', string u = \"\\u00e9\"", "string f = \"Define\", char g = 'A', char h = '\\n', string u = \"é\"")]
    [InlineData("Mode m = (Mode)1, Mode n = default(Mode), Mode? o = Mode.B, Mode? p = null, Mode q = Mode.A | Mode.B",
        "global::Demo.App.Mode m = (global::Demo.App.Mode)(1), global::Demo.App.Mode n = (global::Demo.App.Mode)(0), global::Demo.App.Mode? o = (global::Demo.App.Mode)(1), global::Demo.App.Mode? p = null, global::Demo.App.Mode q = (global::Demo.App.Mode)(1)")]
    [InlineData("Mode m = Limits.Chosen, int r = Limits.Rows * 2, Inner i = Inner.Z", "global::Demo.App.Mode m = (global::Demo.App.Mode)(1), int r = 14, global::Demo.App.Flow.Inner i = (global::Demo.App.Flow.Inner)(2)")]
    [InlineData("string? s = default, int? t = null, int? t2 = default, byte u = 1, DataFile? v = null, string[]? w = null",
        "string? s = null, int? t = null, int? t2 = null, byte u = (byte)1, global::Weft.DataFile? v = null, string[]? w = null")]
    [InlineData("[System.Runtime.CompilerServices.CallerMemberName] string caller = \"\"", "string caller = \"\"")]
    [InlineData("[System.Runtime.InteropServices.Optional] int x, [System.Runtime.InteropServices.DefaultParameterValue(5)] int y", "RunAsync(int x, int y, global::Weft.RunOptions?")]
    [InlineData("[System.Runtime.InteropServices.Optional, System.Runtime.InteropServices.DefaultParameterValue(6)] int z", "RunAsync(int z = 6, global::Weft.RunOptions?")]
    [InlineData("int @class = 1, string \\u0061bc = \"x\", Int32 @int = 2", "RunAsync(int @class = 1, string abc = \"x\", int @int = 2, global::Weft.RunOptions?")]
    [InlineData("Int64 a = 1, String b = \"s\", Boolean c = true, Nullable<Double> d = 1.5, System.Char e = 'e'", "RunAsync(long a = 1L, string b = \"s\", bool c = true, double? d = 1.5D, char e = 'e', global::Weft.RunOptions?")]
    [InlineData("this int x", "RunAsync(int x, global::Weft.RunOptions?")]
    public void RunAsync_repeats_the_bound_parameters(string parameters, string expected)
        => SignatureText.Holds(RunAsync(parameters), expected);

    [Theory]
    [InlineData("using Count = System.Int32;\nusing Choice = Demo.App.Flow.Inner;", "Count n = 3, Choice c = Choice.Y", "RunAsync(int n = 3, global::Demo.App.Flow.Inner c = (global::Demo.App.Flow.Inner)(1), ")]
    [InlineData("using static Demo.Other.Holder;", "Level l = Level.High", "RunAsync(global::Demo.Other.Holder.Level l = (global::Demo.Other.Holder.Level)(1), ")]
    [InlineData("using Names = string[];", "Names names = null", "RunAsync(string[]? names = null, ")]
    public void RunAsync_follows_aliases_and_static_imports(string usings, string parameters, string expected)
    {
        var run = AdversarialRun.Clean(("Flow.cs", Pipeline(usings, "static void Define", parameters)),
            ("Other.cs", "namespace Demo.Other { public static class Holder { public enum Level { Low, High } } }"));

        SignatureText.Holds(SignatureText.RunAsync(run.Pipeline("Flow.Pipeline.g.cs")), expected);
    }

    [Theory]
    [InlineData("", "static async System.Threading.Tasks.Task Define")]
    [InlineData("", "static async global::System.Threading.Tasks.Task Define")]
    [InlineData("using Job = System.Threading.Tasks.Task;", "static async Job Define")]
    [InlineData("using System.Threading.Tasks;", "async static Task Define")]
    [InlineData("", "static void Define")]
    public void Define_may_return_void_or_an_async_Task(string usings, string define)
        => SignatureText.Holds(RunAsync("int n = 1", usings, define), "RunAsync(int n = 1, ");

    private static void Verify(string usings, string define, string parameters, string model, params ExpectedDiagnostic[] expected)
    {
        var run = DiagnosticVerifier.Run([("Source0.cs", Pipeline(usings, define, parameters)), ("Model.cs", model)]);
        Assert.DoesNotContain(run.Reported, d => d.Id == "WEFT0000");
        DiagnosticVerifier.AssertReported(run, expected);
    }

    [Theory]
    [InlineData("using System.Threading.Tasks;", "static async Task [|Define|]", "namespace Demo.App { public sealed class Task { } }", "returns 'Demo.App.Task'")]
    [InlineData("", "static Task [|Define|]", "namespace Demo.App { public sealed class Task { } }", "returns 'Demo.App.Task'")]
    [InlineData("using System.Threading.Tasks;", "static Task [|Define|]", "", "returns Task but is not 'async'")]
    [InlineData("using Job = System.Threading.Tasks.Task;", "static Job [|Define|]", "", "returns Task but is not 'async'")]
    [InlineData("using Job = System.Threading.Tasks.Task<int>;", "static async Job [|Define|]", "", "returns 'System.Threading.Tasks.Task<int>'")]
    [InlineData("", "static async System.Threading.Tasks.ValueTask [|Define|]", "", "returns 'System.Threading.Tasks.ValueTask'")]
    [InlineData("", "static int [|Define|]", "", "returns 'int'")]
    [InlineData("", "async static void [|Define|]", "", "must not be 'async void'")]
    [InlineData("", "static void [|Define|]<@class>", "", "must not be generic")]
    public void Unsupported_Define_return_reports_WEFT0004(string usings, string define, string model, string problem)
        => Verify(usings, define, "int n = 1", model, At(0, "WEFT0004", "Flow", problem));

    [Theory]
    [InlineData("scoped ref int [|x|], in int [|y|]", "declares parameter 'x' as 'ref'", "declares parameter 'y' as 'in'")]
    [InlineData("ref readonly int [|x|], params int[] [|w|]", "declares parameter 'x' as 'ref readonly'", "declares parameter 'w' as 'params'")]
    [InlineData("params System.Collections.Generic.List<int> [|w|], out int [|z|]", "declares parameter 'w' as 'params'", "declares parameter 'z' as 'out'")]
    public void By_reference_Define_parameters_report_WEFT0004(string parameters, string first, string second)
        => Verify("", "static void Define", parameters, "", At(0, "WEFT0004", "Flow", first), At(1, "WEFT0004", "Flow", second));

    [Theory]
    [InlineData("", "CancellationToken [|ct|] = default", "ct", "System.Threading.CancellationToken")]
    [InlineData("", "nint [|n|] = 1", "n", "nint")]
    [InlineData("", "object [|o|] = null", "o", "object")]
    [InlineData("", "dynamic [|d|] = null", "d", "dynamic")]
    [InlineData("", "(int, int) [|p|] = default", "p", "(int, int)")]
    [InlineData("using Pair = (int Left, int Right);", "Pair [|p|] = default", "p", "(int Left, int Right)")]
    [InlineData("", "System.Collections.Generic.List<string> [|l|] = null", "l", "System.Collections.Generic.List<string>")]
    [InlineData("", "int[][] [|jagged|] = null", "jagged", "int[][]")]
    [InlineData("", "Row [|r|] = null", "r", "Demo.App.Row")]
    [InlineData("using Rows = System.Collections.Generic.List<Demo.App.Row>;", "Rows [|r|] = null", "r", "System.Collections.Generic.List<Demo.App.Row>")]
    public void Unsupported_Define_parameter_type_reports_WEFT0010(string usings, string parameters, string name, string type)
        => Verify(usings, "static void Define", parameters, "namespace Demo.App { public sealed record Row(int A); }",
            At(0, "WEFT0010", "Pipeline parameter", name, type));
}
