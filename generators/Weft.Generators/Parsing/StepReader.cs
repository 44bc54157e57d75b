using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Weft.Generators.Model;

namespace Weft.Generators.Parsing;

/// <summary>Reads a <c>[Step]</c> method: its name, outputs, options, and what is wrong with its signature.</summary>
internal static class StepReader
{
    /// <summary>The step <paramref name="method"/> is, or null when it has no <c>[Step]</c>.</summary>
    public static StepInfo? Read(IMethodSymbol method, WeftSymbols symbols)
    {
        if (StepAttributeSyntax.Read(method, symbols) is { } options)
        {
            if (!options.IsStep)
            {
                return null;
            }

            // Options are read from syntax only for a method of exactly one declaration.
            var declaration = method.DeclaringSyntaxReferences[0].GetSyntax();
            if (symbols.AttributeNames.KnownStep(declaration) is not { } step)
            {
                step = Read(method, options, symbols);
                symbols.AttributeNames.RememberStep(declaration, step);
            }

            return step;
        }

        var attribute = WeftSymbols.FindAttribute(method, symbols.StepAttribute);
        return attribute is null ? null : Read(method, attribute, symbols);
    }

    /// <summary>Whether <paramref name="method"/> has <c>[Step]</c>, from syntax when that is certain.</summary>
    public static bool IsStep(IMethodSymbol method, WeftSymbols symbols)
        => StepAttributeSyntax.Read(method, symbols) is { } options
            ? options.IsStep
            : WeftSymbols.FindAttribute(method, symbols.StepAttribute) is not null;

    /// <summary>A step whose options were read from syntax (so they hold nothing to report).</summary>
    public static StepInfo Read(IMethodSymbol method, StepOptions options, WeftSymbols symbols)
    {
        var info = new StepInfo(method, MethodSignatures.Of(method, symbols.Compilation), options.Name ?? method.Name)
        {
            Retries = options.Retries,
            TimeoutSeconds = options.TimeoutSeconds,
            Cache = options.Cache,
            CacheVersion = options.CacheVersion,
            Resources = options.Resources,
            Image = options.Image,
        };
        CheckSignature(info, symbols);
        ReadOutputs(info, symbols);
        return info;
    }

    /// <summary>Reads <paramref name="method"/>'s options by binding its attributes and throws if <paramref name="fromSyntax"/> differs (tests only).</summary>
    public static void CrossCheck(IMethodSymbol method, StepOptions fromSyntax, WeftSymbols symbols)
    {
        var attribute = WeftSymbols.FindAttribute(method, symbols.StepAttribute);
        string expected, actual;
        if (attribute is null || !fromSyntax.IsStep)
        {
            expected = attribute is null ? "no step" : "a step";
            actual = fromSyntax.IsStep ? "a step" : "no step";
        }
        else
        {
            var bound = new StepInfo(method, MethodSignatures.Of(method, symbols.Compilation), ReadName(method, attribute));
            ReadOptions(bound, attribute, symbols);
            expected = Describe(bound.Name, bound.Cache, bound.Retries, bound.CacheVersion, bound.TimeoutSeconds, bound.Resources, bound.Image)
                + (bound.Problems.Count == 0 ? string.Empty : " with problems");
            actual = Describe(fromSyntax.Name ?? method.Name, fromSyntax.Cache, fromSyntax.Retries, fromSyntax.CacheVersion, fromSyntax.TimeoutSeconds,
                fromSyntax.Resources, fromSyntax.Image);
        }

        if (expected != actual)
        {
            throw new System.InvalidOperationException($"The step options of '{method.Name}' read from syntax differ from the bound attributes: {actual} vs {expected}");
        }

        static string Describe(string name, bool cache, int retries, string? version, int timeout, ResourceSpec? resources, string? image)
            => $"name={name} cache={cache} retries={retries} version={version ?? "(null)"} timeout={timeout} resources={resources?.ToString() ?? "(none)"} image={image ?? "(none)"}";
    }

    public static StepInfo Read(IMethodSymbol method, AttributeData stepAttribute, WeftSymbols symbols)
    {
        var info = new StepInfo(method, MethodSignatures.Of(method, symbols.Compilation), ReadName(method, stepAttribute));
        ReadOptions(info, stepAttribute, symbols);
        CheckSignature(info, symbols);
        ReadOutputs(info, symbols);
        return info;
    }

    private static string ReadName(IMethodSymbol method, AttributeData attribute)
    {
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == "Name" && named.Value.Value is string name)
            {
                return name;
            }
        }

        return method.Name;
    }

    private static void ReadOptions(StepInfo info, AttributeData attribute, WeftSymbols symbols)
    {
        foreach (var named in attribute.NamedArguments)
        {
            switch (named.Key)
            {
                case "Retries" when named.Value.Value is int retries:
                    info.Retries = retries;
                    if (retries < 0)
                    {
                        info.Problems.Add((DiagnosticDescriptors.InvalidStepOption, AttributeLocation(attribute, info.Method), $"Retries must be 0 or more, not {retries}"));
                    }

                    break;
                case "TimeoutSeconds" when named.Value.Value is int timeout:
                    info.TimeoutSeconds = timeout;
                    if (timeout < 0)
                    {
                        info.Problems.Add((DiagnosticDescriptors.InvalidStepOption, AttributeLocation(attribute, info.Method), $"TimeoutSeconds must be 0 (no limit) or more, not {timeout}"));
                    }

                    break;
                case "Cache" when named.Value.Value is bool cache:
                    info.Cache = cache;
                    break;
                case "CacheVersion" when named.Value.Value is string version:
                    info.CacheVersion = version;
                    break;
                case "Name" when named.Value.Value is string name && !IsValidNodeName(name):
                    info.Problems.Add((DiagnosticDescriptors.InvalidStepOption, AttributeLocation(attribute, info.Method),
                        $"Name '{name}' must start with a letter or '_' and hold only letters, digits, '_', '-' or '.'"));
                    break;
            }
        }

        info.Resources = ReadResources(info.Method, symbols);
        info.Image = ReadImage(info.Method, symbols);
    }

    public static ResourceSpec? ReadResources(ISymbol symbol, WeftSymbols symbols)
    {
        var attribute = WeftSymbols.FindAttribute(symbol, symbols.ResourcesAttribute);
        if (attribute is null)
        {
            return null;
        }

        string? cpu = null, memory = null;
        var gpu = 0;
        foreach (var named in attribute.NamedArguments)
        {
            switch (named.Key)
            {
                case "Cpu": cpu = named.Value.Value as string; break;
                case "Memory": memory = named.Value.Value as string; break;
                case "Gpu" when named.Value.Value is int g: gpu = g; break;
            }
        }

        return new ResourceSpec(cpu, memory, gpu);
    }

    public static string? ReadImage(ISymbol symbol, WeftSymbols symbols)
    {
        var attribute = WeftSymbols.FindAttribute(symbol, symbols.ImageAttribute);
        return attribute is { ConstructorArguments.Length: 1 } && attribute.ConstructorArguments[0].Value is string image ? image : null;
    }

    public static bool IsValidNodeName(string name)
    {
        if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        return name.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.');
    }

    private static Location? AttributeLocation(AttributeData attribute, IMethodSymbol method)
        => attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? method.Locations.FirstOrDefault();

    private static void CheckSignature(StepInfo info, WeftSymbols symbols)
    {
        var method = info.Method;
        var signature = info.Signature;
        var location = method.Locations.FirstOrDefault();
        void Problem(string why) => info.Problems.Add((DiagnosticDescriptors.UnsupportedStepSignature, location, why));

        if (!method.IsStatic)
        {
            Problem("it must be static");
        }

        if (method.IsGenericMethod)
        {
            Problem("generic methods cannot be steps");
        }

        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.IsGenericType)
            {
                Problem($"it is declared in generic type '{TypeNames.Display(type)}'");
                break;
            }
        }

        if (method.ContainingType is { IsStatic: false } containing)
        {
            Problem($"it must be declared in a static class, and '{TypeNames.Display(containing)}' is not static");
        }

        if (method.IsAsync && signature.ReturnsVoid)
        {
            Problem("'async void' cannot be awaited; return Task or Task<T>");
        }

        if (signature.ReturnsByRef)
        {
            Problem("it returns by reference");
        }

        foreach (var parameter in signature.Parameters)
        {
            if (parameter.RefKind != RefKind.None)
            {
                Problem($"parameter '{parameter.Name}' is passed by reference ({TypeNames.RefKindKeyword(parameter.RefKind)})");
            }

            if (parameter.IsParams)
            {
                Problem($"parameter '{parameter.Name}' is 'params'; take an array instead");
            }

            if (symbols.IsCancellationToken(parameter.Type))
            {
                if (info.CancellationTokenOrdinal >= 0)
                {
                    Problem("it takes more than one CancellationToken");
                }

                info.CancellationTokenOrdinal = parameter.Ordinal;
            }
            else if (parameter.Type.IsRefLikeType || parameter.Type is IPointerTypeSymbol or IFunctionPointerTypeSymbol)
            {
                Problem($"parameter '{parameter.Name}' has type '{TypeNames.Display(parameter.Type)}', which cannot be stored");
            }
        }
    }

    private static void ReadOutputs(StepInfo info, WeftSymbols symbols)
    {
        var method = info.Method;
        var returnType = info.Signature.ReturnType;
        if (info.Signature.ReturnsVoid)
        {
            info.AsyncKind = StepAsyncKind.Sync;
            return;
        }

        ITypeSymbol? result = returnType;
        if (returnType is INamedTypeSymbol named)
        {
            var original = named.OriginalDefinition;
            if (SymbolEqualityComparer.Default.Equals(original, symbols.Task))
            {
                info.AsyncKind = StepAsyncKind.Task;
                result = null;
            }
            else if (SymbolEqualityComparer.Default.Equals(original, symbols.ValueTask))
            {
                info.AsyncKind = StepAsyncKind.ValueTask;
                result = null;
            }
            else if (SymbolEqualityComparer.Default.Equals(original, symbols.TaskOfT))
            {
                info.AsyncKind = StepAsyncKind.Task;
                result = named.TypeArguments[0];
            }
            else if (SymbolEqualityComparer.Default.Equals(original, symbols.ValueTaskOfT))
            {
                info.AsyncKind = StepAsyncKind.ValueTask;
                result = named.TypeArguments[0];
            }
        }

        info.ResultType = result;
        if (result is null)
        {
            return;
        }

        if (result.IsRefLikeType || result is IPointerTypeSymbol or IFunctionPointerTypeSymbol)
        {
            info.Problems.Add((DiagnosticDescriptors.UnsupportedStepSignature, ReturnTypeLocation(method),
                $"its result type '{TypeNames.Display(result)}' cannot be stored"));
            return;
        }

        if (result is INamedTypeSymbol { IsTupleType: true } tuple && tuple.TupleElements.Length > 1)
        {
            info.ReturnsTuple = true;
            foreach (var element in tuple.TupleElements)
            {
                // Unnamed elements keep their positional names (Item1...), which are also how the invoker reads them.
                info.Outputs.Add((element.Name, element.Name, element.Type));
            }

            return;
        }

        info.Outputs.Add(("value", string.Empty, result));
    }

    public static Location? ReturnTypeLocation(IMethodSymbol method)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is MethodDeclarationSyntax declaration)
            {
                return declaration.ReturnType.GetLocation();
            }
        }

        return method.Locations.FirstOrDefault();
    }
}
