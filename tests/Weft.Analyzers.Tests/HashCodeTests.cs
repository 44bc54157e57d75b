using Microsoft.CodeAnalysis.Testing;
using static Weft.Analyzers.Tests.AnalyzerRun;

namespace Weft.Analyzers.Tests;

public sealed class HashCodeTests
{
    private static DiagnosticResult Kept(int markup, string culprit, string step = "Key", string path = "") =>
        Expect(DiagnosticDescriptors.PersistedHashCode, markup, step, path, culprit);

    [Theory]
    [InlineData("return {|#0:name.GetHashCode()|};", "string.GetHashCode()")]
    [InlineData("return {|#0:StringComparer.Ordinal.GetHashCode(name)|};", "StringComparer.GetHashCode()")]
    [InlineData("return {|#0:HashCode.Combine(name, 3)|};", "HashCode.Combine()")]
    [InlineData("var h = new HashCode(); h.Add(name); return {|#0:h.ToHashCode()|};", "HashCode.ToHashCode()")]
    [InlineData("var bucket = Math.Abs({|#0:name.GetHashCode()|}) % 16; var labels = new List<string>(); labels.Add($\"b{bucket}\"); return labels.Count;", "string.GetHashCode()")]
    [InlineData("var list = new List<int>(); list.Add({|#0:name.GetHashCode()|}); return list.Count;", "string.GetHashCode()")]
    [InlineData("var box = new Box(); box.Value = {|#0:name.GetHashCode()|}; return 0;", "string.GetHashCode()")]
    [InlineData("var row = new Row(name, {|#0:name.GetHashCode()|}); return row.Name.Length;", "string.GetHashCode()")]
    [InlineData("return {|#0:new Row(name, 1).GetHashCode()|};", "Row.GetHashCode() of a record")]
    [InlineData("return {|#0:new Widget().GetHashCode()|};", "Widget.GetHashCode() (an identity hash)")]
    [InlineData("Step.LogMetric(\"hash\", {|#0:name.GetHashCode()|}); return 0;", "string.GetHashCode()")]
    public Task HashCodeThatLeavesTheStep_IsReported(string body, string culprit) => VerifyAsync($$"""
        using System;
        using System.Collections.Generic;
        using Weft;

        public sealed record Row(string Name, int Hash);

        public sealed class Widget { }

        public sealed class Box { public int Value { get; set; } }

        public static class Steps
        {
            [Step] public static int Key(string name)
            {
                {{body}}
            }
        }
        """,
        Kept(0, culprit));

    [Fact]
    public Task HashCodesUsedOnlyInside_AreNotReported() => VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using Weft;

        public readonly record struct Point(int X, int Y);

        public sealed class Id : IEquatable<Id>
        {
            public int Value { get; init; }
            public bool Equals(Id? other) => other?.Value == Value;
            public override bool Equals(object? obj) => Equals(obj as Id);
            public override int GetHashCode() => Value;
        }

        public static class Steps
        {
            [Step] public static int Key(string name, string other)
            {
                var same = name.GetHashCode() == other.GetHashCode();
                var seen = new Dictionary<string, int> { [name] = 1 };
                var tally = 0;
                if (name.GetHashCode() > 0) { tally++; }
                return (same ? 1 : 0) + seen.Count + tally + 7.GetHashCode() + new Id { Value = 3 }.GetHashCode();
            }
        }
        """);

    private const string RecordStructs = """
        using System;
        using Weft;

        public enum Level { Low = 1, High = 8 }
        public readonly record struct Key(int A, long B, double C);
        public struct Plain { public float X; public ulong Y; }
        public readonly record struct Nested(Key Inner, Level Level, bool Flag, char Mark, decimal Money, DateTime At, TimeSpan Span, Guid Id, int? Maybe, Plain Raw);
        public readonly record struct Named(string Name, int Count);
        public readonly record struct Paired((int, int) Pair);
        public readonly record struct Listed(int[] Values);
        public readonly record struct Boxed(object Value);
        """;

    [Theory]
    [InlineData("new Key(n, 2, 3.5).GetHashCode()")]
    [InlineData("new Nested(new Key(n, 2, 3.5), Level.High, true, 'c', 1.5m, default, TimeSpan.Zero, Guid.Empty, null, default).GetHashCode()")]
    public Task RecordStructOfNumbers_HashesTheSameInEveryProcess_AndIsNotReported(string hash) => VerifyAsync($$"""
        {{RecordStructs}}

        public static class Steps
        {
            [Step] public static int Key(int n) => {{hash}};
        }
        """);

    [Theory]
    [InlineData("new Named(\"a\", n).GetHashCode()", "Named.GetHashCode() of a record")]
    [InlineData("new Paired((n, n)).GetHashCode()", "Paired.GetHashCode() of a record")]
    [InlineData("new Listed(new[] { n }).GetHashCode()", "Listed.GetHashCode() of a record")]
    [InlineData("new Boxed(n).GetHashCode()", "Boxed.GetHashCode() of a record")]
    public Task RecordStructWithAMemberWhoseHashVaries_IsReported(string hash, string culprit) => VerifyAsync($$"""
        {{RecordStructs}}

        public static class Steps
        {
            [Step] public static int Key(int n) => {|#0:{{hash}}|};
        }
        """,
        Kept(0, culprit));

    [Fact]
    public Task HashInAHelper_IsReportedAtTheStepsCall() => VerifyAsync("""
        using Weft;

        public static class Steps
        {
            [Step] public static string Key(string name) => name + "-" + {|#0:Shard(name)|};

            static int Shard(string name) => name.GetHashCode() % 8;
        }
        """,
        Kept(0, "string.GetHashCode()", path: "calls Shard(), which "));

    [Fact]
    public Task HashNoStepReaches_IsNotReported() => VerifyAsync("""
        using System;
        using Weft;

        public static class Steps
        {
            [Step] public static int Key(string name) => name.Length;

            public static int Shard(string name) => HashCode.Combine(name);
        }
        """);
}
