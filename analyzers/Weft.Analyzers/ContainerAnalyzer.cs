using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Weft.Analyzers;

/// <summary>
/// Reports container and Kubernetes settings that make a deployment irreproducible or that the cluster would reject
/// (WEFT2xxx): an <c>[Image]</c> without a digest or with a malformed one, <c>[Resources]</c> quantities Kubernetes refuses, a <c>[Schedule]</c>
/// that is not a cron expression.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ContainerAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        ContainerDescriptors.UnpinnedImage,
        ContainerDescriptors.InvalidResource,
        ContainerDescriptors.InvalidSchedule,
        ContainerDescriptors.MalformedDigest);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // As in ReproducibilityAnalyzer: only written code is analyzed, so reports need no per-tree [GeneratedCode] scan.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var image = start.Compilation.GetTypeByMetadataName("Weft.ImageAttribute");
            var resources = start.Compilation.GetTypeByMetadataName("Weft.ResourcesAttribute");
            var schedule = start.Compilation.GetTypeByMetadataName("Weft.ScheduleAttribute");
            if (image is null && resources is null && schedule is null)
            {
                return;
            }

            start.RegisterSymbolAction(
                symbolContext =>
                {
                    foreach (var attribute in symbolContext.Symbol.GetAttributes())
                    {
                        var type = attribute.AttributeClass;
                        if (type is null)
                        {
                            continue;
                        }

                        if (SymbolEqualityComparer.Default.Equals(type, image))
                        {
                            CheckImage(symbolContext, attribute);
                        }
                        else if (SymbolEqualityComparer.Default.Equals(type, resources))
                        {
                            CheckResources(symbolContext, attribute);
                        }
                        else if (SymbolEqualityComparer.Default.Equals(type, schedule))
                        {
                            CheckSchedule(symbolContext, attribute);
                        }
                    }
                },
                SymbolKind.NamedType,
                SymbolKind.Method);
        });
    }

    private static void CheckImage(SymbolAnalysisContext context, AttributeData attribute)
    {
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string reference)
        {
            return;
        }

        if (!ImageReference.HasDigest(reference))
        {
            context.ReportDiagnostic(Diagnostic.Create(ContainerDescriptors.UnpinnedImage, ArgumentLocation(attribute, 0, null, context), reference));
        }
        else if (ImageReference.DigestProblem(reference) is { } problem)
        {
            // It was meant to be pinned: saying "not pinned" would send the user looking for a digest they already wrote.
            context.ReportDiagnostic(Diagnostic.Create(ContainerDescriptors.MalformedDigest, ArgumentLocation(attribute, 0, null, context), reference, problem));
        }
    }

    private static void CheckResources(SymbolAnalysisContext context, AttributeData attribute)
    {
        foreach (var named in attribute.NamedArguments)
        {
            string? problem;
            string shown;
            switch (named.Key)
            {
                case "Cpu" or "Memory" when named.Value.Value is string quantity:
                    problem = KubernetesQuantity.Problem(quantity);
                    shown = quantity;
                    break;
                case "Gpu" when named.Value.Value is int gpus:
                    problem = gpus < 0 ? "a GPU count cannot be negative" : null;
                    shown = gpus.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    break;
                default:
                    continue;
            }

            if (problem is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(ContainerDescriptors.InvalidResource, ArgumentLocation(attribute, -1, named.Key, context), named.Key, shown, problem));
            }
        }
    }

    private static void CheckSchedule(SymbolAnalysisContext context, AttributeData attribute)
    {
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string cron)
        {
            return;
        }

        var problem = CronExpression.Problem(cron);
        if (problem is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(ContainerDescriptors.InvalidSchedule, ArgumentLocation(attribute, 0, null, context), cron, problem));
        }
    }

    // The argument as written (positional by index, or `Name = value`), else the whole attribute.
    private static Location ArgumentLocation(AttributeData attribute, int position, string? name, SymbolAnalysisContext context)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax syntax)
        {
            return context.Symbol.Locations.IsEmpty ? Location.None : context.Symbol.Locations[0];
        }

        var arguments = syntax.ArgumentList?.Arguments ?? default;
        var positional = 0;
        foreach (var argument in arguments)
        {
            if (argument.NameEquals is { } nameEquals)
            {
                if (name is not null && nameEquals.Name.Identifier.ValueText == name)
                {
                    return argument.GetLocation();
                }
            }
            else if (name is null && positional++ == position)
            {
                return argument.Expression.GetLocation();
            }
        }

        return syntax.GetLocation();
    }
}
