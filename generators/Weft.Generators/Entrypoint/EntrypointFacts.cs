using System;
using System.Collections.Immutable;
using System.Linq;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Weft.Generators.Helpers;
using Weft.Generators.Model;

namespace Weft.Generators.Entrypoint;

/// <summary>Reads what the entrypoint decision depends on: the property, the project kind, and any entry point the user wrote.</summary>
internal static class EntrypointFacts
{
    private const string CommandLineMetadataName = "Weft.Cli.WeftCommandLine";

    // Packages that add commands or orchestrators through a public static Register(), in ordinal order so Main is deterministic.
    private static readonly string[] s_extensionMetadataNames = ["Weft.Kubernetes.WeftKubernetes"];

    public static bool IsEnabled(AnalyzerConfigOptions globalOptions)
        => globalOptions.TryGetValue("build_property." + EntrypointGenerator.PropertyName, out var value)
           && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    public static ProjectFacts Project(Compilation compilation)
    {
        var kind = compilation.Options.OutputKind;
        var isExecutable = kind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication;
        return new ProjectFacts(isExecutable, compilation.GetTypeByMetadataName(CommandLineMetadataName) is not null, Extensions(compilation));
    }

    private static EquatableArray<string> Extensions(Compilation compilation)
    {
        var found = ImmutableArray.CreateBuilder<string>();
        foreach (var name in s_extensionMetadataNames)
        {
            if (compilation.GetTypeByMetadataName(name) is { DeclaredAccessibility: Accessibility.Public } type
                && type.GetMembers("Register").Any(m => m is IMethodSymbol { IsStatic: true, Parameters.Length: 0, DeclaredAccessibility: Accessibility.Public }))
            {
                found.Add(name);
            }
        }

        return new EquatableArray<string>(found.ToImmutable());
    }

    /// <summary>A WEFT0017 at a <c>Main</c> the compiler would take as the entry point; <see langword="null"/> for any other method named Main.</summary>
    public static DiagnosticInfo? MainMethod(GeneratorSyntaxContext context, CancellationToken ct)
    {
        var method = (MethodDeclarationSyntax)context.Node;
        if (!method.Modifiers.Any(SyntaxKind.StaticKeyword)
            || context.SemanticModel.GetDeclaredSymbol(method, ct) is not IMethodSymbol symbol
            || !IsEntryPointCandidate(symbol, context.SemanticModel.Compilation))
        {
            return null;
        }

        var owner = symbol.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
        return DiagnosticInfo.Create(DiagnosticDescriptors.EntrypointConflictsWithMain, method.Identifier.GetLocation(), $"method '{owner}.Main'");
    }

    public static bool HasGlobalStatements(CompilationUnitSyntax unit)
    {
        foreach (var member in unit.Members)
        {
            if (member is GlobalStatementSyntax)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A WEFT0017 at the first top-level statement of a file.</summary>
    public static DiagnosticInfo? TopLevelStatements(CompilationUnitSyntax unit)
    {
        foreach (var member in unit.Members)
        {
            if (member is GlobalStatementSyntax statement)
            {
                var file = Path.GetFileName(unit.SyntaxTree.FilePath);
                var where = file.Length == 0 ? "the top-level statements" : $"the top-level statements in '{file}'";
                return DiagnosticInfo.Create(DiagnosticDescriptors.EntrypointConflictsWithMain, statement.GetLocation(), where);
            }
        }

        return null;
    }

    // The compiler's own rule (C# spec §7.1): static, non-generic, in non-generic types, returning void, int, Task or
    // Task<int>, taking nothing or one string[].
    private static bool IsEntryPointCandidate(IMethodSymbol method, Compilation compilation)
    {
        if (!method.IsStatic || method.IsGenericMethod || method.IsPartialDefinition && method.PartialImplementationPart is null)
        {
            return false;
        }

        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.IsGenericType)
            {
                return false;
            }
        }

        if (method.Parameters.Length > 1
            || method.Parameters.Length == 1 && method.Parameters[0].Type is not IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_String })
        {
            return false;
        }

        var returnType = method.ReturnType;
        if (returnType.SpecialType is SpecialType.System_Void or SpecialType.System_Int32)
        {
            return true;
        }

        var task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
        var taskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        return SymbolEqualityComparer.Default.Equals(returnType, task)
               || returnType is INamedTypeSymbol { TypeArguments.Length: 1 } named
                  && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, taskOfT)
                  && named.TypeArguments[0].SpecialType == SpecialType.System_Int32;
    }
}
