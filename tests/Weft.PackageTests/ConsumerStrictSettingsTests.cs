using Weft.PackageTests.Infrastructure;

namespace Weft.PackageTests;

/// <summary>
/// A user with strict project settings (implicit usings and nullable reference types off, preview language, invariant
/// globalization, every .NET analyzer on and warnings as errors) and pipelines shaped unlike our samples: global usings and
/// aliases, block and file-scoped namespaces, steps in other partial classes across files, records of collections of records,
/// init-only classes, structs, [Flags] enums, Unicode and @-escaped names, two pipeline classes of one name, fifty steps;
/// its .editorconfig turns the unused-value rules on as well.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerStrictSettingsTests(PackageFeed feed)
{
    private static readonly TimeSpan s_commandTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task StrictProject_WithUnusualPipelines_BuildsWithoutAnyDiagnostic_AndRunsThem()
    {
        var project = ConsumerProject.Create(feed, "Strict");
        File.WriteAllText(project.ProjectFile, $"""
            <Project Sdk="Microsoft.NET.Sdk">

              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>disable</ImplicitUsings>
                <Nullable>disable</Nullable>
                <LangVersion>preview</LangVersion>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <AnalysisLevel>latest-all</AnalysisLevel>
                <InvariantGlobalization>true</InvariantGlobalization>
                <EnforceCodeStyleInBuild>true</EnforceCodeStyleInBuild>
              </PropertyGroup>

              <ItemGroup>
                <PackageReference Include="Weft" Version="{feed.Version}" />
              </ItemGroup>

            </Project>
            """);

        // The cases in point: CA2007 on Define's awaits, and IDE0059/IDE0058 (on in the project's .editorconfig) on outputs
        // nothing reads. Define is read, never run, so the package suppresses them there, and only there.
        var build = await project.DotnetAsync(s_commandTimeout, "build", "-tl:off");
        var diagnostics = BuildOutput.Diagnostics(build);
        Assert.True(build.Succeeded && diagnostics.Count == 0,
            $"Expected a clean build, got:{Environment.NewLine}{string.Join(Environment.NewLine, diagnostics)}{Environment.NewLine}{build.Describe()}");

        var run = await project.DotnetAsync(s_commandTimeout, "run", "--no-build");
        Assert.True(run.Succeeded, run.Describe());
        string[] expected =
        [
            "sensors: Succeeded",
            "nodes: Read,Group,Índice,Summarize,Centre,Describe,Archive",
            "described: north: 5 Read, Execute x=2.33 y=1",
            "index: a/Read, Write=2,c/Read, Write=1",
            "range: Span { First = 0, Last = 3 }",
            "summary: north Kelvin 3",
            "other: Succeeded 20",
            "chain: Succeeded 50 1225",
        ];
        var printed = run.StandardOutput.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.True(expected.SequenceEqual(printed),
            $"Expected:{Environment.NewLine}{string.Join(Environment.NewLine, expected)}{Environment.NewLine}{run.Describe()}");
    }
}
