using System.Security;

namespace MakeSynthetic;

/// <summary>The project file and the files that belong to no pipeline.</summary>
internal static class ProjectSource
{
    public static string ProjectFile(string repositoryRoot)
    {
        var weft = SecurityElement.Escape(Path.Combine(repositoryRoot, "src", "Weft", "Weft.csproj"));
        var generator = SecurityElement.Escape(Path.Combine(repositoryRoot, "generators", "Weft.Generators", "Weft.Generators.csproj"));
        return $$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <!-- Explicit global usings: the in-process driver benchmark compiles exactly these files. -->
                <ImplicitUsings>disable</ImplicitUsings>
                <!-- A warning in generated code is reported by run.sh, not allowed to stop the measurement. -->
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                <IsPackable>false</IsPackable>
                <GenerateDocumentationFile>false</GenerateDocumentationFile>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{{weft}}" />
                <ProjectReference Include="{{generator}}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
            </Project>

            """;
    }

    public const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Globalization;
        global using System.Linq;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Weft;

        """;

    /// <summary>A file neither generator looks at; DriverRerun appends comments to it to time an unrelated edit.</summary>
    public const string Unrelated = """
        namespace Synthetic;

        internal static class Unrelated
        {
            public static int Answer() => 42;
        }

        """;
}
