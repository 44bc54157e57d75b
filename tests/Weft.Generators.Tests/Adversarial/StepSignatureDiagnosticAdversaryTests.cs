using Microsoft.CodeAnalysis.CSharp;
using Weft.Generators.Tests.Diagnostics;
using static Weft.Generators.Tests.Diagnostics.ExpectedDiagnostic;

namespace Weft.Generators.Tests.Adversarial;

/// <summary>
/// Step signatures WEFT0009/WEFT0008 must judge as binding does, whatever reads them: ref kinds behind <c>scoped</c>,
/// <c>params</c> collections, ref-like types behind aliases (and project types named like them), pointers, generic steps
/// and classes, <c>async void</c> in any modifier order, ref returns, tokens spelled two ways; and the forms that must
/// stay silent (<c>this</c> parameters, <c>[In]</c>, a project <c>Span&lt;T&gt;</c>). Each diagnostic's span and message is exact.
/// </summary>
public sealed class StepSignatureDiagnosticAdversaryTests
{
    private static string StepsClass(string usings, string members, string declarations) => $$"""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        {{usings}}
        namespace Demo;

        public static class Steps
        {
            private static int s_slot;

            {{members}}
        }

        {{declarations}}
        """;

    private static GeneratorRun Verify(string usings, string members, params ExpectedDiagnostic[] expected)
        => Verify(usings, members, string.Empty, expected);

    private static GeneratorRun Verify(string usings, string members, string declarations, params ExpectedDiagnostic[] expected)
    {
        var run = DiagnosticVerifier.Run([("Source0.cs", StepsClass(usings, members, declarations))],
            c => c.WithOptions(c.Options.WithAllowUnsafe(true)));
        Assert.DoesNotContain(run.Reported, d => d.Id == "WEFT0000");
        DiagnosticVerifier.AssertReported(run, expected);
        return run;
    }

    [Theory]
    [InlineData("", "[Step] public static int [|Bump|](scoped ref int value) => ++value;", "Bump", "parameter 'value' is passed by reference (ref)")]
    [InlineData("", "[Step] public static int [|Read|](scoped in int value) => value;", "Read", "parameter 'value' is passed by reference (in)")]
    [InlineData("", "[Step] public static int [|Read|](scoped ref readonly int value) => value;", "Read", "parameter 'value' is passed by reference (ref readonly)")]
    [InlineData("", "[Step] public static int [|Read|](int a, [System.Runtime.InteropServices.Out] out int value) { value = a; return a; }", "Read", "parameter 'value' is passed by reference (out)")]
    [InlineData("", "[Step] public static int [|Length|](scoped Span<int> data) => data.Length;", "Length", "parameter 'data' has type 'System.Span<int>', which cannot be stored")]
    [InlineData("using Buffer = System.Span<byte>;", "[Step] public static int [|Length|](Buffer data) => data.Length;", "Length", "parameter 'data' has type 'System.Span<byte>', which cannot be stored")]
    [InlineData("", "[Step] public static int [|Length|](ReadOnlySpan<char> text) => text.Length;", "Length", "parameter 'text' has type 'System.ReadOnlySpan<char>', which cannot be stored")]
    [InlineData("", "[Step] public static int [|Sum|](params System.Collections.Generic.List<int> values) => values.Count;", "Sum", "parameter 'values' is 'params'; take an array instead")]
    [InlineData("", "[Step] public static int [|Sum|](int first, params int[][] rest) => rest.Length;", "Sum", "parameter 'rest' is 'params'; take an array instead")]
    [InlineData("", "[Step] public static unsafe int [|Peek|](int* p) => *p;", "Peek", "parameter 'p' has type 'int*', which cannot be stored")]
    [InlineData("", "[Step] public static unsafe int [|Call|](delegate*<int> f) => f();", "Call", "parameter 'f' has type 'delegate*<int>', which cannot be stored")]
    [InlineData("", "[Step] public static int [|Wait|](CancellationToken a, System.Threading.CancellationToken b) => 0;", "Wait", "it takes more than one CancellationToken")]
    [InlineData("using Token = System.Threading.CancellationToken;", "[Step] public static int [|Wait|](Token a, CancellationToken b = default) => 0;", "Wait", "it takes more than one CancellationToken")]
    [InlineData("", "[Step] async public static void [|Notify|](string message) { await Task.Yield(); }", "Notify", "'async void' cannot be awaited; return Task or Task<T>")]
    [InlineData("", "[Step] static public async void [|Notify|](string message) { await Task.Yield(); }", "Notify", "'async void' cannot be awaited; return Task or Task<T>")]
    [InlineData("", "[Step] public static ref readonly int [|Slot|]() => ref s_slot;", "Slot", "it returns by reference")]
    [InlineData("", "[Step] public static int [|Count|]<T>(T[] items) where T : class => items.Length;", "Count", "generic methods cannot be steps")]
    [InlineData("", "[Step] public static int [|Count|]<@class>(@class[] items) => items.Length;", "Count", "generic methods cannot be steps")]
    [InlineData("", "[Step] public static int [|@checked|](ref int value) => value;", "checked", "parameter 'value' is passed by reference (ref)")]
    [InlineData("", "[Step] public static int [|Bump|](ref int @class) => @class;", "Bump", "parameter 'class' is passed by reference (ref)")]
    [InlineData("", "[Step] public static int [|Length|](System.Span<int> data) => data.Length;", "Length", "parameter 'data' has type 'System.Span<int>', which cannot be stored")]
    [InlineData("", "[Step] public static int [|Length|](global::System.ReadOnlySpan<char> text) => text.Length;", "Length", "parameter 'text' has type 'System.ReadOnlySpan<char>', which cannot be stored")]
    [InlineData("", "[Step] public static int [|Wait|](global::System.Threading.CancellationToken a, System.Threading.CancellationToken b) => 0;", "Wait", "it takes more than one CancellationToken")]
    [InlineData("", "[Step] public static async void [|Notify|](System.String message) { await Task.Yield(); }", "Notify", "'async void' cannot be awaited; return Task or Task<T>")]
    public void Unsupported_step_signature_reports_WEFT0009(string usings, string member, string step, string problem)
        => Verify(usings, member, At(0, "WEFT0009", step, problem));

    [Theory]
    [InlineData("", "[Step] public static [|Span<int>|] Buffer() => default;", "Buffer", "its result type 'System.Span<int>' cannot be stored")]
    [InlineData("using Chars = System.ReadOnlySpan<char>;", "[Step] public static [|Chars|] Text() => default;", "Text", "its result type 'System.ReadOnlySpan<char>' cannot be stored")]
    [InlineData("", "[Step] public static [|ValueTask<Span<int>>|] Buffer() => default;", "Buffer", "its result type 'System.Span<int>' cannot be stored")]
    [InlineData("", "[Step] public static unsafe [|int*|] Pointer() => null;", "Pointer", "its result type 'int*' cannot be stored")]
    [InlineData("", "[Step] public static [|global::System.Span<byte>|] Buffer() => default;", "Buffer", "its result type 'System.Span<byte>' cannot be stored")]
    [InlineData("", "[Step] public static [|System.Threading.Tasks.ValueTask<System.ReadOnlySpan<int>>|] Buffer() => default;", "Buffer", "its result type 'System.ReadOnlySpan<int>' cannot be stored")]
    public void Unstorable_result_reports_WEFT0009_at_the_return_type(string usings, string member, string step, string problem)
        => Verify(usings, member, At(0, "WEFT0009", step, problem));

    [Fact]
    public void Every_problem_of_one_step_is_reported()
        => Verify("", "[Step] public static async void [|Merge|]<T>(ref T total, params Span<int> items, CancellationToken a, CancellationToken b) { await Task.Yield(); }",
            At(0, "WEFT0009", "Merge", "generic methods cannot be steps"),
            At(0, "WEFT0009", "Merge", "'async void' cannot be awaited; return Task or Task<T>"),
            At(0, "WEFT0009", "Merge", "parameter 'total' is passed by reference (ref)"),
            At(0, "WEFT0009", "Merge", "parameter 'items' is 'params'; take an array instead"),
            At(0, "WEFT0009", "Merge", "parameter 'items' has type 'System.Span<int>', which cannot be stored"),
            At(0, "WEFT0009", "Merge", "it takes more than one CancellationToken"));

    [Theory]
    [InlineData("", "[Step] public static int Length(Span<int> data) => 1;", "public sealed record Span<T>(T Value);")]
    [InlineData("", "[Step] public static Span<int> Make() => new(1);", "public sealed record Span<T>(T Value);")]
    [InlineData("", "[Step] public static int Wait(CancellationToken a, System.Threading.CancellationToken b) => 0;", "public sealed record CancellationToken(int Id);")]
    [InlineData("", "[Step] public static Task Make() => new(1);", "public sealed record Task(int Id);")]
    [InlineData("", "[Step] public static int Twice(this int value) => value * 2;", "")]
    [InlineData("", "[Step] public static int Read([System.Runtime.InteropServices.In] int value) => value;", "")]
    [InlineData("", "[Step] public static int Read([System.ParamArray] int[] values) => values.Length;", "")]
    [InlineData("", "[Step] public static int Read(int[] values, [System.Runtime.InteropServices.Optional] int more) => more;", "")]
    [InlineData("", "[Step] public static int Read([System.Runtime.InteropServices.Optional, System.Runtime.InteropServices.DefaultParameterValue(5)] int more) => more;", "")]
    [InlineData("", "[Step] public static int Read([System.Runtime.CompilerServices.CallerMemberName] string caller = \"\", [System.Runtime.CompilerServices.CallerLineNumber] int line = 0) => line;", "")]
    [InlineData("using Ref = System.Int32;", "[Step] public static Ref Read(Ref @ref, Ref @out, Ref @in, Ref @params) => @ref;", "")]
    [InlineData("", "[Step] public static Task<int> Read(CancellationToken cancellationToken) => Task.FromResult(1);", "")]
    [InlineData("", "[Step] public static async Task Notify(string message) { await Task.Yield(); }", "")]
    [InlineData("", "[Step] public static partial int Count(int items);\npublic static partial int Count(int items) => items;", "")]
    public void Supported_step_signature_reports_nothing(string usings, string members, string declarations)
        => Verify(usings, members, declarations);

    [Theory]
    [InlineData("[Step] public static [|(int a, (int b, string c) d)|] Tup() => default;", "Tup", "d", "(int b, string c)", "it is a tuple; use a record with named properties")]
    [InlineData("[Step] public static [|dynamic|] Dyn() => 1;", "Dyn", "value", "dynamic", "it is 'dynamic', which names no shape")]
    [InlineData("[Step] public static [|object|] Obj() => 1;", "Obj", "value", "object", "it is 'object', which names no shape")]
    [InlineData("[Step] public static [|Task<object>|] Obj() => Task.FromResult<object>(1);", "Obj", "value", "object", "it is 'object', which names no shape")]
    public void Unstorable_output_reports_WEFT0008(string member, string step, string output, string type, string reason)
        => Verify("", member, At(0, "WEFT0008", step, output, type, reason));
}
