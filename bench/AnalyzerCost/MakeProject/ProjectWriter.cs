using System.Globalization;
using System.Security;
using System.Text;

namespace MakeProject;

/// <summary>Lays out the project; the source folder is rewritten from scratch so that a smaller run leaves no stale files.</summary>
internal sealed class ProjectWriter(Options options)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes every file and returns how many violations the sources hold.</summary>
    public int Write()
    {
        var sources = Path.Combine(options.OutputDirectory, "Pipelines");
        if (Directory.Exists(sources))
        {
            Directory.Delete(sources, recursive: true);
        }

        Directory.CreateDirectory(sources);
        WriteFile("Analyzed.csproj", ProjectFile());
        WriteFile("GlobalUsings.cs", GlobalUsings);
        WriteFile("Pipelines/Common.cs", SharedHelpers.Source);
        var violations = 0;
        for (var p = 0; p < options.Pipelines; p++)
        {
            var pipeline = new PipelineSource(p, options.StepsPerPipeline);
            WriteFile($"Pipelines/Pipeline{Index(p)}.cs", pipeline.Pipeline());
            WriteFile($"Pipelines/Pipeline{Index(p)}.Helpers.cs", pipeline.Helpers());
            violations += pipeline.Violations;
        }

        return violations;
    }

    public static string Index(int i) => i.ToString("D3", CultureInfo.InvariantCulture);

    private string ProjectFile()
    {
        string Project(params string[] parts) => SecurityElement.Escape(Path.Combine([options.RepositoryRoot, .. parts]))!;
        return $$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <!-- The seeded violations are warnings that the benchmark expects, not a reason to stop. -->
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                <IsPackable>false</IsPackable>
                <GenerateDocumentationFile>false</GenerateDocumentationFile>
                <!-- run.sh builds once with the Weft analyzers and once without, to see what they add to csc. -->
                <WeftAnalyzers Condition="'$(WeftAnalyzers)' == ''">true</WeftAnalyzers>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{{Project("src", "Weft", "Weft.csproj")}}" />
                <ProjectReference Include="{{Project("generators", "Weft.Generators", "Weft.Generators.csproj")}}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ProjectReference Include="{{Project("analyzers", "Weft.Analyzers", "Weft.Analyzers.csproj")}}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
              <!-- The baseline build keeps the reference (same restore, same inputs) and only withholds the DLL from csc. -->
              <Target Name="WithholdWeftAnalyzers" BeforeTargets="CoreCompile" Condition="'$(WeftAnalyzers)' != 'true'">
                <ItemGroup>
                  <Analyzer Remove="@(Analyzer)" Condition="'%(Filename)' == 'Weft.Analyzers'" />
                </ItemGroup>
              </Target>
            </Project>

            """;
    }

    private const string GlobalUsings = """
        global using System;
        global using System.Collections.Concurrent;
        global using System.Collections.Generic;
        global using System.Globalization;
        global using System.Linq;
        global using System.Text;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Weft;

        """;

    private void WriteFile(string relativePath, string text) =>
        File.WriteAllText(Path.Combine(options.OutputDirectory, relativePath), text.ReplaceLineEndings("\n"), Utf8);
}
