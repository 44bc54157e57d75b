using static Weft.Generators.Tests.Diagnostics.ExpectedDiagnostic;

namespace Weft.Generators.Tests.Diagnostics;

public sealed class Weft0010UnsupportedParameterTypeTests
{
    private static string Pipeline(string parameters) => $$"""
        using System.Collections.Generic;
        using System.Threading;
        using Weft;
        namespace Demo;

        [Pipeline]
        public static partial class Training
        {
            static void Define({{parameters}}) => Load("houses");

            [Step] static Table Load(string name) => new(name, []);
        }
        """;

    [Theory]
    [InlineData("Table [|table|]", "table", "Demo.Table")]
    [InlineData("List<int> [|counts|]", "counts", "System.Collections.Generic.List<int>")]
    [InlineData("Dictionary<string, int> [|limits|]", "limits", "System.Collections.Generic.Dictionary<string, int>")]
    [InlineData("int[][] [|grid|]", "grid", "int[][]")]
    [InlineData("int?[] [|limits|]", "limits", "int?[]")]
    [InlineData("object [|anything|]", "anything", "object")]
    [InlineData("CancellationToken [|ct|]", "ct", "System.Threading.CancellationToken")]
    public void Parameter_ReportsWEFT0010AtTheParameterName(string parameters, string name, string type)
    {
        var run = DiagnosticVerifier.Verify(Pipeline(parameters), At(0, "WEFT0010", "Pipeline parameter", name, type));

        Assert.Empty(run.HintNames);
    }

    [Fact]
    public void EveryBadParameter_IsReportedAndGoodOnesAreNot()
    {
        var run = DiagnosticVerifier.Verify(Pipeline("int trees, Table [|table|], string name, List<string> [|tags|]"),
            At(0, "WEFT0010", "Pipeline parameter", "table", "Demo.Table"),
            At(1, "WEFT0010", "Pipeline parameter", "tags", "System.Collections.Generic.List<string>"));

        Assert.Contains(run.Reported, d => d.GetMessage() ==
            "Pipeline parameter 'table' has unsupported type 'Demo.Table'; use a primitive, string, enum, DataFile, a nullable of these, or an array of these");
    }

    [Fact]
    public void SupportedParameterTypes_AreAccepted()
    {
        var run = DiagnosticVerifier.Verify(Pipeline(
            "DataFile data, int trees, double rate, string name, bool dryRun, Mode mode, System.DateTime cutoff, System.Guid id, " +
            "string[] tags, Mode[] modes, double[] weights, byte[] salt, long seed = 42, string? note = null, int? limit = null, " +
            "Mode? mode2 = null, Mode? mode3 = Mode.Fast, double? rate2 = 0.5"));

        Assert.Equal(["Demo.Training.Pipeline.g.cs"], run.HintNames);
    }
}
