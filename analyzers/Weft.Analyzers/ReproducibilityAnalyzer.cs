using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers;

/// <summary>
/// Reports operations that make a <c>[Step]</c> method compute different outputs from the same inputs (WEFT1xxx), in the
/// step itself or in the project's methods it calls, up to <see cref="MaxCallDepth"/> calls deep.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReproducibilityAnalyzer : DiagnosticAnalyzer
{
    /// <summary>How many calls deep a step's helpers are followed.</summary>
    public const int MaxCallDepth = 8;

    /// <summary>
    /// The diagnostic property that holds the culprit as written (for example <c>DateTime.UtcNow</c>) when the diagnostic sits
    /// on it, which is what a code fix rewrites; absent when the diagnostic is at a call that leads to it.
    /// </summary>
    public const string CulpritProperty = "Culprit";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.WallClock,
        DiagnosticDescriptors.UnseededRandomness,
        DiagnosticDescriptors.NewGuid,
        DiagnosticDescriptors.Environment,
        DiagnosticDescriptors.FileSystemRead,
        DiagnosticDescriptors.Network,
        DiagnosticDescriptors.ProcessLaunch,
        DiagnosticDescriptors.MutableStaticState,
        DiagnosticDescriptors.OrderDependentConcurrency,
        DiagnosticDescriptors.PersistedHashCode);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // Generated code is not analyzed. Every diagnostic sits in code that was analyzed (a step, or a step's call), so none
        // can land in generated code: allowing it spares Roslyn a scan of the whole tree for [GeneratedCode] on each report.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var stepAttribute = context.Compilation.GetTypeByMetadataName("Weft.StepAttribute");
        if (stepAttribute is null)
        {
            return;
        }

        var catalog = new NondeterminismCatalog(context.Compilation);
        var assembly = context.Compilation.Assembly;
        // Each method is looked at once; which steps reach it is worked out at the end, so a helper shared by many steps costs
        // one pass.
        var facts = new ConcurrentDictionary<IMethodSymbol, MethodFacts>(SymbolEqualityComparer.Default);
        // One walk per method body rather than one callback per operation: the driver's dispatch of many tiny callbacks
        // (each one timed under ReportAnalyzer) cost more than classifying the operations.
        context.RegisterOperationBlockAction(blockContext =>
        {
            if (blockContext.OwningSymbol is not IMethodSymbol owner)
            {
                return;
            }

            var canonical = Canonical(owner);
            MethodFacts? methodFacts = null;
            // "" for a method that is not a step; worked out at the first finding.
            string? stepName = null;
            foreach (var block in blockContext.OperationBlocks)
            {
                foreach (var operation in block.DescendantsAndSelf())
                {
                    if (operation.Kind is not (OperationKind.PropertyReference or OperationKind.Invocation or OperationKind.ObjectCreation
                        or OperationKind.FieldReference or OperationKind.Loop))
                    {
                        continue;
                    }

                    var finding = catalog.Classify(operation);
                    if (finding is not null)
                    {
                        methodFacts ??= facts.GetOrAdd(canonical, _ => new MethodFacts());
                        methodFacts.Findings.Enqueue(finding);
                        stepName ??= StepName(canonical, stepAttribute) ?? "";
                        // A step's own parameters are plain values, never inputs: a read that depends on one is reported here.
                        if (stepName.Length > 0)
                        {
                            // Reported here, on the code to fix, so that it is a local diagnostic a code fix may change; only
                            // a helper's findings wait for the whole compilation.
                            var properties = ImmutableDictionary<string, string?>.Empty.Add(CulpritProperty, finding.Culprit);
                            blockContext.ReportDiagnostic(Diagnostic.Create(finding.Rule, finding.Location, properties, stepName, "", finding.Culprit));
                        }
                    }

                    var target = CalledMethod(operation);
                    if (target is not null && IsFollowed(target, assembly))
                    {
                        methodFacts ??= facts.GetOrAdd(canonical, _ => new MethodFacts());
                        methodFacts.Calls.Enqueue(new CallSite(Canonical(target), operation.Syntax, catalog.Paths.ArgumentOrigins(operation)));
                    }
                }
            }
        });

        context.RegisterCompilationEndAction(endContext =>
        {
            foreach (var pair in facts)
            {
                var stepName = StepName(pair.Key, stepAttribute);
                if (stepName is not null)
                {
                    ReportStep(endContext, stepName, pair.Key, facts);
                }
            }
        });
    }

    private static void ReportStep(CompilationAnalysisContext context, string stepName, IMethodSymbol step, ConcurrentDictionary<IMethodSymbol, MethodFacts> facts)
    {
        // The step's own findings were reported as they were found. Breadth first, calls in source order: each finding is
        // reported once per step, through its shortest, first path. A method is looked at again only when it is reached
        // with other parameters holding inputs (InputMask), which can make its file reads fine or not.
        var explored = new HashSet<(IMethodSymbol, ulong)>(new MethodAndMaskComparer()) { (step, 0) };
        var reported = new HashSet<Finding>();
        var frontier = new List<(IMethodSymbol Method, ulong Inputs, Location StepCall, string Path)>();
        foreach (var call in Ordered(facts[step].Calls))
        {
            var inputs = InputMask(call, 0);
            if (explored.Add((call.Target, inputs)))
            {
                frontier.Add((call.Target, inputs, call.Location, "calls " + Describe(call.Target, step) + ", which "));
            }
        }

        for (var depth = 1; depth <= MaxCallDepth && frontier.Count > 0; depth++)
        {
            var next = new List<(IMethodSymbol Method, ulong Inputs, Location StepCall, string Path)>();
            foreach (var (method, inputs, stepCall, path) in frontier)
            {
                if (!facts.TryGetValue(method, out var methodFacts))
                {
                    continue;
                }

                foreach (var finding in methodFacts.Findings.OrderBy(f => f.Location.SourceSpan.Start))
                {
                    if (!HoldsInput(inputs, finding.InputParameter) && reported.Add(finding))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(finding.Rule, stepCall, stepName, path, finding.Culprit));
                    }
                }

                foreach (var call in Ordered(methodFacts.Calls))
                {
                    var calleeInputs = InputMask(call, inputs);
                    if (explored.Add((call.Target, calleeInputs)))
                    {
                        next.Add((call.Target, calleeInputs, stepCall, path + "calls " + Describe(call.Target, step) + ", which "));
                    }
                }
            }

            frontier = next;
        }
    }

    // Which of the callee's parameters (bits by ordinal, the first 64) receive an input on this call, given which of the
    // caller's do.
    private static ulong InputMask(CallSite call, ulong callerInputs)
    {
        ulong mask = 0;
        for (var ordinal = 0; ordinal < call.ArgumentOrigins.Length && ordinal < 64; ordinal++)
        {
            var origin = call.ArgumentOrigins[ordinal];
            if (origin == PathOrigin.Input || HoldsInput(callerInputs, origin))
            {
                mask |= 1UL << ordinal;
            }
        }

        return mask;
    }

    private static bool HoldsInput(ulong inputs, int parameter) =>
        parameter is >= 0 and < 64 && (inputs & (1UL << parameter)) != 0;

    private static IEnumerable<CallSite> Ordered(IEnumerable<CallSite> calls) =>
        calls.OrderBy(c => c.Syntax.SyntaxTree.FilePath, System.StringComparer.Ordinal).ThenBy(c => c.Syntax.SpanStart);

    private static IMethodSymbol? CalledMethod(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => invocation.TargetMethod,
        IObjectCreationOperation creation => creation.Constructor,
        // A property read runs its getter; a write runs its setter.
        IPropertyReferenceOperation property => property.Parent is ISimpleAssignmentOperation assignment && assignment.Target == property
            ? property.Property.SetMethod
            : property.Property.GetMethod,
        _ => null,
    };

    // Lambdas and local functions are analyzed as part of the method that declares them, so they are not followed again.
    private static bool IsFollowed(IMethodSymbol target, IAssemblySymbol assembly) =>
        target.MethodKind is not (MethodKind.LocalFunction or MethodKind.AnonymousFunction)
        && SymbolEqualityComparer.Default.Equals(target.ContainingAssembly, assembly)
        && !target.DeclaringSyntaxReferences.IsEmpty;

    // A call binds to a partial method's declaration and to a generic method's construction; the facts sit on the body.
    private static IMethodSymbol Canonical(IMethodSymbol method)
    {
        var definition = method.OriginalDefinition;
        return definition.PartialImplementationPart ?? definition;
    }

    private static string? StepName(IMethodSymbol method, INamedTypeSymbol stepAttribute)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, stepAttribute))
            {
                continue;
            }

            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "Name" && named.Value.Value is string name && name.Length > 0)
                {
                    return name;
                }
            }

            return method.Name;
        }

        return null;
    }

    private static string Describe(IMethodSymbol method, IMethodSymbol step)
    {
        var name = method.MethodKind switch
        {
            MethodKind.Constructor => "new " + method.ContainingType.Name,
            MethodKind.PropertyGet or MethodKind.PropertySet => ((IPropertySymbol)method.AssociatedSymbol!).Name,
            _ => method.Name,
        };
        var suffix = method.MethodKind is MethodKind.PropertyGet or MethodKind.PropertySet ? "" : "()";
        var qualified = method.MethodKind == MethodKind.Constructor || SymbolEqualityComparer.Default.Equals(method.ContainingType, step.ContainingType)
            ? name
            : method.ContainingType.Name + "." + name;
        return qualified + suffix;
    }
}
