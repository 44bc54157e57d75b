namespace Weft.Generators.Tests.Adversarial;

/// <summary>
/// Step signatures as they are while being typed in an IDE: missing types, names, defaults and brackets, half-written
/// qualified or conditional defaults, bad literals, misplaced <c>params</c>/<c>this</c>/<c>__arglist</c>, suppressions on
/// defaults. Every one is cross-checked against binding: the generator must neither throw nor report WEFT0000.
/// </summary>
public sealed class SignatureTypingAdversaryTests
{
    [Theory]
    [InlineData("public static int Use(int x = ) => 1;")]
    [InlineData("public static int Use(int x, ) => 1;")]
    [InlineData("public static int Use(List<> r) => 1;")]
    [InlineData("public static int Use(List<int r) => 1;")]
    [InlineData("public static int Use(int[ x) => 1;")]
    [InlineData("public static int Use((int, ) t) => 1;")]
    [InlineData("public static int Use(int? ? x) => 1;")]
    [InlineData("public static int Use(int x, Mode m = Mode.) => 1;")]
    [InlineData("public static int Use(int x, Mode m = .B) => 1;")]
    [InlineData("public static int Use(global:: x) => 1;")]
    [InlineData("public static int Use(x) => 1;")]
    [InlineData("public static Use(int x) => 1;")]
    [InlineData("public static (int a Use(int x) => default;")]
    [InlineData("public static int Use(int x, Mode m = Mode.B.A) => 1;")]
    [InlineData("public static int Use(int x, Mode m = global::Demo.App.Mode.B) => 1;")]
    [InlineData("public static int Use(int x, Mode m = Demo.App.Mode.B) => 1;")]
    [InlineData("public static int Use(int x, Mode m = @Mode.@B) => 1;")]
    [InlineData("public static int Use(int x, Mode m = Mode . B) => 1;")]
    [InlineData("public static int Use(int x, Mode m = Mode?.B) => 1;")]
    [InlineData("public static int Use(int x, Mode m = Mode!.B) => 1;")]
    [InlineData("public static int Use(int x, Mode m = Mode::B) => 1;")]
    [InlineData("public static int Use(int x, Mode m = Mode<int>.B) => 1;")]
    [InlineData("public static int Use(int x, string s = \"unterminated) => 1;")]
    [InlineData("public static int Use(int x, char c = '') => 1;")]
    [InlineData("public static int Use(int x, double d = 1e) => 1;")]
    [InlineData("public static int Use(int x, int y = 0x) => 1;")]
    [InlineData("public static int Use(int x, int y = 99999999999999999999) => 1;")]
    [InlineData("public static int Use(int x, Mode m = default!) => 1;")]
    [InlineData("public static int Use(int x, string s = null!) => 1;")]
    [InlineData("public static int Use(int x, int y = default(int)!) => 1;")]
    [InlineData("public static int Use(int x, params) => 1;")]
    [InlineData("public static int Use(int x, this int y) => 1;")]
    [InlineData("public static int Use(int x, int y = 1, int z) => 1;")]
    [InlineData("public static int Use(int x) where T : class => 1;")]
    [InlineData("public static int Use<>(int x) => 1;")]
    [InlineData("public static int Use(int x, __arglist) => 1;")]
    [InlineData("public static int Use(int x, Mode m = (Mode.B)) => 1;")]
    [InlineData("public static int Use(int x, int? y = (1)) => 1;")]
    [InlineData("public static int Use(int x, string s = \"a\"u8) => 1;")]
    [InlineData("public static int Use(int x, int y = 'a') => 1;")]
    public void A_signature_being_typed_is_read_as_binding_reads_it(string step)
        => AdversarialRun.Of(("Flow.cs", $$"""
            using System;
            using System.Collections.Generic;
            using Weft;

            namespace Demo.App;

            public enum Mode { A, B }

            [Pipeline]
            public static partial class Flow
            {
                static void Define(int size = 1)
                {
                    var used = Steps.Use(size);
                }
            }

            public static class Steps
            {
                [Step] {{step}}
            }
            """));
}
