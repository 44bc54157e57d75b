using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Weft.Generators.Caching;
using Weft.Generators.Helpers;
using Weft.Generators.Model;
using Weft.Generators.Serialization;

namespace Weft.Generators.Parsing;

/// <summary>
/// Turns a <c>[Pipeline]</c> class into a <see cref="PipelineResult"/>: checks the class and its <c>Define</c>, then
/// lowers the body. The only place, with <see cref="BodyLowering"/>, that touches symbols and syntax.
/// </summary>
internal static class PipelineParser
{
    private static readonly ResultCache<PipelineResult> s_cache = new();

    public static PipelineResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken ct)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type || context.TargetNode is not ClassDeclarationSyntax declaration)
        {
            return new PipelineResult(null, EquatableArray<DiagnosticInfo>.Empty);
        }

        var compilation = context.SemanticModel.Compilation;
        var view = CompilationView.For(compilation);
        if (s_cache.TryGet(declaration, view, ct, out var cached))
        {
            return cached;
        }

        var dependencies = new Dependencies();
        using var names = TypeNames.Memoize();
        var fastPath = BodyLoweringMode.Current is not { FastPathDisabled: true };
        var result = Parse(type, declaration, compilation, dependencies, fastPath, ct);
        if (fastPath && BodyLoweringMode.CrossCheck)
        {
            CrossCheck(type, declaration, compilation, dependencies, result, ct);
        }

        s_cache.Store(declaration, view, dependencies, result);
        return result;
    }

    /// <summary>Parses again by binding every call and throws if anything differs from the fast path's result (tests only).</summary>
    private static void CrossCheck(INamedTypeSymbol type, ClassDeclarationSyntax declaration, Compilation compilation, Dependencies fastDependencies,
        PipelineResult fast, CancellationToken ct)
    {
        var bound = new Dependencies();
        var reference = Parse(type, declaration, compilation, bound, fastPath: false, ct);
        if (!reference.Equals(fast))
        {
            throw new System.InvalidOperationException($"The Define fast path of '{type.Name}' gives another result than binding: {Describe(fast)} vs {Describe(reference)}");
        }

        if (!bound.Trees.SetEquals(fastDependencies.Trees) || !bound.NameSet().SetEquals(fastDependencies.NameSet()))
        {
            var missing = bound.Trees.Except(fastDependencies.Trees).Select(t => "-" + t.FilePath)
                .Concat(fastDependencies.Trees.Except(bound.Trees).Select(t => "+" + t.FilePath))
                .Concat(bound.NameSet().Except(fastDependencies.NameSet()).Select(n => $"-{n.Kind} {n.Name}"))
                .Concat(fastDependencies.NameSet().Except(bound.NameSet()).Select(n => $"+{n.Kind} {n.Name}"));
            throw new System.InvalidOperationException($"The Define fast path of '{type.Name}' records other dependencies than binding: {string.Join(", ", missing)}");
        }
    }

    private static string Describe(PipelineResult result)
    {
        var diagnostics = string.Join("; ", result.Diagnostics.Select(d => $"{d.Id} {d.Span} {string.Join(", ", d.Arguments)}"));
        var nodes = result.Spec is null ? "no spec" : string.Join("; ", result.Spec.Nodes.Select(n => $"{n} {string.Join(", ", n.Inputs)} {string.Join(", ", n.Outputs)}"));
        return $"[{diagnostics}] [{nodes}]";
    }

    private static PipelineResult Parse(INamedTypeSymbol type, ClassDeclarationSyntax declaration, Compilation compilation, Dependencies dependencies,
        bool fastPath, CancellationToken ct)
    {
        // Every part of the class (its members, attributes and modifiers), and the type it is nested in, if any.
        dependencies.AddSymbol(type);
        dependencies.AddSymbol(type.ContainingType);
        if (!IsFirstAttributedPart(type, declaration, ct))
        {
            // [Pipeline] on several parts is the compiler's CS0579; one parse (and one generated file) is enough.
            return new PipelineResult(null, EquatableArray<DiagnosticInfo>.Empty);
        }

        var diagnostics = new List<DiagnosticInfo>();
        var spec = ParseClass(type, declaration, compilation, dependencies, diagnostics, fastPath, ct);
        var typeName = type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
        return new PipelineResult(spec, diagnostics.ToEquatableArray())
        {
            // The location is kept as a ready diagnostic; its arguments are filled in when a clash is found.
            Name = new PipelineNameInfo(PipelineName(type), typeName,
                DiagnosticInfo.Create(DiagnosticDescriptors.DuplicatePipelineName, declaration.Identifier.GetLocation())),
        };
    }

    private static bool IsFirstAttributedPart(INamedTypeSymbol type, ClassDeclarationSyntax declaration, CancellationToken ct)
    {
        if (type.DeclaringSyntaxReferences.Length == 1)
        {
            // A class in one part: the attributed part is this one.
            return true;
        }

        var first = type.GetAttributes()
            .Where(a => a.AttributeClass?.ToDisplayString() == WeftSymbols.PipelineAttributeName && a.ApplicationSyntaxReference is not null)
            .Select(a => a.ApplicationSyntaxReference!)
            .OrderBy(r => r.SyntaxTree.FilePath, System.StringComparer.Ordinal)
            .ThenBy(r => r.Span.Start)
            .FirstOrDefault();
        return first is null || first.GetSyntax(ct).FirstAncestorOrSelf<ClassDeclarationSyntax>() == declaration;
    }

    private static PipelineSpec? ParseClass(INamedTypeSymbol type, ClassDeclarationSyntax declaration, Compilation compilation,
        Dependencies dependencies, List<DiagnosticInfo> diagnostics, bool fastPath, CancellationToken ct)
    {
        var symbols = WeftSymbols.Create(compilation);
        var name = PipelineName(type);
        var valid = true;
        if (!StepReader.IsValidNodeName(name))
        {
            // The name is typed on the command line and stored in run records: keep it to a plain identifier-like word.
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidPipelineName, declaration.Identifier.GetLocation(), name,
                type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat)));
            valid = false;
        }

        if (!type.IsStatic || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PipelineMustBeStaticPartial, declaration.Identifier.GetLocation(), type.Name));
            valid = false;
        }

        if (type.IsFileLocal)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PipelineMustBeTopLevel, declaration.Identifier.GetLocation(), type.Name,
                "it is a 'file' type, which generated code in another file cannot extend"));
            valid = false;
        }
        else if (type.ContainingType is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PipelineMustBeTopLevel, declaration.Identifier.GetLocation(), type.Name,
                $"it is nested in '{TypeNames.Display(type.ContainingType)}'"));
            valid = false;
        }
        else if (type.IsGenericType)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PipelineMustBeTopLevel, declaration.Identifier.GetLocation(), type.Name,
                "it has type parameters"));
            valid = false;
        }

        var defines = type.GetMembers("Define").OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary).ToList();
        if (defines.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PipelineHasNoDefine, declaration.Identifier.GetLocation(), name));
            return null;
        }

        if (defines.Count > 1)
        {
            foreach (var extra in defines.OrderBy(d => d.Locations.FirstOrDefault()?.SourceTree?.FilePath, System.StringComparer.Ordinal)
                         .ThenBy(d => d.Locations.FirstOrDefault()?.SourceSpan.Start).Skip(1))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateDefine, extra.Locations.FirstOrDefault(), name));
            }

            return null;
        }

        var define = defines[0].PartialImplementationPart ?? defines[0];
        if (define.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(ct) is not MethodDeclarationSyntax defineSyntax)
        {
            return null;
        }

        valid &= CheckDefineSignature(define, defineSyntax, name, symbols, diagnostics);
        var parameters = ReadParameters(define, name, compilation, dependencies, diagnostics, ref valid);

        // A call in the body can bind to an extension or 'using static' method of that name declared anywhere.
        foreach (var token in defineSyntax.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken))
            {
                dependencies.AddName(NameKind.Method, token.ValueText);
            }
        }

        var model = SemanticModels.Get(compilation, defineSyntax.SyntaxTree);
        var lowering = new BodyLowering(name, define, model, symbols, new CodeFingerprinter(compilation), dependencies, diagnostics, fastPath, ct);
        var nodes = lowering.Lower(defineSyntax);
        if (!valid || nodes is null)
        {
            return null;
        }

        var roots = parameters.Select(p => p.Shape).Concat(nodes.SelectMany(n => n.Outputs).Select(o => o.Shape));
        return new PipelineSpec(
            type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty,
            type.Name,
            name,
            type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat),
            parameters.ToEquatableArray(),
            nodes.ToEquatableArray(),
            ReadSchedule(type, symbols),
            StepReader.ReadImage(type, symbols),
            StepReader.ReadResources(type, symbols))
        {
            SerializerRoots = roots.Distinct().OrderBy(s => s.FullyQualifiedName, System.StringComparer.Ordinal).ToEquatableArray(),
        };
    }

    private static string PipelineName(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == WeftSymbols.PipelineAttributeName)
            {
                foreach (var named in attribute.NamedArguments)
                {
                    if (named.Key == "Name" && named.Value.Value is string name)
                    {
                        return name;
                    }
                }
            }
        }

        return type.Name;
    }

    private static string? ReadSchedule(INamedTypeSymbol type, WeftSymbols symbols)
    {
        var attribute = WeftSymbols.FindAttribute(type, symbols.ScheduleAttribute);
        return attribute is { ConstructorArguments.Length: 1 } && attribute.ConstructorArguments[0].Value is string cron ? cron : null;
    }

    private static bool CheckDefineSignature(IMethodSymbol define, MethodDeclarationSyntax syntax, string pipeline, WeftSymbols symbols,
        List<DiagnosticInfo> diagnostics)
    {
        var signature = MethodSignatures.Of(define, symbols.Compilation);
        string? problem = null;
        if (!define.IsStatic)
        {
            problem = "must be static";
        }
        else if (define.IsGenericMethod)
        {
            problem = "must not be generic";
        }
        else if (signature.ReturnsVoid)
        {
            problem = define.IsAsync ? "must not be 'async void'" : null;
        }
        else if (SymbolEqualityComparer.Default.Equals(signature.ReturnType, symbols.Task))
        {
            problem = define.IsAsync ? null : "returns Task but is not 'async'";
        }
        else
        {
            problem = $"returns '{TypeNames.Display(signature.ReturnType)}'";
        }

        if (problem is null && syntax.Body is null && syntax.ExpressionBody is null)
        {
            problem = "has no body";
        }

        if (problem is null)
        {
            return true;
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDefineSignature, syntax.Identifier.GetLocation(), pipeline, problem));
        return false;
    }

    private static List<ParameterSpec> ReadParameters(IMethodSymbol define, string pipeline, Compilation compilation,
        Dependencies dependencies, List<DiagnosticInfo> diagnostics, ref bool valid)
    {
        var result = new List<ParameterSpec>();
        foreach (var parameter in MethodSignatures.Of(define, compilation).Parameters)
        {
            var location = parameter.Location;
            if (parameter.RefKind != RefKind.None || parameter.IsParams)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDefineSignature, location, pipeline,
                    $"declares parameter '{parameter.Name}' as '{(parameter.IsParams ? "params" : TypeNames.RefKindKeyword(parameter.RefKind))}'"));
                valid = false;
                continue;
            }

            if (!ArtifactTypeParser.TryParse(parameter.Type, compilation, dependencies, out var shape, out _) || shape is null || !SerializerEmitter.IsParameterType(shape))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedParameterType, location,
                    "Pipeline parameter", parameter.Name, TypeNames.Display(parameter.Type)));
                valid = false;
                continue;
            }

            TypeNames.Remember(parameter.Type, shape.FullyQualifiedName, shape.DisplayName);
            result.Add(new ParameterSpec(parameter.Name, shape.FullyQualifiedName, shape.DisplayName,
                ConstantFormatter.DefaultLiteral(parameter), shape));
        }

        return result;
    }
}
