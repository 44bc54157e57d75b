namespace Weft.Generators.Tests.Adversarial;

/// <summary>
/// Step results and cancellation tokens spelled every way: Task and ValueTask qualified, aliased or hidden by project
/// types of those names; named, unnamed, partly named, aliased, spelled-out and 8+-element tuples, awaited or not;
/// CancellationToken with each default form, aliased, qualified, or a project type of that name. The generated outputs
/// and the invoker (awaited or not, which argument is the runtime's token) must be what binding gives.
/// </summary>
public sealed class StepReturnAdversaryTests
{
    private static string Source(string usings, string members, string step, string body) => $$"""
        {{usings}}
        using Weft;

        namespace Demo.App
        {
            public sealed record Row(int A);

            [Pipeline]
            public static partial class Flow
            {
                static async System.Threading.Tasks.Task Define()
                {
                    {{body}}
                }
            }

            public static class Steps
            {
                {{members}}

                {{step}}
            }
        }
        """;

    private static string Generated(string usings, string members, string step, string body, string model = "")
        => AdversarialRun.Clean(("Flow.cs", Source(usings, members, step, body)), ("Model.cs", model)).Pipeline("Flow.Pipeline.g.cs");

    [Theory]
    [InlineData("using System.Threading.Tasks;", "[Step] public static Task<Row> Make() => Task.FromResult(new Row(1));", "var made = await Steps.Make();")]
    [InlineData("", "[Step] public static System.Threading.Tasks.Task<Row> Make() => System.Threading.Tasks.Task.FromResult(new Row(1));", "var made = await Steps.Make();")]
    [InlineData("", "[Step] public static global::System.Threading.Tasks.Task<Row> Make() => System.Threading.Tasks.Task.FromResult(new Row(1));", "var made = await Steps.Make();")]
    [InlineData("using Job = System.Threading.Tasks.Task<Demo.App.Row>;", "[Step] public static Job Make() => System.Threading.Tasks.Task.FromResult(new Row(1));", "var made = await Steps.Make();")]
    [InlineData("using System.Threading.Tasks;", "[Step] public static async Task<Row> Make() { await Task.Yield(); return new Row(1); }", "var made = await Steps.Make();")]
    [InlineData("using System.Threading.Tasks;", "[Step] public static ValueTask<Row> Make() => new(new Row(1));", "var made = await Steps.Make();")]
    [InlineData("using System.Threading.Tasks;", "[Step] public static async ValueTask<Row> Make() { await Task.Yield(); return new Row(1); }", "var made = await Steps.Make();")]
    [InlineData("using Tasks = System.Threading.Tasks;", "[Step] public static Tasks::ValueTask<Row> Make() => new(new Row(1));", "var made = await Steps.Make();")]
    public void An_awaited_step_result_is_its_task_argument(string usings, string step, string body)
    {
        var node = SignatureText.Node(Generated(usings, "", step, body), "Make");

        SignatureText.Holds(node, "new(\"value\", \"Demo.App.Row\", ", "static async (__args, __ct) => new object?[] { await global::Demo.App.Steps.Make().ConfigureAwait(false) }");
    }

    [Theory]
    [InlineData("using System.Threading.Tasks;", "public sealed record Task<T>(T Value);")]
    [InlineData("using System.Threading.Tasks;", "public sealed record ValueTask<T>(T Value);")]
    public void A_project_type_named_like_a_task_is_a_plain_result(string usings, string members)
    {
        var type = members.Contains("ValueTask", StringComparison.Ordinal) ? "ValueTask" : "Task";
        var node = SignatureText.Node(Generated(usings, members, $"[Step] public static {type}<Row> Make() => new(new Row(1));", "var made = Steps.Make();"), "Make");

        SignatureText.Holds(node, $"new(\"value\", \"Demo.App.Steps.{type}<Demo.App.Row>\", ",
            "static (__args, __ct) => new global::System.Threading.Tasks.ValueTask<object?[]>(new object?[] { global::Demo.App.Steps.Make() })");
    }

    [Fact]
    public void A_project_type_named_Task_in_the_namespace_hides_the_imported_one()
    {
        var node = SignatureText.Node(Generated("using System.Threading.Tasks;", "", "[Step] public static Task Make() => new(1);", "var made = Steps.Make();",
            "namespace Demo.App { public sealed record Task(int Id); }"), "Make");

        SignatureText.Holds(node, "new(\"value\", \"Demo.App.Task\", ",
            "static (__args, __ct) => new global::System.Threading.Tasks.ValueTask<object?[]>(new object?[] { global::Demo.App.Steps.Make() })");
    }

    [Theory]
    [InlineData("using System.Threading.Tasks;", "[Step] public static Task Go() => Task.CompletedTask;")]
    [InlineData("using System.Threading.Tasks;", "[Step] public static async Task Go() => await Task.Yield();")]
    [InlineData("using System.Threading.Tasks;", "[Step] public static ValueTask Go() => default;")]
    [InlineData("using Task = System.Threading.Tasks.ValueTask;", "[Step] public static Task Go() => default;")]
    [InlineData("using Done = System.Threading.Tasks.Task;", "[Step] public static Done Go() => Done.CompletedTask;")]
    public void An_awaited_step_without_result_has_no_output(string usings, string step)
    {
        var node = SignatureText.Node(Generated(usings, "", step, "await Steps.Go();"), "Go");

        SignatureText.Holds(node, "new global::Weft.StepOutput[]\n                    {\n                    },", "await global::Demo.App.Steps.Go().ConfigureAwait(false)");
    }

    [Fact]
    public void A_void_step_has_no_output_and_is_not_awaited()
    {
        var node = SignatureText.Node(Generated("", "", "[Step] public static void Go() { }", "Steps.Go();"), "Go");

        SignatureText.Holds(node, "new global::Weft.StepOutput[]\n                    {\n                    },", "global::Demo.App.Steps.Go();");
        Assert.DoesNotContain("await", node, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "(int Left, string Right)", "var (l, r) = Steps.Split();", "Left:int|Right:string")]
    [InlineData("", "(int, string)", "var (l, r) = Steps.Split();", "Item1:int|Item2:string")]
    [InlineData("", "(int Left, string)", "var (l, r) = Steps.Split();", "Left:int|Item2:string")]
    [InlineData("", "System.ValueTuple<int, string>", "var (l, r) = Steps.Split();", "Item1:int|Item2:string")]
    [InlineData("using System;", "ValueTuple<int, Row>", "var (l, r) = Steps.Split();", "Item1:int|Item2:Demo.App.Row")]
    [InlineData("using Pair = (int Left, string Right);", "Pair", "var (l, r) = Steps.Split();", "Left:int|Right:string")]
    [InlineData("using Pair = System.ValueTuple<int, string>;", "Pair", "var (l, r) = Steps.Split();", "Item1:int|Item2:string")]
    [InlineData("", "(int Item1, string Item2)", "var (l, r) = Steps.Split();", "Item1:int|Item2:string")]
    [InlineData("", "(int @class, string @int)", "var (l, r) = Steps.Split();", "class:int|int:string")]
    [InlineData("", "(Row? Left, int? Right)", "var (l, r) = Steps.Split();", "Left:Demo.App.Row?|Right:int?")]
    [InlineData("", "(int a, int b, int c, int d, int e, int f, int g, int h, int i)", "var (a, b, c, d, e, f, g, h, i) = Steps.Split();",
        "a:int|b:int|c:int|d:int|e:int|f:int|g:int|h:int|i:int")]
    [InlineData("", "(int, int, int, int, int, int, int, string)", "var (a, b, c, d, e, f, g, h) = Steps.Split();",
        "Item1:int|Item2:int|Item3:int|Item4:int|Item5:int|Item6:int|Item7:int|Item8:string")]
    [InlineData("", "System.ValueTuple<int, int, int, int, int, int, int, System.ValueTuple<string, long>>", "var (a, b, c, d, e, f, g, h, i) = Steps.Split();",
        "Item1:int|Item2:int|Item3:int|Item4:int|Item5:int|Item6:int|Item7:int|Item8:string|Item9:long")]
    public void Tuple_results_are_named_outputs(string usings, string type, string body, string outputs)
    {
        var node = SignatureText.Node(Generated(usings, "", $"[Step] public static {type} Split() => default;", body), "Split");

        foreach (var output in outputs.Split('|'))
        {
            var (name, display) = (output[..output.IndexOf(':', StringComparison.Ordinal)], output[(output.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            SignatureText.Holds(node, $"new(\"{name}\", \"{display}\", ", $"__result.{(name is "class" or "int" ? "@" + name : name)}");
        }
    }

    [Theory]
    [InlineData("using System.Threading.Tasks;", "Task<(int Left, Row Right)>", "Left:int|Right:Demo.App.Row")]
    [InlineData("using System.Threading.Tasks;", "ValueTask<(int, Row)>", "Item1:int|Item2:Demo.App.Row")]
    [InlineData("using System.Threading.Tasks;\nusing Pair = (int Left, Demo.App.Row Right);", "ValueTask<Pair>", "Left:int|Right:Demo.App.Row")]
    public void Awaited_tuple_results_are_named_outputs(string usings, string type, string outputs)
    {
        var node = SignatureText.Node(Generated(usings, "", $"[Step] public static async {type} Split() {{ await Task.Yield(); return default; }}",
            "var (l, r) = await Steps.Split();"), "Split");

        SignatureText.Holds(node, "var __result = await global::Demo.App.Steps.Split().ConfigureAwait(false);");
        foreach (var output in outputs.Split('|'))
        {
            var colon = output.IndexOf(':', StringComparison.Ordinal);
            SignatureText.Holds(node, $"new(\"{output[..colon]}\", \"{output[(colon + 1)..]}\", ", $"__result.{output[..colon]}");
        }
    }

    [Theory]
    [InlineData("using System.Threading;", "int x, CancellationToken ct = default", "(int)__args[0]!, __ct")]
    [InlineData("using System.Threading;", "CancellationToken ct = default, int x = 0", "__ct, (int)__args[0]!")]
    [InlineData("using System.Threading;", "int x, CancellationToken ct = new()", "(int)__args[0]!, __ct")]
    [InlineData("using System.Threading;", "int x, CancellationToken ct = new CancellationToken()", "(int)__args[0]!, __ct")]
    [InlineData("using System.Threading;", "int x, CancellationToken ct = default(CancellationToken)", "(int)__args[0]!, __ct")]
    [InlineData("", "int x, System.Threading.CancellationToken ct = default", "(int)__args[0]!, __ct")]
    [InlineData("", "global::System.Threading.CancellationToken ct = default, int x = 0", "__ct, (int)__args[0]!")]
    [InlineData("using Token = System.Threading.CancellationToken;", "int x, Token ct = default", "(int)__args[0]!, __ct")]
    [InlineData("using static System.Threading.CancellationToken;", "int x, System.Threading.CancellationToken ct = default", "(int)__args[0]!, __ct")]
    [InlineData("using System.Threading;", "int x, [System.Runtime.CompilerServices.CallerMemberName] string caller = \"\", CancellationToken ct = default",
        "(int)__args[0]!, (string)__args[1]!, __ct")]
    public void The_cancellation_token_is_the_runtimes(string usings, string parameters, string arguments)
    {
        var node = SignatureText.Node(Generated(usings, "", $"[Step] public static int Take({parameters}) => 1;", "var taken = Steps.Take(x: 1);"), "Take");

        SignatureText.Holds(node, $"global::Demo.App.Steps.Take({arguments})");
        Assert.Equal(1, node.Split("new(\"x\", \"int\", ").Length - 1);
        Assert.DoesNotContain("\"ct\"", node, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_type_named_CancellationToken_is_an_input()
    {
        var node = SignatureText.Node(Generated("using System.Threading;", "", """
            [Step] public static CancellationToken Make() => new(1);
            [Step] public static int Take(CancellationToken ct) => ct.Id;
            """, "var made = Steps.Make();\nvar taken = Steps.Take(made);", "namespace Demo.App { public sealed record CancellationToken(int Id); }"), "Take");

        SignatureText.Holds(node, "new(\"ct\", \"Demo.App.CancellationToken\", new global::Weft.ArtifactBinding(\"Make\", \"value\"))",
            "global::Demo.App.Steps.Take((global::Demo.App.CancellationToken)__args[0]!)");
    }
}
