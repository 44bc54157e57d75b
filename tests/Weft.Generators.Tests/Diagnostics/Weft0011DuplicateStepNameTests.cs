using static Weft.Generators.Tests.Diagnostics.ExpectedDiagnostic;

namespace Weft.Generators.Tests.Diagnostics;

public sealed class Weft0011DuplicateStepNameTests
{
    [Fact]
    public void TwoStepsNamedAlike_ReportsWEFT0011AtTheSecondCall()
    {
        var run = DiagnosticVerifier.Verify("""
            using Weft;
            namespace Demo;

            public static class Csv
            {
                [Step(Name = "Load")] public static Table LoadCsv(string path) => new(path, []);
            }

            [Pipeline]
            public static partial class Training
            {
                static void Define()
                {
                    var houses = Load("houses");
                    var extra = [|Csv.LoadCsv("extra.csv")|];
                }

                [Step] static Table Load(string name) => new(name, []);
            }
            """,
            At(0, "WEFT0011", "Training", "Load", "Demo.Training.Load", "Demo.Csv.LoadCsv"));

        Assert.Equal(
            "Pipeline 'Training' has two different steps named 'Load' (Demo.Training.Load and Demo.Csv.LoadCsv); rename one with [Step(Name = \"...\")]",
            run.Reported.Single().GetMessage());
        Assert.Empty(run.HintNames);
    }

    [Fact]
    public void NameClashInANestedCall_IsReportedAtTheNestedCall()
    {
        DiagnosticVerifier.Verify("""
            using Weft;
            namespace Demo;

            public static class Csv
            {
                [Step(Name = "prepare")] public static Table Clean(Table table) => table;
            }

            [Pipeline(Name = "nightly")]
            public static partial class Training
            {
                static void Define()
                {
                    var houses = Prepare("houses");
                    var model = Fit([|Csv.Clean(houses)|]);
                }

                [Step(Name = "prepare")] static Table Prepare(string name) => new(name, []);

                [Step] static Model Fit(Table table) => new(1, table.Values.Length);
            }
            """,
            At(0, "WEFT0011", "nightly", "prepare", "Demo.Training.Prepare", "Demo.Csv.Clean"));
    }
}
